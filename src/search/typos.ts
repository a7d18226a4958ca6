import { fold } from './analyze.ts';

/**
 * Whether `candidate` is a typo-plausible reading of `typed`, one edit apart: a letter missing,
 * doubled or extra, two letters swapped, a neighbouring key hit (QWERTY), or a vowel heard as another. "netflx" → netflix
 * and "postgress" → postgres are; "bread" → break (d and k are far apart) is not.
 */
export function plausibleTypo(typed: string, candidate: string): boolean {
  if (Math.abs(typed.length - candidate.length) === 1) {
    const [long, short] = typed.length > candidate.length ? [typed, candidate] : [candidate, typed];
    for (let i = 0; i < long.length; i++)
      if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  if (typed.length !== candidate.length) return false;
  const differ: number[] = [];
  for (let i = 0; i < typed.length; i++) if (typed[i] !== candidate[i]) differ.push(i);
  if (differ.length === 2) {
    const [a = 0, b = 0] = differ;
    return b === a + 1 && typed[a] === candidate[b] && typed[b] === candidate[a];
  }
  if (differ.length !== 1) return false;
  const at = differ[0] as number;
  const [a, b] = [typed[at] as string, candidate[at] as string];
  // A vowel for another is how names are misspelt by ear ("spiker" for Spyker); in longer
  // words only, where few other words are that close.
  // So are consonants that sound alike ("quarcus" for Quarkus, "kafca"): in longer words too.
  return neighbours(a, b) || (typed.length >= 6 && at > 0 && heardAlike(a, b));
}

/** A vowel for another, or consonants heard as one another ("c" and "k"). */
function heardAlike(a: string, b: string): boolean {
  return VOWELS.includes(a) ? VOWELS.includes(b) : SOUND_ALIKE.has(a + b);
}

/** Consonants heard as one another, both ways: c and k, c and s, s and z, k and q, v and w. */
const SOUND_ALIKE = new Set(['ck', 'kc', 'cs', 'sc', 'sz', 'zs', 'kq', 'qk', 'vw', 'wv']);

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = 'aeiouy';

function neighbours(a: string, b: string): boolean {
  const place = (key: string) => {
    const row = ROWS.findIndex((keys) => keys.includes(key));
    return row < 0 ? undefined : [row, (ROWS[row] as string).indexOf(key) + row * 0.5];
  };
  const p = place(a);
  const q = place(b);
  if (!p || !q) return false;
  return (
    Math.abs((p[0] as number) - (q[0] as number)) <= 1 &&
    Math.abs((p[1] as number) - (q[1] as number)) <= 1
  );
}

/** Letters a word's ending may differ by and be another form of the word, not a slip. */
const INFLECTION = 2;

/** Whether two words differ only in their last few letters ("prelekcje", "prelekcja"). */
export function otherEnding(typed: string, surface: string): boolean {
  const a = fold(typed);
  const b = fold(surface);
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 3 && a.length - common <= INFLECTION && b.length - common <= INFLECTION;
}

/** Whether two words differ by one letter for another that is no slip (not a near key, nor heard so). */
export function otherLetter(typed: string, word: string): boolean {
  if (typed.length !== word.length) return false;
  let differ = 0;
  for (let i = 0; i < typed.length; i++) if (typed[i] !== word[i]) differ++;
  return differ === 1 && !plausibleTypo(typed, word);
}

/**
 * Whether a word of the same length as the one typed differs from it by a letter for another
 * that is no slip (not a near key, nor heard so), beside letters swapped: two such edits allowed a
 * long word still make another word of a real one ("internet" is not the notes' "interrater").
 */
export function wildLetter(typed: string, word: string): boolean {
  if (typed.length !== word.length) return false;
  for (let i = 0; i < typed.length; i++) {
    if (typed[i] === word[i]) continue;
    // Two letters swapped ("kubernetse"): one slip, not two letters for others.
    if (typed[i] === word[i + 1] && typed[i + 1] === word[i]) {
      i++;
      continue;
    }
    const [a, b] = [typed[i] as string, word[i] as string];
    if (!neighbours(a, b) && !heardAlike(a, b)) return true;
  }
  return false;
}
