import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { QueryWord } from '../search/talk-index.ts';
import type { Asking } from './asking.ts';
import type { Steps } from './not-found.ts';
import type { Plan } from './plan.ts';

/**
 * Words that join two subjects asked about together: "ruby and kubernetes", "android & kotlin",
 * "python on kubernetes", "nuxt with helm", "vue or react".
 */
const JOINS = new Set([
  'and',
  '&',
  '+',
  'plus',
  'et',
  'und',
  'y',
  'e',
  'en',
  'on',
  'with',
  'in',
  'for',
  'using',
  'or',
  'vs',
  'versus',
]);

/**
 * "Ruby and kubernetes", "talks on android and kotlin", "python on kubernetes": two subjects
 * joined by a word ("and", "on", "with") that no talk is about together. The talks of either are
 * the answer, said to be so (`either`), rather than no match: whoever asks about two subjects
 * wants to hear of each. Only a question of just the two words and one join between them (the
 * asking aside), where each word finds talks of its own: "ports and adapters" of a talk that says
 * it stays that talk's phrase (a match, so never here), and two words side by side with no join
 * ("data mesh") are one subject, which talks saying each word apart do not answer.
 */
export function eitherSubject(steps: Steps, ask: Asking): Plan | undefined {
  const { query } = ask;
  if (query.length !== 2 || ask.scope !== undefined) return undefined;
  const typed = words(fold(ask.search.replace(/[&+]/g, ' and ')));
  const subjects = typed.flatMap((word, at) => (JOINS.has(word) || isFiller(word) ? [] : [at]));
  if (subjects.length !== 2) return undefined;
  const [first, second] = subjects as [number, number];
  const between = typed.slice(first + 1, second);
  if (between.length !== 1 || !JOINS.has(between[0] as string)) return undefined;
  const [a, b] = query as [QueryWord, QueryWord];
  if (!steps.index.knows(a) || !steps.index.knows(b)) return undefined;
  ask.query = [
    { word: a.word, alternatives: [...(a.alternatives ?? []), b.word, ...(b.alternatives ?? [])] },
  ];
  const plan = steps.searched(ask, []);
  if (plan.kind !== 'talks' || plan.total === 0) return undefined;
  return {
    ...plan,
    scope: { ...plan.scope, either: [typed[first], typed[second]] as [string, string] },
  };
}
