import { termOf } from '../search/analyze.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { type Asking, opt } from './asking.ts';
import { companyAliases } from './company-aliases.ts';
import type { Directory } from './directory.ts';

/** "Talks by Ryan Lane", "what did lyft say": that speaker's or company's talks. */
export function byName(ask: Asking, directory: Directory): void {
  const by = ask.question.by;
  if (!by) return;
  const named = directory.byName(by.name, by.prefer, ask.event);
  if (named) {
    ask.scope = { ...named.scope, ...opt('event', ask.event) };
    ask.narrow((_, doc) => named.docs[doc] === 1);
  } else ask.search = by.otherwise;
}

/**
 * "facebook talks": a company's other name, which the notes never write (they say Meta), with
 * no "from" before it, is that company's talks, as "talks from facebook" would be. Only a word
 * no talk has: "netflix talks" searches the word the notes have.
 */
export function companyWord(ask: Asking, directory: Directory, index: TalkIndex): void {
  if (ask.question.by) return;
  for (const q of ask.query) {
    const own = [q.word, ...(q.alternatives ?? [])];
    if (own.some((word) => index.frequency(word) > 0)) continue;
    if (
      companyAliases([termOf(q.word) ?? q.word]).length === 0 &&
      companyAliases([q.word]).length === 0
    )
      continue;
    const named = directory.byName(q.word, 'company', ask.event);
    if (named?.scope.kind !== 'company') continue;
    ask.scope ??= { ...named.scope, ...opt('event', ask.event) };
    ask.narrow((_, doc) => named.docs[doc] === 1);
    ask.query = ask.query.filter((other) => other !== q);
    return;
  }
}
