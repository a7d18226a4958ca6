import { termOf, words } from './analyze.ts';
import type { QueryTerm } from './postings.ts';
import type { Unit } from './query-units.ts';
import { BROADER_PHRASES } from './related-words.ts';
import type { QueryWord } from './talk-index.ts';
import { RELATED_WEIGHT, type Vocabulary } from './vocabulary.ts';

/**
 * A broad subject of two words in a question ("platform engineering", "static typing") read as
 * one unit of `query-units.ts`: by the words its talks use, never by its two words apart.
 */

/** BROADER_PHRASES by their words' terms: "static typing" → its words. */
const BROADER_BY_STEMS = new Map(
  BROADER_PHRASES.map(
    ([phrase, own, related]) =>
      [
        words(phrase)
          .map((word) => termOf(word) ?? word)
          .join(' '),
        [own, related],
      ] as const,
  ),
);

/**
 * Two words of the question at `at` that name a broad subject (see BROADER_PHRASES), as one
 * word: its own words at full weight, the related at `RELATED_WEIGHT`; undefined when none
 * starts there or the notes have none of its words.
 */
export function broaderUnit(terms: Vocabulary, query: QueryWord[], at: number): Unit | undefined {
  const first = query[at];
  const second = query[at + 1];
  if (!first || !second) return undefined;
  const entry = BROADER_BY_STEMS.get(`${termOf(first.word)} ${termOf(second.word)}`);
  if (!entry) return undefined;
  const [own, related] = entry;
  const variants: QueryTerm = [];
  let df = 0;
  for (const [list, weight] of [
    [own, 1],
    [related, RELATED_WEIGHT],
  ] as const)
    for (const word of list) {
      const id = terms.termIds.get(termOf(word) ?? '');
      if (id === undefined || variants.some(([other]) => other === id)) continue;
      variants.push([id, weight]);
      if (weight === 1) df = Math.max(df, terms.df(id));
    }
  if (variants.length === 0) return undefined;
  return { variants, weight: terms.idf(df), exact: true };
}
