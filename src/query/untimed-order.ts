import type { Talk } from '../model.ts';
import type { Plan } from './plan.ts';
import type { Order, Schedule } from './schedule-order.ts';

/**
 * "The first talk at X", "the last talk of day 2", where the notes give talks picked no time:
 * those are the talks the notes list at that end, which is all the notes tell, so the answer
 * says so (`listed`) rather than naming a confident first or last.
 */
export function untimedOrder(plan: Plan, order: Order, schedule: Schedule): Plan {
  if (plan.kind !== 'talks' || plan.total === 0) return plan;
  const talks = plan.talks(plan.total);
  if (talks.every((talk: Talk) => schedule.timed(talk))) return plan;
  return { ...plan, scope: { ...plan.scope, listed: order } };
}
