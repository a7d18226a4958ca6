import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPlainGroup, isPostSection } from './section-names.ts';
import { findFirst } from './sections.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';
import { SPEAKING, subjectSpeaker } from './subject-speaker.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';

/**
 * "**Evaluations are the new unit tests.** Wanjiru Kamau from Twiga argued that…": a paragraph
 * that opens with its talk's title in bold, the notes right after it in the same paragraph, their
 * first sentence naming the speaker as its subject (a person's name, a given name first, then a
 * speaking verb), its title of three words at least. Without such a subject ("**Note:** the slides are…", "**Day 2.** We arrived…")
 * the paragraph is no talk.
 */
export function boldLeadParagraph(
  paragraph: MdNode,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  const start = paragraph.children.findIndex(
    (c) => c.type !== 'text' || (c.value ?? '').trim() !== '',
  );
  const lead = paragraph.children[start];
  if (lead?.type !== 'strong' || findFirst(lead, 'link')) return undefined;
  const after = paragraph.children.slice(start + 1);
  const said = plainText(after).trim();
  if (said === '') return undefined;
  const title = plainText(lead)
    .trim()
    .replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '');
  // Three words at least: "**Bottom line.** Ada Lind showed…" is the author's aside.
  if (title.length > 120 || /[:]$/.test(title) || !/\p{L}{2}\S*\s+\S+\s+\S/u.test(title))
    return undefined;
  const name = headingName(title);
  if (isPostSection(name) || isPlainGroup(name)) return undefined;
  const speaker = subjectSpeaker(said) ?? speakingSubject(said);
  if (!speaker) return undefined;
  const draft = newDraft(title, paragraph.line, context);
  draft.speakers.push(speaker);
  return { draft, rest: [{ ...paragraph, children: after }] };
}

/** "Abebe Girma reminded us that…", "Folake Adebayo shared failure stories": who spoke. */
function speakingSubject(text: string): Speaker | undefined {
  const name = SPEAKER_FIRST.exec(text)?.[1];
  if (!name || !isGivenName(name.split(/\s+/)[0] ?? '')) return undefined;
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name ? { name } : undefined;
}

/** A name, maybe its company in parentheses, then a speaking verb (see `subject-speaker.ts`). */
const SPEAKER_FIRST = new RegExp(
  String.raw`^(${PROSE_NAME})(?:\s+\([^()]{1,60}\))?,?\s+(?:${SPEAKING})\b`,
  'u',
);
