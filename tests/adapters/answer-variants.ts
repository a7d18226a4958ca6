import type { Answer, TalkCard, TalkDetail } from '../../src/answer.ts';

/**
 * Answers with every field added for focus, scopes, corrections, unknown talks and audience,
 * carrying `text` wherever a user's or an author's words can reach: each renderer's limits and
 * escaping tests render them all.
 */
export function answerVariants(text: string, talk: TalkDetail, hits: TalkCard[]): Answer[] {
  const list = {
    kind: 'talks' as const,
    query: text,
    hits,
    total: 40,
    page: 1,
    pageCount: 8,
    first: 1,
  };
  const bare = { ...talk, links: {}, allLinks: [] };
  return [
    { ...list, scope: { kind: 'search', words: text, correctedFrom: text, event: text } },
    { ...list, scope: { kind: 'speaker', name: text }, focus: 'speakers' },
    { ...list, scope: { kind: 'company', name: text, event: text }, focus: 'video' },
    { ...list, scope: { kind: 'date', label: text, date: text }, focus: 'slides', hits: [bare] },
    { ...list, scope: { kind: 'topic', topic: text }, focus: 'links', hits: [bare] },
    { kind: 'talk', talk: bare, related: [], focus: 'video' },
    { kind: 'talk', talk, related: hits, focus: 'speakers' },
    { kind: 'none', query: text, suggestions: [text], topics: [], reason: 'unknown-talk' },
    { kind: 'error', message: text, reason: 'rate-limited', audience: 'asker' },
    { kind: 'topics', topics: [], audience: 'channel' },
  ];
}
