import { termOf } from './analyze.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * "tersting": one letter typed too many in a form of a word the notes have ("testing"), where
 * the notes' first form of it ("tests") is too far from what was typed for `Spelling` to find.
 * Six letters or more, the first as typed, and only when one word of the notes is that close:
 * its term, 1 (the distance) and the word meant.
 */
export function extraLetter(word: string, terms: Vocabulary): [number, number, string] | undefined {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) return undefined;
  let found: [number, number, string] | undefined;
  for (let i = 1; i < word.length; i++) {
    const meant = word.slice(0, i) + word.slice(i + 1);
    const id = terms.termIds.get(termOf(meant) ?? '');
    if (id === undefined || found?.[0] === id) continue;
    // The word without the letter is one the notes write, not one that only shares its
    // stem: "wallets" is no slip of "walles" (a plural of the notes' "wall").
    const surface = (terms.surfaces[id] as string).toLowerCase();
    if (surface !== meant && !terms.forms[id]?.includes(meant)) continue;
    if (found) return undefined;
    found = [id, 1, meant];
  }
  return found;
}
