import type { Answer } from './answer.ts';
import { echo, noneAnswer } from './answer-pages.ts';
import type { Plan } from './query/plan.ts';
import { opt } from './text.ts';

/**
 * A plan of no talk as the answer says it, for the question `words`: "talks by Zed Quill": nobody
 * of that name, with the names that come close; "talks at kubecon": no event of that name, with
 * the events the notes have; "talks at pycon us": an event whose notes gave no talk; "the fourth
 * culture talk" of three: how many there are; else why nothing matches. `topics`: the notes'
 * topics, for a plain "no match".
 */
export function planNone(
  plan: Extract<Plan, { kind: 'none' }>,
  words: string,
  topics: () => string[],
): Answer {
  const missing = plan.person ?? plan.place ?? plan.empty;
  const said = { kind: 'none', query: echo(words), suggestions: plan.suggestions, topics: [] };
  if (missing) {
    const reason = plan.person ? 'unknown-speaker' : plan.empty ? 'empty-event' : 'unknown-event';
    return { ...said, kind: 'none', reason, name: echo(missing) };
  }
  if (plan.fewer) {
    const { list, count, ordinal } = plan.fewer;
    return { ...said, kind: 'none', reason: 'too-few', name: echo(list), listed: count, ordinal };
  }
  return {
    ...noneAnswer(words, plan.suggestions, topics()),
    ...opt('unknown', plan.unknown),
    ...opt('unmatched', plan.unmatched),
    ...opt('apart', plan.apart),
    ...opt('apartInOne', plan.apartInOne),
    ...opt('leftOut', plan.leftOut),
  };
}
