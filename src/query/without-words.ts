import { privativeOf } from '../search/privative-words.ts';
import type { QueryWord } from '../search/talk-index.ts';

/**
 * "Without blame", "postmortems without blame", "queues without locks" read as words (no talks
 * left out: see `saysWithout`): "without" before a word whose -less or -free word the notes
 * write ("blameless", "lock-free") is no word a talk must have, so the talks that say that word
 * (found for "blame" as its related words) are found beside those that say "without blame".
 */
export function withoutAsPrivative(
  query: readonly QueryWord[],
  frequency: (word: string) => number,
): QueryWord[] {
  return query.filter((q, i) => {
    const next = query[i + 1];
    if (q.word !== 'without' || !next || next.joined) return true;
    return !privativeOf(next.word).some((word) => frequency(word) > 0);
  });
}
