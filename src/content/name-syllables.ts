import { englishWord } from '../search/english-words.ts';

/**
 * "Moon soo Lee", "Jae hyun Kim", "Xiao ming Wang": the second syllable of an East-Asian given
 * name, romanised and written apart in small letters, between the two capitalised parts of a
 * three-word name. One syllable as the romanisations spell it, and no English word nor a small
 * word of another language ("Jane talks Rust", "Sascha bei Daimler" are no names).
 */
const SYLLABLE =
  /^(?:[bcdghjklmnprstwxyz]|ch|sh|zh|kk|tt|pp|ss|jj)?[wy]?(?:a|e|i|o|u|ae|ai|ao|eo|eu|ei|oo|ou|ui|ie|ia|iu|ua|uo|oe|ee)(?:n|ng|m|k|l|p|t|r)?$/;

/** Words of that shape in German, French, Dutch, Spanish, Italian and Polish sentences. */
const FOREIGN = new Set(
  'bei mit am im um zu zum zur aus auf ist sei nie wie sie der die das den dem des les un une et ou en el los las con por sin del al een het op te il lo per tra fra da di se si ne ni na nu sur par ce qui que pour mais je tu ja ty my wy ale jak tak czy kto co tu tam'.split(
    ' ',
  ),
);

/** Whether `words[i]` is such a syllable, in a name of three words. */
export function givenNameSyllable(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (i !== 1 || words.length !== 3 || word.length < 2 || !SYLLABLE.test(word)) return false;
  const part = (w = '') => /^\p{Lu}\p{Ll}+$/u.test(w);
  return part(words[0]) && part(words[2]) && !FOREIGN.has(word) && !englishWord(word);
}
