import type { Talk } from '../model.ts';
import { type Asked, opt } from './asking.ts';
import { context } from './order-words.ts';
import { echoing, type Plan } from './plan.ts';
import type { Schedule } from './schedule-order.ts';

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
  titled: (words: string) => Talk | undefined = () => undefined,
): Plan {
  const around = context(next.around);
  // "Before the closing panel": a talk titled so is that talk, whatever "closing" says alone.
  const talk =
    titled(next.target) ??
    ((around && named(`${next.target} ${around}`, read)) || named(next.target, read));
  if (!talk) return NONE;
  const timed = schedule.next(talk, next.side);
  const neighbour = timed ?? inNotesOrder(talk, next.side, schedule);
  // Where the notes give no times, the neighbour is the notes' order's, and the answer says so.
  if (neighbour)
    return {
      kind: 'talks',
      scope: {
        ...echoing(asked.text, asked.event),
        ...(timed ? {} : { listed: 'first' as const }),
      },
      total: 1,
      talks: () => [neighbour],
    };
  // "Right before the postgres talk" when it opened its day: that talk, said to be the first
  // (in the notes' order of its day, where they give no times).
  if (!schedule.timed(talk) && dayOf(talk, schedule).length === 0) return NONE;
  const edge = next.side === 'before' ? 'first' : 'last';
  return {
    kind: 'talks',
    scope: { ...echoing(asked.text, asked.event), edge },
    total: 1,
    talks: () => [talk],
  };
}

/**
 * "What came before the heroku talk" where the notes give it no time: its neighbour in the
 * notes' order of its day, as the first and last talks of notes without times are read.
 */
function inNotesOrder(talk: Talk, side: 'after' | 'before', schedule: Schedule): Talk | undefined {
  if (schedule.timed(talk)) return undefined;
  const day = schedule.ordered([talk, ...dayOf(talk, schedule)]);
  return day[day.indexOf(talk) + (side === 'after' ? 1 : -1)];
}

/**
 * The other talks of a talk's day; where the notes give none of its event's talks a day, the
 * event's other talks, in the notes' order (the answer says the order is the notes').
 */
function dayOf(talk: Talk, schedule: Schedule): Talk[] {
  const day = schedule.sameDay(talk);
  return day.length > 0 ? day : schedule.undated(talk);
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
