import { isAscii, plainLetter, SPACELESS_LETTERS, STROKED_LETTERS } from '../text.ts';

/** How text becomes words, the same for talks and questions (their terms: `stems.ts`). */
export { derivedFrom, ingNoun, termOf } from './stems.ts';

/** Accents and case folded: "Café" → "cafe", "Tromsø" → "tromso". */
export function fold(text: string): string {
  return isAscii(text) ? text.toLowerCase() : foldAny(text);
}

function foldAny(text: string): string {
  const folded = text
    .normalize('NFKD')
    // Accents go; the voicing marks of Japanese kana stay (ビル is not ヒル): no accent, a letter.
    .replace(/[^\P{M}\u3099\u309a]+/gu, '')
    .toLowerCase()
    // Letters no accent makes, typed without it on most keyboards: "tromso", "bolgedata", "lodz".
    .replace(STROKED_LETTERS, plainLetter);
  // Kana with their marks, and Hangul syllables NFKD took apart, put back together.
  return /[\u3099\u309a\u1100-\u11ff]/.test(folded) ? folded.normalize('NFC') : folded;
}

/** Words of any script, apostrophes inside words dropped ("Uber's" → "ubers"). */
export function words(text: string): string[] {
  const collect = new Collect();
  eachWord(text, collect);
  return collect.found;
}

/** Where `eachWord` puts the words it reads. */
export interface WordSink {
  /** The word `text.slice(from, to)`, lower-cased when `upper` (it has capitals); `hash` is its `wordHash`. */
  span(text: string, from: number, to: number, upper: boolean, hash: number): void;
  /**
   * A word made otherwise (accents or apostrophes dropped); in text read the general way, with
   * what stands between it and the word before (`''` for the first): a hyphen, a space.
   */
  word(word: string, before?: string): void;
  /**
   * The text from `from` on is read the general way (it has accents or another script): its words
   * come as `word`s after this call, for a sink that also looks at how they were written.
   */
  general?(text: string, from: number): void;
}

class Collect implements WordSink {
  readonly found: string[] = [];
  span(text: string, from: number, to: number, upper: boolean): void {
    const word = text.slice(from, to);
    this.found.push(upper ? word.toLowerCase() : word);
  }
  word(word: string): void {
    this.found.push(word);
  }
}

/**
 * The general reading of `words`, Unicode folding and splitting (~10× the cost of ASCII's), with
 * what stands before each word: [before, word, before, word, …], so "micro services" and
 * "micro-services" in notes with accents are read as the ASCII notes' are.
 */
function wordsAnyApart(text: string): string[] {
  // Split with its separators kept: word, separator, word, …
  const parts = foldAny(text)
    .replace(JAI_GENERAL, '')
    .replace(ELIDED_GENERAL, '')
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .split(/([^\p{L}\p{N}]+)/u);
  const paired = parts.some((part, i) => i % 2 === 0 && CJK.test(part));
  const found: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] as string;
    if (word === '') continue;
    const before = i > 0 ? (parts[i - 1] as string) : '';
    // Pairs of characters are words of their own: the first has the word's separator before it.
    if (!paired) found.push(before, word);
    else for (const [k, one] of cjkWords(word).entries()) found.push(k === 0 ? before : '', one);
  }
  return found;
}

/** Letters read in pairs: Chinese and Japanese, and Korean (whose particles join its words). */
const PAIRED = `${SPACELESS_LETTERS}\\p{Script=Hangul}`;

/** A word `cjkWords` made: two Chinese or Japanese characters. */
export function isCjkPair(word: string): boolean {
  return word.length === 2 && CJK_PAIR.test(word);
}
const CJK_PAIR = new RegExp(`^[${PAIRED}ー]{2}$`, 'u');

/** A folded word of three or more such characters and nothing else: マイクロサービス, 微服务. */
export function isPairedWord(word: string): boolean {
  return word.length > 2 && PAIRED_WORD.test(word);
}
const PAIRED_WORD = new RegExp(`^[${PAIRED}ー]+$`, 'u');

