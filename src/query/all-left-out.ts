import { fold } from '../search/analyze.ts';
import { trimEndOf } from '../text.js';
import { findNegation } from './negation.ts';
import type { Plan } from './plan.ts';
import { understand } from './understand.ts';

/**
 * "Streaming except kafka", "other than rust, what was there on wasm?" where every talk of the
 * subject is about what is left out too: said so (how many talks the subject has, the question
 * without the exclusion offered), never a bare "no match", which reads as no talk of the subject.
 * Undefined where the question leaves nothing out, or the subject alone finds nothing either.
 */
export function allLeftOut(
  plain: string,
  event: string | undefined,
  read: (words: string, at: string | undefined) => Plan,
): Plan | undefined {
  const question = understand(plain);
  // "Kubernetes without tears" is a title as often as words left out.
  if (!question.excluding || question.without) return undefined;
  const folded = fold(plain);
  const negation = findNegation(folded);
  const kept = negation ? trimEndOf(folded.slice(0, negation.index), ',;:') : '';
  if (!negation || !kept) return undefined;
  const plan = read(kept, event);
  if (plan.kind !== 'talks' || plan.total === 0) return undefined;
  return {
    kind: 'none',
    suggestions: [kept],
    leftOut: {
      subject: kept,
      excluded: trimEndOf(negation.words, '?!.'),
      total: plan.total,
    },
  };
}
