import { englishWord } from './english-words.ts';

/**
 * What a word of Spanish, Italian, Portuguese or French notes has past the stem the English
 * stemmer gives it, where that ending makes it another word than the English one of the stem:
 * "documental" (a documentary), "documentales", "experimental" (said of a film), "accidental".
 * The stemmer takes "-al" off as it does English's ("functional" → function), so "documents"
 * and "documentation" read as the notes' "documental".
 */
const ROMANCE_ADJECTIVE = /(?:al|ales|aux|ale|ali)$/;

/**
 * Whether the notes' word is no form of an English word typed, though both have one term: the
 * word typed is English in common use, and every form of the notes' is no English word and
 * ends past the stem as an adjective of another language does.
 */
export function foreignEnding(typed: string, surface: string, forms: readonly string[]): boolean {
  return englishWord(typed) && [surface, ...forms].every(romanceAdjective);
}

/**
 * Whether a word of the notes beginning as an English word typed is another word: an adjective
 * of another language ("documental") for any English word but an adjective ("documents",
 * "documentation"; "documentary", "experimental" are such words).
 */
export function otherWordOf(typed: string, surface: string): boolean {
  return !/(?:al|als|ary|aries)$/.test(typed) && romanceAdjective(surface);
}

/**
 * A word no English one, ending as a Romance adjective does past a stem of five letters or more
 * ("documental", "documentale", "ambiental"; "local", "final" are too short to be read so).
 */
function romanceAdjective(form: string): boolean {
  const ending = ROMANCE_ADJECTIVE.exec(form);
  return !!ending && ending.index >= 5 && !englishWord(form);
}
