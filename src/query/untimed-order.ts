import type { Talk } from '../model.ts';
import type { Order } from './order-words.ts';
import type { Plan } from './plan.ts';
import type { Schedule } from './schedule-order.ts';

/**
 * "The first talk at X", "the last talk of day 2", where the notes give talks picked no time:
 * those are the talks the notes list at that end (of the first or last day, where they give
 * days: `listedDay`), which is all the notes tell, so the answer says so (`listed`) rather than
 * naming a confident first or last.
 */
export function untimedOrder(plan: Plan, order: Order, schedule: Schedule): Plan {
  if (plan.kind !== 'talks' || plan.total === 0) return plan;
  const talks = plan.talks(plan.total);
  if (talks.every((talk: Talk) => schedule.timed(talk))) {
    // "What was the first talk?" where the one picked has a time but no day while others have
    // days: first by time of day only, said so.
    const dayless = talks.some((talk) => schedule.daylessAmongDays(talk));
    return dayless ? { ...plan, scope: { ...plan.scope, dayless: order } } : plan;
  }
  // "The first talk at X" where the notes give X's talks days: the first day's, said so.
  // Of one event: the "Day 1" of two events is no one day.
  const days = new Set(talks.map((talk) => `${talk.event}\u0000${talk.day ?? talk.date ?? ''}`));
  const day = talks[0]?.day ?? talks[0]?.date;
  const listedDay = days.size === 1 && day !== undefined ? { listedDay: day } : {};
  return { ...plan, scope: { ...plan.scope, listed: order, ...listedDay } };
}
