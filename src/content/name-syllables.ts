import { englishWord } from '../search/english-words.ts';

/**
 * "Moon soo Lee", "Jae hyun Kim", "Xiao ming Wang": the second syllable of an East-Asian given
 * name, romanised and written apart in small letters, between the capitalised parts of a name.
 * One syllable as the romanisations spell it, and no English word ("Jane talks Rust" is none).
 */
const SYLLABLE =
  /^(?:[bcdghjklmnprstwxyz]|ch|sh|zh|kk|tt|pp|ss|jj)?[wy]?(?:a|e|i|o|u|ae|ai|ao|eo|eu|ei|oo|ou|ui|ie|ia|iu|ua|uo|oe|ee)(?:n|ng|m|k|l|p|t|r)?$/;

/** Whether `words[i]`, inside a name between capitalised words, is such a syllable. */
export function givenNameSyllable(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (i === 0 || i >= words.length - 1 || word.length < 2 || !SYLLABLE.test(word)) return false;
  const capital = (w = '') => /^\p{Lu}\p{Ll}/u.test(w);
  return capital(words[i - 1]) && capital(words[i + 1]) && !englishWord(word);
}
