import type { Answer, Focus, NoneReason, TalkCard, TalksScope } from './answer.ts';
import type { Talk } from './model.ts';
import { withoutSymbols } from './query/emoji-subjects.ts';
import { type Request, requestText } from './query/parse-request.ts';
import { opt, truncate } from './text.ts';

/**
 * The shapes every answer with talks (or without) takes: one page of a list, "nothing found",
 * and the question as echoed back in them.
 */
export const PAGE_SIZE = 5;
/** Longest question echoed back in an answer. */
const ECHO_MAX = 200;

/** One page of talks; `talks(end)` gives the first `end` of them (or all), in order. */
export function pageAnswer(
  request: Request & { page: number },
  scope: TalksScope,
  total: number,
  talks: (end: number) => Talk[],
  card: (talk: Talk) => TalkCard,
  focus?: Focus,
): Answer {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(request.page, pageCount);
  const hits = talks(page * PAGE_SIZE)
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map(card);
  return {
    kind: 'talks',
    // Whole, never cut: it is what paging and sharing ask again (a cut question is another
    // question). Only what is shown of it (`scope.words`) is cut to ECHO_MAX.
    query: requestText(request),
    scope,
    hits,
    total,
    page,
    pageCount,
    first: (page - 1) * PAGE_SIZE + 1,
    ...opt('focus', focus),
  };
}

/** Nothing found for `query`: what to try instead, and the library's topics. */
export function noneAnswer(
  query: string,
  suggestions: string[],
  topics: string[],
  reason?: NoneReason,
): Answer {
  return { kind: 'none', query: echo(query), suggestions, topics, ...opt('reason', reason) };
}

/** A search's scope as shown: its words (and the words it was corrected from) cut to length. */
export function echoScope(scope: Extract<TalksScope, { kind: 'search' }>): TalksScope {
  return {
    ...scope,
    words: echo(scope.words),
    ...opt('correctedFrom', scope.correctedFrom && echo(scope.correctedFrom)),
    ...opt('notFrom', scope.notFrom && echo(scope.notFrom)),
  };
}

/** A question as shown back in an answer: without emoji and symbols, cut to `ECHO_MAX`. */
export function echo(text: string): string {
  return truncate(withoutSymbols(text), ECHO_MAX);
}
