import type { Talk } from '../model.ts';
import { fold, termOf } from '../search/analyze.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { phraseWords, type TitlePhrases } from '../search/title-phrases.ts';

/** Titles shorter than this ("Service Mesh") are a subject other talks are about too. */
const LEAST_WORDS = 4;

/**
 * "Who was the speaker of think before you tool": a title of four words or more, typed whole
 * or by its beginning, with no other word searched beside it, names that one talk; the other
 * talks that share some of its words are no answer to it.
 */
export function titledAlone(titled: readonly Talk[], query: readonly QueryWord[]): boolean {
  const [talk] = titled;
  if (!talk || titled.length > 1 || query.length === 0) return false;
  const own = new Set<string>();
  for (const title of [talk.title, talk.officialTitle ?? ''])
    for (const word of phraseWords(title)) own.add(termOf(word) ?? word);
  if (phraseWords(talk.title).length < LEAST_WORDS) return false;
  return query.every((q) => own.has(termOf(q.word) ?? q.word));
}

/** The talk whose whole title these words are ("closing panel"), if one. */
export function wholeTitle(
  text: string,
  phrases: TitlePhrases,
  talks: readonly Talk[],
): Talk | undefined {
  const wanted = fold(text).trim();
  return phrases
    .find(wanted)
    .map((doc) => talks[doc] as Talk)
    .find((talk) => fold(talk.title) === wanted);
}
