import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { polishSpeakers } from './polish-speakers.ts';
import { headingName, isPlainGroup, isPostSection } from './section-names.ts';
import { findFirst } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { subjectSpeaker } from './subject-speaker.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import { boldWithSpeaker } from './with-speaker.ts';

/** Talks set apart by a bold line of their own, as documents without headings write them. */

/**
 * "**Designing for failure**" alone in its paragraph, notes after it, under a heading that says
 * these are talks ("Day 1", "Talks"): a title without a speaker. Counted only where there are two.
 */
export function boldTitleTalk(
  paragraph: MdNode,
  next: MdNode | undefined,
  context: TalkContext,
  /** Under a heading that says these are talks; elsewhere only a title over its speaker's line. */
  talkContainer = true,
): { draft: DraftTalk; rest: MdNode[]; skip?: number } | undefined {
  const [only, ...others] = paragraph.children.filter(
    (c) => c.type !== 'text' || (c.value ?? '').trim() !== '',
  );
  if (others.length > 0 || only?.type !== 'strong' || !next || next.type === 'heading') {
    return undefined;
  }
  const title = plainText(only).replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '');
  // "**Talk 2: Terraform at 300 modules**" over "Speaker: Felix Haas (Gridline)", as a document
  // exported from Google Docs or Confluence sets a talk apart: the speaker's own line, read and
  // left out of the notes (a title may then end in a question mark).
  const line = next.type === 'paragraph' ? plainText(next).trim() : '';
  const labelled = /^\p{L}[\p{L} ()]{1,30}\s*(?::\s|：)/u.test(line)
    ? speakerLine(line, false)
    : undefined;
  if (!talkContainer && !labelled?.every((person) => person.name)) return undefined;
  const question = labelled !== undefined && title.endsWith('?');
  if (title.length > 120 || (/[:!?]$/.test(title) && !question) || !/\p{L}{2}/u.test(title))
    return undefined;
  const name = headingName(title);
  if (isPostSection(name) || isPlainGroup(name) || findFirst(only, 'link')) return undefined;
  const said = next.type === 'paragraph' ? plainText(next) : undefined;
  // "**Agile architecture with Neal Ford**": the person after "with" (see `with-speaker.ts`).
  const withed = labelled ? undefined : boldWithSpeaker(title, said);
  const draft = newDraft(withed?.title ?? title, paragraph.line, context);
  if (withed) {
    draft.speakers.push(...withed.speakers);
    return { draft, rest: [] };
  }
  if (labelled) {
    draft.speakers.push(...labelled);
    return { draft, rest: [], skip: 1 };
  }
  // "Rui Costa from Sonae showed…" under it: the notes' first sentence names the speaker, as it
  // does under a talk's heading (the sentence stays a note).
  // "… prowadzący Konrad Hołowiński …" in a Polish post likewise.
  const subject = said !== undefined ? subjectSpeaker(said) : undefined;
  if (subject) draft.speakers.push(subject);
  else if (said !== undefined) draft.speakers.push(...polishSpeakers([said]));
  return { draft, rest: [] };
}

/** A paragraph that is one bold run and nothing else. */
export function boldAlone(paragraph: MdNode): boolean {
  const parts = paragraph.children.filter(
    (c) => c.type !== 'text' || (c.value ?? '').trim() !== '',
  );
  return parts.length === 1 && parts[0]?.type === 'strong';
}
