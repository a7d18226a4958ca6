import { isGivenName } from './given-names.ts';
import type { ListTalk } from './list-talks.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';
import { commonWordsOnly } from './subtitle-dash.ts';
import { newDraft, type TalkContext } from './talk-body.ts';
import { collectLinks } from './talk-links.ts';

/**
 * "Some of my favourites were:" over bullets "Yoshua Wuyts talking about effect systems. …",
 * "Lisa Crossman gave a fascinating talk about bioinformatics, and how …": the talks the post
 * says it lists, each told by its speaker and its subject, no title. The subject (its first
 * clause) stands for the title. Only under such a line (`introduced`), where most items read so,
 * and only a person's name of two words at least.
 */
export function topicBullets(list: MdNode, context: TalkContext): ListTalk[] {
  const talks: ListTalk[] = [];
  for (const item of list.children) {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') continue;
    const text = plainText(paragraph).replace(/\s+/g, ' ').trim();
    const read = topicLine(text);
    if (!read) continue;
    const draft = newDraft(read.title, item.line, context);
    draft.speakers.push({ name: read.name });
    collectLinks([paragraph], draft.links);
    draft.notes.push({ text, prose: text, children: [] });
    talks.push({ draft, item, lead: paragraph });
  }
  return talks.length >= 2 && talks.length * 2 >= list.children.length ? talks : [];
}

function topicLine(text: string): { title: string; name: string } | undefined {
  const match = TOLD_ON.exec(text);
  const name = match?.[1];
  if (!match || !name) return undefined;
  const words = name.split(/\s+/);
  if (!isGivenName(words[0] ?? '') && commonWordsOnly(words)) return undefined;
  const people = parseSpeakerText(name);
  if (people?.length !== 1 || people[0]?.name !== name || people[0].company) return undefined;
  const title = topicTitle(text.slice(match[0].length));
  return title ? { title, name } : undefined;
}

/** The subject a sentence goes on with, its first clause, as a title ("effect systems. …"). */
export function topicTitle(rest: string): string | undefined {
  const subject = CLAUSE.exec(rest)?.[0].trim() ?? '';
  if (!/\p{L}{2}/u.test(subject) || subject.split(/\s+/).length > 10) return undefined;
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
}

/** "Jane Doe talking about ", "Jane Doe gave a fascinating talk about ", "Jane Doe spoke on ". */
const TOLD_ON = new RegExp(
  String.raw`^(${PROSE_NAME})\s+(?:talk(?:ed|ing|s)|sp(?:oke|eaking|eaks)|presented|gave\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:talk|keynote|session|presentation))\s+(?:about|on)\s+`,
  'u',
);

/** The subject's first clause: up to a sentence's end, a dash, a parenthesis or ", and …". */
const CLAUSE =
  /^.+?(?=[.!?;:](?:\s|$)|\s+--?\s|\s+[—–]\s|\s+\(|,\s+(?:and|which|who|where|how|but)\b|,\s|$)/u;
