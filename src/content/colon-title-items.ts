import type { Speaker } from '../model.ts';
import { SPEAKER_LABEL } from './labelled-lead.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { isPostSection, isSubsectionName } from './section-names.ts';
import { findFirst } from './sections.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "* *Signals in every framework:* everyone is converging on fine-grained reactivity, by Ada
 * Lind.": a list item that opens with a title in italics or bold, its colon inside or right after
 * it, then the author's notes; a person named at the end ("by Ada Lind") is the speaker. A label
 * of the author's ("**Key takeaway:** …", "*Slides:* …", "**Speaker:** …") or a title of one word
 * is no talk's title.
 */
export function colonTitleItem(
  children: MdNode[],
): { title: string; speakers: Speaker[]; notes: string } | undefined {
  const index = children.findIndex((c) => c.type !== 'text' || (c.value ?? '').trim() !== '');
  const lead = children[index];
  if ((lead?.type !== 'strong' && lead?.type !== 'emphasis') || findFirst(lead, 'link'))
    return undefined;
  const words = plainText(lead).trim();
  let rest = plainText(children.slice(index + 1)).trim();
  // The colon inside the emphasis ("*Title:*") or right after it ("*Title*: …").
  if (!words.endsWith(':') && !rest.startsWith(':')) return undefined;
  if (!words.endsWith(':')) rest = rest.slice(1).trim();
  const title = words.replace(/\s*[:：]$/u, '');
  if (!/^\S+\s+\S/.test(title) || title.length > 120 || !/^[\p{Lu}\p{N}"“]/u.test(title))
    return undefined;
  if (isSubsectionName(title) || isPostSection(title) || SPEAKER_LABEL.test(`${title}:`))
    return undefined;
  if (!/\p{L}{2,}\s+\S+\s+\S/u.test(rest)) return undefined;
  const by = BY_PERSON.exec(rest);
  const speakers = by?.[1] ? (parseSpeakerText(by[1]) ?? []) : [];
  const named = speakers.length > 0 && speakers.every((speaker) => speaker.name);
  const notes = named && by ? rest.slice(0, by.index).trim().replace(/[,;]$/, '') : rest;
  return { title, speakers: named ? speakers : [], notes };
}

/** ", by Ada Lind." at the end of the notes: the person named in full, a capital a word. */
const BY_PERSON =
  /[,;]?\s+(?:by|from|von|par|por|de)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\.?$/u;
