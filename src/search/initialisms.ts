import { termOf } from './analyze.ts';
import type { QueryWord } from './talk-index.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * A name of several words asked in full where the notes write only its initials: "search engine
 * optimization" where they say SEO, "object oriented programming" where they say OOP. Three words
 * or more (two letters name too many things: "new york" is no "NY" of a talk), of letters only,
 * and only where a word of them is one the notes never use: a phrase the notes write out is found
 * as written.
 */

const FEWEST = 3;
const MOST = 5;

/** The notes' term for the initials of the words at `at`, and how many words they take. */
export function initialismAt(
  query: readonly QueryWord[],
  at: number,
  terms: Vocabulary,
): { id: number; size: number; asked: string } | undefined {
  for (let size = Math.min(MOST, query.length - at); size >= FEWEST; size--) {
    const said = query.slice(at, at + size);
    if (said.some((q) => q.joined || !/^[a-z]+$/.test(q.word))) continue;
    if (said.every((q) => terms.termIds.has(termOf(q.word) ?? ''))) continue;
    const initials = said.map((q) => q.word.charAt(0)).join('');
    const id = terms.termIds.get(termOf(initials) ?? '');
    if (id === undefined || terms.surfaces[id]?.toLowerCase() !== initials) continue;
    return { id, size, asked: said.map((q) => q.word).join(' ') };
  }
  return undefined;
}
