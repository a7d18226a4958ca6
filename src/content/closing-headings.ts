import type { ContentProblem } from '../model.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * "That's all for Part 1.", "And that's it", "That's a wrap!", "Fin": the author's closing
 * heading over a last word ("PS. Keeping secrets is still a pain."), no talk ("The End of Moore's
 * Law" goes on, and stays a title).
 */
const CLOSING =
  /^(?:(?:and|so|well|ok(?:ay)?)[,\s]+)?(?:(?:that['’]?s (?:it|all|a wrap)|see you (?:next|soon|there)|until next (?:time|year)|thanks? (?:you )?for reading)\b[^\n]{0,40}|(?:this is it|the end|fin)[.!…]*)$/i;

export const isClosingHeading = (name: string): boolean =>
  name.length <= 60 && CLOSING.test(name.trim());

/**
 * "Today was the last official day of the talks for the conference.", "Yesterday we went to the
 * workshops": a line of the author's diary written as a heading, over what the day was like.
 */
const DIARY =
  /^(?:today|yesterday|tonight|this (?:morning|afternoon|evening))(?:,)? (?:was|were|is|has been|had|we|i|i['’](?:ve|m))\b/i;

export const isDiaryHeading = (name: string): boolean =>
  name.length <= 120 && DIARY.test(name.trim());

/**
 * "What's All Day DevOps?", "What is DevOpsDays?", "Was ist die JavaLand?" in a post titled by
 * that conference: the author telling what the event is, naming no speaker, no talk.
 */
const WHAT_IS =
  /^(?:what(?:['’]s| is| are)|was (?:ist|sind)|qu['’]est[- ]ce que|c['’]est quoi|qu[ée] es|o que [ée]|co to (?:jest|je)|czym jest|wat is|cos['’]è)\s+(?:the |die |der |das |la |le |el |o |a |het |de |l['’])?(.{3,60}?)\s*[?？]$/iu;

export function dropEventQuestions(
  drafts: DraftTalk[],
  file: string,
  problems: ContentProblem[],
  postTitle: string | undefined,
): void {
  if (!postTitle) return;
  const title = postTitle.toLowerCase();
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index] as DraftTalk;
    if (draft.speakers.length > 0 || draft.kind || draft.company) continue;
    const subject = WHAT_IS.exec(draft.title)?.[1];
    if (!subject || !title.includes(subject.toLowerCase())) continue;
    drafts.splice(index, 1);
    problems.push({
      file,
      line: draft.line,
      message: `"${draft.title}" skipped as not a talk: the author telling what the event is`,
      severity: 'warning',
    });
  }
}
