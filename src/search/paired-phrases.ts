import { fold, hasPairedLetters, isPairedWord, words } from './analyze.ts';
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

/**
 * The built-in lists' spellings of one thing in two words that another of its spellings joins
 * ("micro vms" beside "microvms", "data lake" beside "datalake"): first word → second words.
 */
export function joinedSpellings(): Map<string, Set<string>> {
  const joined = new Map<string, Set<string>>();
  for (const group of BUILT_IN) {
    const members = new Set(group.map(fold));
    for (const member of group) {
      const pair = words(member);
      if (pair.length !== 2 || !members.has(pair.join(''))) continue;
      const [first, second] = pair as [string, string];
      joined.set(first, (joined.get(first) ?? new Set()).add(second));
    }
  }
  return joined;
}
