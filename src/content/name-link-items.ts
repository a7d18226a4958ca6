import type { Speaker } from '../model.ts';
import { splitLines } from './field-lines.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { NAME } from './name-link-lines.ts';
import { isProfileLink } from './profile-links.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "- [Jane Roe](https://…) — Scaling queues without tears. She showed how…": a list item whose
 * link names the speaker, the title after a dash and the author's notes after the title's
 * sentence, all on one line. The link's words must be a person's name (a profile's address, or a
 * given name first): "- [Kafka Streams](…) — a deep dive into state stores" is a title and its
 * description, and stays one.
 */
export function nameLinkItem(
  children: MdNode[],
  index: number,
): { title: string; speakers: Speaker[]; notes: string } | undefined {
  const link = children[index];
  if (link?.type !== 'link' || !link.url) return undefined;
  const name = plainText(link).trim();
  if (!NAME.test(name)) return undefined;
  if (!isProfileLink(link, []) && !isGivenName(name.split(/\s+/)[0] ?? '')) return undefined;
  const speakers = parseSpeakerText(name);
  if (speakers?.length !== 1 || speakers[0]?.name !== name) return undefined;
  // Only text after the link: a second link on the line is read as the line's own.
  const after = children.slice(index + 1);
  if (after.some((child) => child.type === 'link')) return undefined;
  const [line = '', ...lines] = splitLines(after).map((nodes) => plainText(nodes));
  const rest = /^\s*[-–—]\s+(.+)$/u.exec(line)?.[1]?.trim();
  if (!rest) return undefined;
  // The title is the line's first sentence: up to a full stop before a capital, or all of it.
  const cut = /^(.{3,150}?)[.!?](?:\s+(?=\p{Lu})|$)/u.exec(rest);
  const title = (cut?.[1] ?? rest).trim();
  // A title starts as one does: "— his blog, which he kept quoting" is a remark on the person.
  if (title.length > 150 || !/\p{L}{2}/u.test(title) || !TITLE_START.test(title)) return undefined;
  const notes = [cut ? rest.slice(cut[0].length) : '', ...lines].join(' ').replace(/\s+/g, ' ');
  return { title, speakers, notes: notes.trim() };
}

/** A capital, a digit or a quote first, or a letter of a script without case (漢字, かな). */
const TITLE_START = /^(?:[\p{Lu}\p{N}"“«'‘¿¡]|[^\p{L}]{0,3}\p{Lo})/u;
