/** How a question's text becomes tokens before its words are read (hyphens, counts, numbers). */
import { words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';

/** A word of a question, and whether it was joined to the one before by a hyphen. */
export interface Token {
  word: string;
  joined?: boolean;
}

/**
 * A question's words, a hyphenated word of two ("fine-tuning", "twelve-factor") read as the
 * notes write it: the word joined where they have it so ("fine-tuning" is indexed as
 * "finetuning" too); its halves apart where the notes write them side by side ("fine tuning",
 * "12-factor"); else, where the notes have both halves, its halves marked `joined`, which the
 * search finds only together, never by either half ("fine" of "it's actually fine now"). Halves
 * that are fillers ("on-call") or that the notes lack (a slip, "micro-fronteds") stay as read.
 */
export function hyphenated(
  text: string,
  known: (word: string) => boolean,
  together: (a: string, b: string) => boolean,
): Token[] {
  const tokens: Token[] = [];
  for (const chunk of text.split(/\s+/)) {
    const parts = words(chunk);
    const pair = /^[^\p{L}\p{N}]*([a-z]+)-([a-z]+)[^\p{L}\p{N}]*$/u.exec(chunk);
    const [a, b] = parts;
    if (!pair || parts.length !== 2 || a === undefined || b === undefined) {
      tokens.push(...parts.map((word) => ({ word })));
      continue;
    }
    if (known(a + b)) tokens.push({ word: a + b });
    else if (
      isFiller(a) ||
      isFiller(b) ||
      // "micro-fronteds": a half the notes lack may be a slip, corrected as a word of its own.
      !known(a) ||
      !known(b) ||
      together(a, b) ||
      together(NUMBER_WORDS.get(a) ?? a, b)
    )
      tokens.push({ word: a }, { word: b });
    else tokens.push({ word: a }, { word: b, joined: true });
  }
  return tokens;
}

/**
 * Numbers from three to twenty in figures and in words, each to the other ("twelve-factor", "12
 * factor", "three pillars"). Not one and two, which questions use as counts ("the two talks").
 */
export const NUMBER_WORDS = new Map<string, string>(
  'three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .flatMap((name, i) => [
      [name, String(i + 3)],
      [String(i + 3), name],
    ]),
);

/**
 * "The two wasm talks", "both kafka ones": how many talks the asker remembers is no word of
 * them ("two devices" of a talk's notes); nor is "24/7".
 */
const COUNTED =
  /\b(the|both|these|those|all)\s+(?:two|three|four|five|six|[2-9])\s+(?=(?:[\p{L}\p{N}.+#-]+\s+){0,2}(?:talks?|ones|sessions|keynotes|panels|presentations)\b)/giu;

/** "24/7", "24x7", "24/365": all the time, no numbers to search ("7" is no "seven"). */
const ALWAYS = /\b24\s*(?:\/|x|×)\s*(?:7|365)\b/giu;

export function uncounted(text: string): string {
  return text.replace(COUNTED, '$1 ').replace(ALWAYS, ' ');
}
