import type { Speaker } from '../model.ts';
import { splitLines, TITLE_LABEL } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPostSection } from './section-names.ts';
import { speakerLine } from './speaker-line.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';

/**
 * A paragraph of labelled lines without a heading: "**Talk:** Title", "**Speaker:** Jane Doe",
 * "**Links:** [slides](…)". A talk when a line names the speaker; what follows it is its notes.
 */
export function labelledTalk(
  paragraph: MdNode,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | 'not a talk' | undefined {
  const lines = splitLines(paragraph.children);
  // "**Speaker(s): Maja Ek & Johan Berg**" may stand above "**Talk: Paved roads**".
  const at = lines.slice(0, 3).findIndex((line) => TITLE_LABEL.test(plainText(line)));
  const first = lines[at];
  const label = first ? TITLE_LABEL.exec(plainText(first)) : null;
  if (!first || !label) return undefined;
  const others = lines.filter((_, i) => i !== at);
  const title = plainText(first)
    .slice(label[0].length)
    .replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '')
    .trim();
  if (isPostSection(headingName(title))) return 'not a talk';
  const speakers: Speaker[] = [];
  const rest: MdNode[] = [];
  for (const line of others) {
    const named = speakers.length === 0 ? speakerLine(plainText(line), false) : undefined;
    if (named) speakers.push(...named);
    else rest.push({ ...paragraph, children: line });
  }
  if (speakers.length === 0 || !/\p{L}{2}/u.test(title)) return undefined;
  const draft = newDraft(title, paragraph.line, context);
  draft.speakers.push(...speakers);
  return { draft, rest };
}
