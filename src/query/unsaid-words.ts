import type { Found, QueryWord, TalkIndex } from '../search/talk-index.ts';

/**
 * The word of a question no talk has, nor any word near it (no slip corrected, no word being
 * typed), that a search found talks without: said, so the talks are not taken to be about it.
 */
export function unsaid(query: readonly QueryWord[], found: Found, index: TalkIndex): string[] {
  if (found.total === 0 || query.length < 2) return [];
  const fixed = new Set(found.corrections.map(([from]) => from));
  const lacking = query
    .filter(
      (q, at) =>
        !q.joined &&
        !query[at + 1]?.joined &&
        !/\p{N}/u.test(q.word) &&
        !fixed.has(q.word) &&
        !index.knows(q) &&
        !index.hasNear(q.word),
    )
    .map((q) => q.word);
  // Several such words are a story told around the question ("preparing a brown bag …").
  return lacking.length === 1 ? lacking : [];
}
