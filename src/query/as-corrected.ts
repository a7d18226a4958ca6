import type { Plan } from './plan.ts';

/**
 * "Tersting containers": the answer for the words as corrected ("Showing results for testing
 * containers") is the answer to them asked so (`read`), which the corrected word alone in a
 * search of its own may miss (the Testcontainers talk, found by "testing containers" written
 * together).
 */
export function asCorrected(plan: Plan, read: (fixed: string) => Plan): Plan {
  if (plan.kind !== 'talks' || plan.scope.kind !== 'search' || !plan.scope.correctedFrom)
    return plan;
  const { words: fixed, correctedFrom } = plan.scope;
  const again = read(fixed);
  if (again.kind !== 'talks' || again.scope.kind !== 'search' || again.scope.correctedFrom)
    return plan;
  return { ...again, scope: { ...again.scope, words: fixed, correctedFrom } };
}
