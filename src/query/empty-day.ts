import type { Library, Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { findClockRange } from './clock-range.ts';
import { WEEKDAYS } from './dates.ts';
import { findClock, findDayPart } from './day-parts.ts';
import type { Plan } from './plan.ts';
import type { QueryReader } from './query-words.ts';
import { clean, spanLess } from './relax-filters.ts';
import { understand } from './understand.ts';

/** What the reading of an empty day needs of the `Resolver`. */
export interface DaySteps {
  read(text: string, event: string | undefined): Plan;
  readonly library: Library;
  readonly reader: QueryReader;
}

/** Most days offered where the day asked has no talk. */
const OFFERED = 5;

/**
 * "Talks on tuesday afternoon", "anything on thursday?", "day 5", "between 10 and 12 on
 * wednesday": a day (with a part of it or a time) and nothing else, where no talk is. With a
 * part or a time, the day's own talks, said to match without it ("… without “afternoon”"); a
 * day no talk is on is said to be so, offering the days the notes have, never a bare "no match".
 * Undefined where the question asks more than a day (`relaxed` reads those) or no day.
 */
export function emptyDay(
  text: string,
  event: string | undefined,
  steps: DaySteps,
): Plan | undefined {
  const question = understand(text);
  if (!question.day || steps.reader.queryWords(question.rest).length > 0) return undefined;
  if (question.part || question.clock) {
    // "The talk right after lunch on day 2": "right" goes with the time left out.
    const typed = clean(fold(text)).replace(
      /\b(?:right|just|immediately|straight)\s+(?=(?:before|after)\s+(?:the\s+)?lunch\b)/,
      '',
    );
    let rest = typed;
    for (const find of [findClockRange, findClock, findDayPart]) rest = find(rest)?.rest ?? rest;
    const less = spanLess(typed.split(' '), rest.replace(/\s+/g, ' ').trim().split(' '));
    const day = less && steps.read(less.text, event);
    if (less && day?.kind === 'talks' && day.total > 0)
      return { ...day, scope: { ...day.scope, dropped: less.dropped } };
  }
  // "Talks on day 2" over notes that date no talk (of the event asked about): why, not "no talk
  // is on that day", as if another day had some.
  const dated = steps.library.talks.some(
    (talk) => (!event || talk.event === event) && (talk.date || talk.day),
  );
  if (!dated) return { kind: 'none', suggestions: [], unknown: 'dates' };
  return { kind: 'none', suggestions: daysOf(steps.library, event), unknown: 'days' };
}

/** The days the notes give talks (of the event asked about), as questions: "talks on tuesday". */
function daysOf(library: Library, event: string | undefined): string[] {
  const talks = library.talks.filter((talk) => !event || talk.event === event);
  const dates = [...new Set(talks.flatMap((talk) => isoOf(talk) ?? []))].sort();
  const weekdays = dates.map((date) => WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]);
  // A weekday of two dates (two events' Tuesdays) is no one day: their dates are.
  const asked = new Set(weekdays).size === weekdays.length ? (weekdays as string[]) : dates;
  if (asked.length > 0) return asked.slice(0, OFFERED).map((day) => `talks on ${day}`);
  const named = [...new Set(talks.flatMap((talk) => (talk.day ? [fold(talk.day)] : [])))];
  return named.slice(0, OFFERED).map((day) => `talks on ${day}`);
}

function isoOf(talk: Talk): string | undefined {
  return talk.date && /^\d{4}-\d{2}-\d{2}$/.test(talk.date) ? talk.date : undefined;
}
