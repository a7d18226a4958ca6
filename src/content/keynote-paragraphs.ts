import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import { topicTitle } from './topic-bullets.ts';

/**
 * "## Keynotes", "## Les keynotes": a heading over the keynotes told in prose. It sits beside the
 * talks' own headings: no heading over lists of talks, which would make those headings groups.
 */
export const KEYNOTES = /^(?:the |les |las |los |os |as |die |le )?keynotes$/i;

/**
 * Under "## Keynotes", a paragraph per keynote told by its speaker and subject: "Vijay Samuel
 * from eBay talked about the challenges in the monitoring space, …", "Greg Kroah-Hartman from the
 * Linux Foundation gave a great talk about the recent addition of Rust …", "Kasper Nilssen from
 * Dash0 treated us to a nice introduction to auto-instrumentation …". Each is a keynote, its
 * subject's first clause standing for the title; the paragraph is its notes.
 */
export function keynoteParagraph(
  paragraph: MdNode,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  if (!KEYNOTES.test(context.topic ?? '')) return undefined;
  const text = plainText(paragraph).replace(/\s+/g, ' ').trim();
  const match = TOLD.exec(text);
  const name = match?.[1];
  if (!match || !name) return undefined;
  const people = parseSpeakerText(name);
  if (people?.length !== 1 || people[0]?.name !== name) return undefined;
  const title = topicTitle(text.slice(match[0].length));
  if (!title) return undefined;
  const draft = newDraft(title, paragraph.line, context);
  const company = match[2]?.replace(/^the\s+/, '').trim();
  draft.speakers.push(company ? { name, company } : { name });
  draft.kind = 'Keynote';
  return { draft, rest: [paragraph] };
}

/** A name, "from Company" perhaps, then what they spoke on. */
const TOLD = new RegExp(
  String.raw`^(${PROSE_NAME})(?:\s+(?:from|of|at)\s+((?:the\s+)?(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}))?,?\s+(?:(?:talked|spoke)\s+(?:about|on)|gave\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:talk|keynote|presentation)\s+(?:about|on)|treated\s+us\s+to\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:introduction|overview|tour|look|deep\s+dive)\s+(?:to|of|at|into))\s+`,
  'u',
);
