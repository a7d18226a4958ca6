import type { Speaker } from '../model.ts';
import { trimEndOf } from '../text.js';
import { kindByName } from './labelled-lead.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { possessiveTalk } from './possessive-talk.ts';
import { isKindAlone } from './title-marks.ts';

/**
 * A session named by its kind and its person, unlinked, on a line of a list of talks: "1. Keynote
 * by Matz! [recording](https://youtu.be/…)", "7. Keynote by Bianca Escalante [recording](…) I liked
 * that …". The kind is the title, the person the speaker (one name is enough there: a community
 * calls some of its people so), the links after it the talk's, the words after them its notes.
 */

/** "Keynote by Kari Holm", "Keynote by Matz!": the kind as the title, the person its speaker. */
export function kindByPerson(text: string): { title: string; speakers: Speaker[] } | undefined {
  const named = kindByName(text);
  if (named) return named;
  const parts = KIND_BY_ONE.exec(text.trim());
  if (!parts?.[1] || !parts[2] || !isKindAlone(parts[1])) return undefined;
  return { title: parts[1], speakers: [{ name: parts[2] }] };
}

/** "Keynote by Matz": one word with a capital, neither an acronym ("AWS") nor a handle. */
const KIND_BY_ONE = /^(.{4,40}?)\s+by\s+(\p{Lu}\p{Ll}{2,19})[!.]?$/u;

/**
 * A list item's first line that opens with "Kind by Name" in plain text, then perhaps links and
 * the author's words: the talk, its notes, or undefined where the line reads otherwise.
 */
export function kindLine(
  paragraph: MdNode,
): { title: string; speakers: Speaker[]; notes?: string; links: MdNode } | undefined {
  const children = paragraph.children;
  const [first] = children;
  if (first?.type !== 'text') return undefined;
  const text = first.value ?? '';
  const cut = text.indexOf('\n');
  const line = trimEndOf(cut < 0 ? text : text.slice(0, cut), '—–:-');
  // "Oona Halvorsen's Keynote": the person's own session, named by its kind.
  const talk = /\sby\s/i.test(line) ? kindByPerson(line) : possessiveTalk(line);
  if (!talk) return undefined;
  // The links right after it are the talk's (read with the item's); what follows, its notes.
  let next = 1;
  if (cut < 0)
    while (
      next < children.length &&
      (children[next]?.type === 'link' ||
        /^[\s·|,;:()—–-]*$/.test(plainText(children[next] as MdNode)))
    )
      next++;
  const notes = `${cut < 0 ? '' : text.slice(cut + 1)}${plainText(children.slice(next))}`.trim();
  // Only the links right after it are the talk's: a link in the notes is the notes'.
  const links = { ...paragraph, children: children.slice(1, next) };
  return notes ? { ...talk, notes, links } : { ...talk, links };
}
