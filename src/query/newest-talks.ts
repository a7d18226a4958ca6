import type { Talk } from '../model.ts';
import type { Order } from './order-words.ts';
import type { Schedule } from './schedule-order.ts';

/**
 * "The newest talk", "latest talks", "recent talks", "the oldest kafka talk": of the talks asked
 * about, those of the newest (or oldest) event by its dates, not the first or last of each
 * event; one talk (its last, or first) where one is asked for, else all of them in the
 * schedule's order.
 */
export function acrossEvents(
  talks: Talk[],
  order: Order,
  asked: 'one' | 'all',
  schedule: Schedule,
): Talk[] {
  const inOrder = schedule.ordered(talks);
  const end = order === 'last' ? inOrder.at(-1) : inOrder[0];
  if (!end) return [];
  return asked === 'one' ? [end] : inOrder.filter((talk) => talk.event === end.event);
}
