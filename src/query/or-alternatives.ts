import type { Talk } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { echoing, type Plan } from './plan.ts';

/** Most subjects of a choice each asked alone: more are a list pasted, not a choice. */
const MOST_SUBJECTS = 5;
/** Most words of one subject of a choice ("machine learning", "site reliability engineering"). */
const MOST_SUBJECT_WORDS = 3;

/** Words that make "or" no choice between subjects: "or so", "more or less", "or not". */
const NO_CHOICE = new Set(['so', 'not', 'less', 'something', 'anything', 'whatever', 'else']);

/**
 * "Hiring or careers?", "kafka, graphql or security talks", "machine learning or kubernetes":
 * subjects offered as a choice. Each subject is the run of words next to an "or" (or a comma
 * of the list) that asks nothing itself: the asking words around them stay with each one.
 */
export interface Choice {
  /** Each subject as typed (folded), in the order asked. */
  subjects: string[];
  /** The question asked of each subject alone. */
  questions: string[];
}

export function choiceOf(text: string): Choice | undefined {
  const folded = fold(text);
  if (!words(folded).includes('or')) return undefined;
  // "Kafka, graphql or security": the commas of a list that ends in "or" are its "or"s.
  const tokens = words(folded.replace(/,/g, ' or '));
  const joins = tokens.flatMap((token, at) => (token === 'or' ? [at] : []));
  const first = joins[0] as number;
  const last = joins[joins.length - 1] as number;
  const subject = (word: string | undefined) =>
    word !== undefined && word !== 'or' && !isFiller(word) && !NO_CHOICE.has(word);
  let start = first;
  while (subject(tokens[start - 1])) start--;
  let end = last + 1;
  while (subject(tokens[end])) end++;
  // Between the first and the last "or", every word names a subject: "a or b or c".
  const spans: string[][] = [];
  let span: string[] = [];
  for (const token of tokens.slice(start, end)) {
    if (token === 'or') {
      spans.push(span);
      span = [];
    } else if (subject(token) && span.length < MOST_SUBJECT_WORDS) span.push(token);
    else return undefined;
  }
  spans.push(span);
  // A comma before the first subject is a clause, not a choice ("ok, kafka or graphql").
  while (spans[0]?.length === 0) spans.shift();
  if (spans.length < 2 || spans.length > MOST_SUBJECTS || spans.some((one) => one.length === 0))
    return undefined;
  const before = tokens.slice(0, start).filter((token) => token !== 'or');
  const after = tokens.slice(end).filter((token) => token !== 'or');
  const subjects = spans.map((one) => one.join(' '));
  return {
    subjects,
    questions: subjects.map((one) => [...before, one, ...after].join(' ')),
  };
}

/** Whether a plan answers its question's words, each of them found. */
function found(plan: Plan): plan is Extract<Plan, { kind: 'talks' }> {
  return plan.kind === 'talks' && plan.total > 0 && !plan.scope.unmatched?.length;
}

/**
 * A choice of subjects where the question as a whole leaves some unanswered: the talks of each
 * subject found (taken in turn, the best of each first), saying each subject no talk mentions;
 * where none is found, no talk, naming each. Undefined where the plan answers every subject, or
 * the question offers no choice.
 */
export function eachChoice(
  text: string,
  event: string | undefined,
  plan: Plan,
  resolve: (question: string) => Plan,
): Plan | undefined {
  if (found(plan) && !plan.scope.either) return undefined;
  if (plan.kind === 'none' && (plan.unknown || plan.person || plan.place)) return undefined;
  if (plan.kind !== 'none' && plan.kind !== 'talks') return undefined;
  if (plan.kind === 'talks' && plan.scope.kind !== 'search') return undefined;
  const choice = choiceOf(text);
  if (!choice) return undefined;
  const plans = choice.questions.map((question) => resolve(question));
  const missing = choice.subjects.filter((_, at) => !found(plans[at] as Plan));
  if (missing.length === 0 && plan.kind === 'talks') return undefined;
  const lists = plans.filter(found).map((one) => one.talks(one.total));
  if (lists.length === 0)
    return {
      kind: 'none',
      suggestions: plan.kind === 'none' ? plan.suggestions : [],
      unmatched: missing,
    };
  const talks = inTurn(lists);
  return {
    kind: 'talks',
    scope: { ...echoing(text, event), ...(missing.length > 0 ? { unmatched: missing } : {}) },
    total: talks.length,
    talks: (end: number) => talks.slice(0, end),
  };
}

/** The lists' talks taken in turn, each once: the best of every subject comes first. */
function inTurn(lists: Talk[][]): Talk[] {
  const seen = new Set<string>();
  const out: Talk[] = [];
  const longest = Math.max(...lists.map((list) => list.length));
  for (let at = 0; at < longest; at++)
    for (const list of lists) {
      const talk = list[at];
      const key = talk && `${talk.event}/${talk.id}`;
      if (talk && key && !seen.has(key)) {
        seen.add(key);
        out.push(talk);
      }
    }
  return out;
}
