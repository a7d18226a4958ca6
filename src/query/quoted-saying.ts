import type { Talk } from '../model.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { echoing, type Plan, planOf } from './plan.ts';
import { QUOTED } from './special-questions.ts';
import { understand } from './understand.ts';

/**
 * `the talk where they said "boring is the point"`: the talks whose notes have the quoted words
 * side by side, first (a talk that only shares a word of it, "The boring cloud", is no answer).
 */
export function saying(
  text: string,
  event: string | undefined,
  index: TalkIndex,
  talkAt: (ref: string) => Talk | undefined,
): Plan | undefined {
  const phrase = QUOTED.exec(text)?.[1];
  if (!phrase) return undefined;
  const found = index.saying(phrase, event === undefined ? {} : { event });
  const talks = found
    .top(20)
    .map((hit) => talkAt(hit.ref))
    .filter((talk): talk is Talk => talk !== undefined);
  if (talks.length === 0) return undefined;
  return planOf(echoing(text, event), talks, understand(text));
}
