import type { Talk } from '../model.ts';
import type { TalkIndex } from '../search/talk-index.ts';

/** How many of a word's talks tell which events say it. */
const MENTIONS = 300;

/**
 * Which events' talks say a word (among its first few hundred talks), and how many: what
 * `event-words.ts` and `event-step.ts` tell events by where a word names none.
 */
export function eventMentions(
  word: string,
  index: TalkIndex,
  talkAt: (ref: string) => Talk | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of index.search([{ word }]).top(MENTIONS)) {
    if (hit.byEventName) continue;
    const talk = talkAt(hit.ref);
    if (talk) counts.set(talk.event, (counts.get(talk.event) ?? 0) + 1);
  }
  return counts;
}
