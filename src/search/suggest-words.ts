import { termOf, words } from './analyze.ts';
import { notMeantFor } from './english-words.ts';
import { extraLetter } from './extra-letter.ts';
import { MAX_QUERY_TERMS } from './match-tiers.ts';
import { LONG_QUESTION } from './paragraph.ts';
import { isFiller } from './question-words.ts';
import type { Spelling } from './spelling.ts';
import type { QueryWord } from './talk-index.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Words the notes have, close to the words of a question that found nothing ("did you mean"):
 * a letter or two away (five letters or more), most frequent first; never a stop word.
 */
export function suggestWords(
  terms: Vocabulary,
  spelling: Spelling,
  query: QueryWord[] | string,
  limit = 5,
): string[] {
  const list = typeof query === 'string' ? words(query).map((word) => ({ word })) : query;
  // A paragraph that found nothing is no typo: "did you mean treat" for its "great" is noise.
  if (list.length >= LONG_QUESTION) return [];
  const found = new Map<string, [number, number]>();
  for (const { word } of list.slice(0, MAX_QUERY_TERMS)) {
    const term = termOf(word);
    if (term === null || terms.termIds.has(term)) continue;
    // The first letter as typed, as for corrections: "relevant" is no slip of "irrelevant".
    const close = spelling
      .close(word, true)
      .filter(([id]) => (terms.surfaces[id] as string).toLowerCase().startsWith(word.charAt(0)));
    // Only the nearest: "security" for "secority", not "secret" three letters off as well.
    // "stories" where the notes write "stores": a word typed as meant is never corrected so, but
    // the word of the notes one letter shorter is offered.
    const shorter = close.length === 0 ? extraLetter(word, terms) : undefined;
    const nearest = shorter ? [shorter] : close.filter(([, d]) => d === close[0]?.[1]);
    for (const [id, distance] of nearest) {
      const surface = shorter?.[2] ?? (terms.surfaces[id] as string);
      if (termOf(surface) === null || isFiller(surface) || unrelated(word, surface)) continue;
      const previous = found.get(surface);
      if (!previous || distance < previous[0]) found.set(surface, [distance, terms.df(id)]);
    }
  }
  return [...found.entries()]
    .sort((a, b) => a[1][0] - b[1][0] || b[1][1] - a[1][1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([surface]) => surface);
}

/** Letters at the start of two words that make one the other's word in another language. */
const COGNATE_START = 4;

/**
 * An English word typed and a word of the notes in another language that is none of its kin:
 * "career" and "créer" ("did you mean creer" is noise), where "memory" and "mémoire", beginning
 * alike, are the same word in two languages, a fair suggestion.
 */
function unrelated(typed: string, surface: string): boolean {
  const folded = surface.toLowerCase();
  let same = 0;
  while (same < typed.length && typed[same] === folded[same]) same++;
  return same < COGNATE_START && notMeantFor(typed, surface);
}
