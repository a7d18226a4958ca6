import type { QueryWord } from './talk-index.ts';

/**
 * "Machine learning in production" where no talk says "machine": the words of a named concept
 * (see `QueryWord.concept`) are one subject, and with one of them missing the notes lack it, so
 * its other words ("learning") are not searched on their own — a talk "for learning" is no answer.
 * A number of a version ("8" of "php 8") is no such word: the name's other versions are the answer.
 */
export function withoutMissingConcept(
  query: QueryWord[],
  knows: (q: QueryWord) => boolean,
): QueryWord[] {
  const missing = query.some((q) => q.concept && !/^\p{N}+$/u.test(q.word) && !knows(q));
  return missing ? query.filter((q) => !q.concept) : query;
}
