import type { QueryWord } from '../search/talk-index.ts';
import type { Plan } from './plan.ts';

/**
 * "No talk mentions “machine learning”", not "“machine”": a word no talk has that is one word of
 * a named concept (see `QueryWord.concept`) is said as the whole concept as asked, once.
 */
export function conceptsWhole(plan: Plan, query: () => readonly QueryWord[]): Plan {
  const unmatched = plan.kind === 'none' ? plan.unmatched : unmatchedOf(plan);
  if (!unmatched || unmatched.length === 0) return plan;
  const words = query();
  if (!words.some((q) => q.concept)) return plan;
  const said = [...new Set(unmatched.map((word) => conceptOf(words, word) ?? word))];
  if (said.join('\0') === unmatched.join('\0')) return plan;
  if (plan.kind === 'none') return { ...plan, unmatched: said };
  if (plan.kind !== 'talks') return plan;
  return { ...plan, scope: { ...plan.scope, unmatched: said } };
}

function unmatchedOf(plan: Plan): string[] | undefined {
  return plan.kind === 'talks' && plan.scope.kind === 'search' ? plan.scope.unmatched : undefined;
}

/** The concept's words side by side around `word`, as one phrase; undefined if none. */
function conceptOf(query: readonly QueryWord[], word: string): string | undefined {
  const at = query.findIndex((q) => q.word === word && q.concept);
  if (at < 0) return undefined;
  let from = at;
  while (from > 0 && query[from - 1]?.concept) from--;
  let to = at + 1;
  while (to < query.length && query[to]?.concept) to++;
  return to - from > 1
    ? query
        .slice(from, to)
        .map((q) => q.word)
        .join(' ')
    : undefined;
}
