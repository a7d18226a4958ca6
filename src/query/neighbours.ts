import type { Talk } from '../model.ts';
import { type Asked, opt } from './asking.ts';
import { echoing, type Plan } from './plan.ts';
import { context, type Schedule } from './schedule-order.ts';

const NONE: Plan = { kind: 'none', suggestions: [] };

/** The talk some words name (the best match), if any. */
function named(words: string, read: (words: string) => Plan): Talk | undefined {
  const plan = read(words);
  return plan.kind === 'talks' ? plan.talks(1)[0] : undefined;
}

/**
 * "What came after the rust talk", "who spoke after Priya on day 1": the talk named, then its
 * neighbour in the schedule. The words around ("on day 1") tell which of a speaker's talks.
 */
export function nextTo(
  asked: Asked,
  next: { side: 'after' | 'before'; target: string; around: string },
  schedule: Schedule,
  read: (words: string) => Plan,
): Plan {
  const around = context(next.around);
  const talk = (around && named(`${next.target} ${around}`, read)) || named(next.target, read);
  const neighbour = talk && schedule.next(talk, next.side);
  if (!neighbour) return NONE;
  return {
    kind: 'talks',
    scope: echoing(asked.text, asked.event),
    total: 1,
    talks: () => [neighbour],
  };
}

/** "What was on the same day as the keynote at kubesummit": the other talks of that day. */
export function sameDay(
  asked: Asked,
  target: string,
  schedule: Schedule,
  read: (words: string) => Plan,
): Plan {
  const talk = named(target, read);
  const others = talk ? schedule.sameDay(talk) : [];
  if (!talk || others.length === 0) return NONE;
  const date = talk.date && /^\d{4}-\d{2}-\d{2}$/.test(talk.date) ? talk.date : undefined;
  return {
    kind: 'talks',
    scope: {
      kind: 'date',
      label: talk.day ?? talk.date ?? '',
      ...opt('date', date),
      ...opt('event', asked.event),
    },
    total: others.length,
    talks: (end) => others.slice(0, end),
  };
}