/** Whether the text has a character `cjkWords` reads in pairs. */
export function hasPairedLetters(text: string): boolean {
  return CJK.test(text);
}

/**
 * Characters of scripts whose words are not split at spaces: Chinese and Japanese (no spaces),
 * Korean (particles join the word: 캐시가 is 캐시 and 가).
 */
const CJK = new RegExp(`[${PAIRED}]`, 'u');
const CJK_RUNS = new RegExp(`[${PAIRED}ー]+|[^${PAIRED}ー]+`, 'gu');

/**
 * "ビルド速度が" has no spaces to split at: each pair of neighbouring characters is a word
 * (the bigrams search engines index Chinese, Japanese and Korean by), so "ビルド" finds it and a
 * question is read the same way. Other letters in the word ("node" in "nodeの") stay whole.
 */
function cjkWords(word: string): string[] {
  if (!CJK.test(word)) return [word];
  const words: string[] = [];
  for (const [run] of word.matchAll(CJK_RUNS)) {
    if (!CJK.test(run)) words.push(run);
    else if (run.length === 1) words.push(run);
    else for (let i = 0; i + 1 < run.length; i++) words.push(run.slice(i, i + 2));
  }
  return words;
}

// ASCII characters by what they do to words. SAFE separators end a run: text on either side
// folds and splits on its own (none is a letter, a digit, or "case-ignorable", which a final
// sigma's lower case looks through), so runs of plain ASCII are read here in one pass and only
// from a run with another character on is the text read the general way — with the same words
// either way.
const SAFE = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const APOSTROPHE = 4;
/** . : ^ ` split words but are case-ignorable, so they do not end a run. */
const IGNORABLE = 5;
/** Any other character: the text is read the general way from its run on. */
const GENERAL = 6;
const KINDS = new Uint8Array(128).map((_, code) => {
  const char = String.fromCharCode(code);
  if (/[a-z]/.test(char)) return LOWER;
  if (/[A-Z]/.test(char)) return UPPER;
  if (/[0-9]/.test(char)) return DIGIT;
  if (char === "'") return APOSTROPHE;
  return '.:^`'.includes(char) ? IGNORABLE : SAFE;
});

/** FNV-1a over a word's characters: `WordSink.span` is given it for its lower-cased span. */
export const HASH_BASIS = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export function wordHash(word: string): number {
  let hash = HASH_BASIS;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), HASH_PRIME);
  return hash;
}

/**
 * The typographic punctuation of English notes, read as ASCII's: dashes, double quotes and a
 * no-break space end a run; ‘ and … are case-ignorable separators; ’ is an apostrophe.
 */
function wideKind(code: number): number {
  switch (code) {
    case 0x2013:
    case 0x2014:
    case 0x201c:
    case 0x201d:
    case 0xa0:
      return SAFE;
    case 0x2018:
    case 0x2026:
      return IGNORABLE;
    case 0x2019:
      return APOSTROPHE;
    default:
      return GENERAL;
  }
}

/**
 * Each word of `text`, in order, as `words` gives them, without an array or a string of each:
 * one pass over plain ASCII. From the run (between two SAFE separators) with another character
 * on, the text is read the general way; a word ending inside a run is given only once the run is
 * known to be ASCII to its end, so no word of such a run is given twice.
 */
