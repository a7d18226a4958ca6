import { fold, hasPairedLetters, isPairedWord } from './analyze.ts';
import { BUILT_IN } from './synonym-lists.ts';

/**
 * The built-in lists' words of Chinese, Japanese or Korean (マイクロサービス, 微服务, 컨테이너),
 * folded: notes in those scripts are read in pairs of characters, and a word of the lists they
 * write is read whole as well, so the English synonym asked (`microservices`) finds them as it
 * finds the notes in English (`synonyms.ts` reads a question's word the same way).
 */
const PAIRED_PHRASES: readonly string[] = [
  ...new Set(BUILT_IN.flat().map(fold).filter(isPairedWord)),
];

/** The lists' paired words that `text` (from `from` on) writes. */
export function pairedPhrasesIn(text: string, from = 0): string[] {
  const rest = from > 0 ? text.slice(from) : text;
  if (!hasPairedLetters(rest)) return [];
  const folded = fold(rest);
  return PAIRED_PHRASES.filter((phrase) => folded.includes(phrase));
}
