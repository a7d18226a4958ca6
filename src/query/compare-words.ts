/** Questions that compare or offer a choice: "kafka vs pulsar", "docker or kubernetes". */
import { isFiller, TALK_NOUNS } from '../search/question-words.ts';
import type { QueryWord } from '../search/talk-index.ts';

/** Words that ask to compare two things, and the words joining them. */
const COMPARE = new Set([
  'compare',
  'comparing',
  'comparison',
  'difference',
  'differences',
  'between',
  'vs',
  'versus',
]);
const JOINS = new Set(['and', 'vs', 'versus', 'with', 'to']);

/**
 * "Compare the observability talks": what to compare is searched, not the word "compare";
 * "compare keynotes": a kind of talk, and no word to search ("Vector databases compared").
 */
export function withoutCompare(query: QueryWord[], tokens: string[]): QueryWord[] {
  const rest = query.filter((q) => !COMPARE.has(q.word));
  if (rest.length === 0 && rest.length < query.length)
    return tokens.some((token) => TALK_NOUNS.has(token) && token !== 'talk' && token !== 'talks')
      ? rest
      : query;
  return rest.length > 0 && rest.length < query.length ? rest : query;
}

/**
 * "docker or kubernetes": two words either of which will do, as one word with an alternative
 * (only for a question of just those two words, where "or" cannot join longer phrases).
 */
export function either(tokens: string[], query: QueryWord[]): QueryWord[] | undefined {
  // "Compare the netflix and uber talks", "kafka vs pulsar": both, so either will do.
  const comparing = tokens.some((token) => COMPARE.has(token));
  const join = (token: string) => token === 'or' || (comparing && JOINS.has(token));
  const content = tokens.filter(
    (token) => join(token) || (!isFiller(token) && !COMPARE.has(token)),
  );
  const words = comparing ? query.filter((q) => !COMPARE.has(q.word)) : query;
  if (words.length !== 2 || content.length !== 3 || !join(content[1] as string)) return undefined;
  const [a, b] = words as [QueryWord, QueryWord];
  const alternatives = [...(a.alternatives ?? []), b.word, ...(b.alternatives ?? [])];
  return [{ word: a.word, alternatives }];
}
