import { englishWord } from './english-words.ts';

/**
 * Words in -ism and -ic that the stemmer cuts down to another word inside them: "socialism" to
 * social, "organism" and "organic" to organ, "atomic" to atom, "journalism" to journal. A
 * question for organic food found a talk on organ donation, and "socialism" the social rules of
 * a team. Such a word is a term of its own, with its forms ("organics", "organically",
 * "socialisms"), as a verb in -ize is (see `termOf`).
 *
 * Only where what the stemmer leaves is itself an English word in common use: "polymorphism"
 * and "polymorphic", "automatic" and "automation" stay one word. And for -ic only where that
 * word is short (five letters at most): a short word inside a longer one is most often another
 * word (organ, atom, iron), a long one the thing the adjective is of ("algorithmic" algorithms,
 * "symbolic" symbols, "periodic" periods stay one word).
 */
const ISM = /^([a-z]{3,})isms?$/;
const IC = /^([a-z]{3,})ic(?:s|al|als|ally|ity|ities)?$/;
const SHORT_INSIDE = 5;

/** The term of `word` apart from its stemmer's `stem`, where `stem` is another word; else undefined. */
export function apartFromShorter(word: string, stem: string): string | undefined {
  const ism = ISM.exec(word);
  if (ism?.[1] === stem) return englishWord(stem) ? `${stem}ism` : undefined;
  const ic = IC.exec(word);
  if (ic?.[1] === stem && stem.length <= SHORT_INSIDE && englishWord(stem)) return `${stem}ic`;
  return undefined;
}
