import type { ConferenceEvent, Talk } from '../model.ts';
import { type Asking, opt } from './asking.ts';
import { inClockRange } from './clock-range.ts';
import { onDay } from './dates.ts';
import { atClock, inDayPart } from './day-parts.ts';
import type { Plan } from './plan.ts';

const NONE: Plan = { kind: 'none', suggestions: [] };

/**
 * "Tuesday", "day 2", "june 15": the talks of that day. A weekday no talk was given on may be a
 * word of the notes ("Shipping on Fridays" is a title): `asWords` asks again with days read as
 * words.
 */
export function narrowToDay(
  ask: Asking,
  talks: Talk[],
  events: Map<string, ConferenceEvent>,
  asWords: () => Plan,
): Plan | undefined {
  const day = ask.question.day;
  if (!day) return undefined;
  const test = onDay(day, talks);
  ask.narrow((talk) => test(talk, events.get(talk.event)));
  const kept = ask.filtered() ?? [];
  // "Talks in april" with no talk dated then: a month so named is a date, never a word of an
  // address ("…/2016/04/…", "yodle-hackathon-april-2016"); so is "day 3" of a two-day event,
  // never the "3 days" a talk's notes say. Only a weekday may be a title's word.
  if (kept.length === 0) return day.kind === 'weekday' ? asWords() : NONE;
  const dates = new Set(kept.map((talk) => talk.date));
  const labels = new Set(kept.map((talk) => talk.day));
  const [date] = dates.size === 1 ? [...dates] : [];
  const [label] = labels.size === 1 ? [...labels] : [];
  ask.scope ??= {
    kind: 'date',
    label: label ?? day.label,
    ...opt('date', date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined),
    ...opt('event', ask.event),
  };
  return undefined;
}

/** "Morning talks", "what was on at 2pm?": the talks of that part of the day, or at that time. */
export function narrowToTime(ask: Asking): Plan | undefined {
  const { part, clock } = ask.question;
  if (part) {
    ask.narrow(inDayPart(part));
    // No talk then (or no times in the notes): "evening" is no word to search ("even").
    if (!ask.keep?.includes(1)) return NONE;
    const label = part.charAt(0).toUpperCase() + part.slice(1);
    if (ask.scope?.kind === 'date')
      ask.scope = { ...ask.scope, label: `${ask.scope.label} ${part}` };
    ask.scope ??= { kind: 'date', label, ...opt('event', ask.event) };
  }
  if (clock) {
    ask.narrow(
      clock.until === undefined ? atClock(clock.minutes) : inClockRange(clock.minutes, clock.until),
    );
    // No talk on at that time (or no times in the notes): nothing to list.
    if (!ask.keep?.includes(1)) return NONE;
    // A span is labelled as said: "at 10:00–12:00", "from 15:00", "before 10:00".
    const at = clock.until === undefined ? `at ${clock.label}` : clock.label;
    if (ask.scope?.kind === 'date') ask.scope = { ...ask.scope, label: `${ask.scope.label} ${at}` };
    ask.scope ??= { kind: 'date', label: at, ...opt('event', ask.event) };
  }
  return undefined;
}