export function eachWord(text: string, sink: WordSink): void {
  const length = text.length;
  let run = 0;
  let checked = -1;
  let from = -1;
  let head = '';
  let upper = false;
  let joined = -3;
  let hash = HASH_BASIS;
  let drop = false;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32;
    const kind = code < 128 ? (KINDS[code] as number) : wideKind(code);
    let general = kind === GENERAL;
    if (kind === LOWER || kind === DIGIT) {
      if (from < 0) from = i;
      hash = Math.imul(hash ^ code, HASH_PRIME);
      continue;
    }
    if (kind === UPPER) {
      if (from < 0) from = i;
      upper = true;
      hash = Math.imul(hash ^ (code + 32), HASH_PRIME);
      continue;
    }
    if (
      kind === APOSTROPHE &&
      from >= 0 &&
      joined !== i - 2 &&
      isLetter(text.charCodeAt(i - 1)) &&
      isLetter(text.charCodeAt(i + 1))
    ) {
      if (head === '' && isElided(text, from, i)) {
        // "l'accessibilité", "d'experience": the word, not the article joined to it; French
        // "j'ai", "n'ai" (I have, have not) are no word at all, never "AI".
        drop = isJai(text, from, i);
        from = i + 1;
        upper = false;
        hash = HASH_BASIS;
        joined = i;
        continue;
      }
      head += text.slice(from, i);
      from = i + 1;
      joined = i;
      continue;
    }
    if (!general && from >= 0 && kind !== SAFE && checked < i) {
      // A word ends inside a run: the rest of the run is looked at before it is given.
      let end = i + 1;
      for (; end < length; end++) {
        const code = text.charCodeAt(end);
        const next = code < 128 ? (KINDS[code] as number) : wideKind(code);
        general = next === GENERAL;
        if (general || next === SAFE) break;
      }
      checked = end;
    }
    if (general) {
      // The rest of the text the general way, in one piece: a regular expression per word of
      // a text in another script cost twice what one over the whole text did.
      sink.general?.(text, run);
      const apart = wordsAnyApart(text.slice(run));
      for (let k = 0; k < apart.length; k += 2)
        sink.word(apart[k + 1] as string, apart[k] as string);
      return;
    }
    if (drop) drop = false;
    else if (from >= 0) {
      if (head === '') sink.span(text, from, i, upper, hash);
      else {
        const word = head + text.slice(from, i);
        sink.word(upper ? word.toLowerCase() : word);
      }
    }
    from = -1;
    head = '';
    upper = false;
    hash = HASH_BASIS;
    if (kind === SAFE) run = i + 1;
  }
}

/**
 * French and Italian articles and particles elided before a word ("l'accessibilité",
 * "d'expérience", "dell'API", "qu'il"): the notes' "L'accessibilité n'est pas une option" is
 * about accessibility, as a question's "l'accessibilité" is. Only before a word of two letters or
 * more, so "C's" (a possessive) stays one word as before.
 */
const ELIDED = new Set([
  'l',
  'd',
  'j',
  'n',
  's',
  'c',
  'm',
  't',
  'qu',
  'dell',
  'nell',
  'sull',
  'all',
  'dall',
  'un',
]);
const JAI_GENERAL = /(?<![\p{L}\p{N}'’])[jnmt]['’]ai(?![\p{L}\p{N}])/giu;
const ELIDED_GENERAL = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:${[...ELIDED].join('|')})['’](?=\\p{L}{2})`,
  'gu',
);

/**
 * "j'ai", "J’AI": French for "I have", which the elision would leave as the word "ai"; so are
 * "je n'ai pas", "tu m'ai", "je t'ai": the verb after a pronoun, never "AI".
 */
const PRONOUN_BEFORE_AI = new Set([0x6a, 0x6e, 0x6d, 0x74]);
function isJai(text: string, from: number, apostrophe: number): boolean {
  return (
    apostrophe - from === 1 &&
    PRONOUN_BEFORE_AI.has(text.charCodeAt(from) | 32) &&
    (text.charCodeAt(apostrophe + 1) | 32) === 0x61 &&
    (text.charCodeAt(apostrophe + 2) | 32) === 0x69 &&
    !isLetter(text.charCodeAt(apostrophe + 3))
  );
}

function isElided(text: string, from: number, apostrophe: number): boolean {
  return (
    apostrophe - from <= 4 &&
    isLetter(text.charCodeAt(apostrophe + 2)) &&
    ELIDED.has(text.slice(from, apostrophe).toLowerCase())
  );
}

function isLetter(code: number): boolean {
  const kind = KINDS[code];
  return kind === LOWER || kind === UPPER;
}
