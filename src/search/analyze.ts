import { stemmer } from 'stemmer';

/**
 * How text becomes index terms, the same for talks and questions: case, accents and
 * punctuation folded, stop words dropped, English stems (so "microservice" finds "microservices").
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have how i in is it its of on or that the their ' +
    'this to was we were what when where which who why will with you your our us do does not'
  ).split(' '),
);

/** Accents and case folded: "Café" → "cafe". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words of any script, apostrophes inside words dropped ("Uber's" → "ubers"). */
export function words(text: string): string[] {
  return fold(text)
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** One word to its term, or null for a stop word or a word too long to be a word. */
export function termOf(word: string): string | null {
  if (word.length > 40 || STOP_WORDS.has(word)) return null;
  return /^\p{N}+$/u.test(word) || !/^[a-z]+$/.test(word) ? word : stemmer(word);
}

/**
 * The vocabulary of an index: each term with the first word it came from, so suggestions can be
 * shown as words people write ("microservices"), not stems ("microservic").
 */
export class Vocabulary {
  readonly surface: Map<string, string>;
  private readonly seen = new Map<string, string | null>();

  constructor(saved?: Iterable<[string, string]>) {
    this.surface = new Map(saved);
  }

  /** Term for a word while indexing; memoised, since a corpus repeats its words. */
  index(word: string): string | null {
    const cached = this.seen.get(word);
    if (cached !== undefined) return cached;
    const term = termOf(word);
    this.seen.set(word, term);
    if (term !== null && !this.surface.has(term)) this.surface.set(term, word);
    return term;
  }

  has(term: string): boolean {
    return this.surface.has(term);
  }

  /** The memo is only needed while building. */
  seal(): void {
    this.seen.clear();
  }
}
