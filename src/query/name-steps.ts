import { termOf, words } from '../search/analyze.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { type Asking, opt } from './asking.ts';
import { companyAliases } from './company-aliases.ts';
import type { Directory } from './directory.ts';
import { GROUPS } from './unknown-person.ts';

/** "Talks by Ryan Lane", "what did lyft say": that speaker's or company's talks. */
export function byName(ask: Asking, directory: Directory): void {
  const by = ask.question.by;
  if (!by) return;
  const person = by.how !== 'at' && by.how !== 'of';
  const named =
    directory.byName(by.name, by.prefer, ask.event) ??
    byCompanyOf(by.name, directory, ask.event) ??
    byEachName(by.name, by.prefer, directory, ask.event) ??
    // "Talks by oskar lindt": the one speaker a slip away.
    (person && by.prefer === 'speaker' ? directory.bySlip(by.name, ask.event) : undefined);
  if (named) {
    ask.scope = { ...named.scope, ...opt('event', ask.event) };
    ask.narrow((_, doc) => named.docs[doc] === 1);
    return;
  }
  ask.search = by.otherwise;
  // "Talks by marco": someone's name, which a talk may say, never a slip of "macro".
  if (person) ask.unnamed = new Set(words(by.name));
}

/**
 * "Talks by Andrew Spyker or Sharma Podila", "what did Ana and Ben say": the talks of each name,
 * where every one of them is a speaker's (or company's) of the notes: together, one list.
 */
function byEachName(
  name: string,
  prefer: 'speaker' | 'company',
  directory: Directory,
  event: string | undefined,
) {
  const parts = name.split(
    /\s*(?:,|&|\bor\b|\band\b|\boder\b|\bund\b|\bou\b|\bet\b|\by\b|\bo\b|\be\b)\s*/iu,
  );
  const names = parts.map((part) => part.trim()).filter(Boolean);
  if (names.length < 2) return undefined;
  const found = names.map((one) => directory.byName(one, prefer, event));
  if (!found.every((one) => one !== undefined)) return undefined;
  const [first] = found;
  if (!first) return undefined;
  const docs = new Uint8Array(first.docs.length);
  for (const one of found)
    for (let doc = 0; doc < docs.length; doc++) docs[doc] ||= one.docs[doc] ?? 0;
  const kind = found.every((one) => one.scope.kind === first.scope.kind)
    ? first.scope.kind
    : prefer;
  return { scope: { kind, name: found.map((one) => one.scope.name).join(' or ') }, docs };
}

/**
 * "Talks by the Uber engineer", "what did the Meta folks say": a kind of person of a company
 * is the company's talks, where no speaker is called so.
 */
function byCompanyOf(name: string, directory: Directory, event: string | undefined) {
  const all = words(name);
  const rest = all.filter((word) => !GROUPS.has(word) && word !== 'the');
  if (rest.length === 0 || rest.length === all.filter((word) => word !== 'the').length)
    return undefined;
  const named = directory.byName(rest.join(' '), 'company', event);
  return named?.scope.kind === 'company' ? named : undefined;
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
