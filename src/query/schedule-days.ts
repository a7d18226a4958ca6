import type { Talk } from '../model.ts';

/**
 * The days of a schedule as the notes give them: a talk's day (a date, or "Day 2"), its list in
 * the notes (its event's, or its day's), and the day an untimed event starts or ends on.
 */

/** The day the notes put a talk on (its date, else the day they name), if any. */
export function dayOf(talk: Talk): string | undefined {
  return talk.date ?? talk.day;
}

/**
 * Of each untimed event among talks in schedule order from one end, the day of its first talk
 * there, where the notes give its talks days: "the first talk at X" is of X's first day.
 */
export function untimedEndDays(fromEnd: Talk[], untimed: Set<string>): Map<string, string> {
  const days = new Map<string, string>();
  for (const talk of fromEnd) {
    const day = dayOf(talk);
    if (untimed.has(talk.event) && day !== undefined && !days.has(talk.event))
      days.set(talk.event, day);
  }
  return days;
}

/**
 * A talk's list in the notes: its event's, its day's where the notes group talks by day or give
 * their dates (a day of one untimed talk among timed days is a list of one).
 */
export function placeKey(talk: Talk): string {
  return `${talk.event}\u0000${dayOf(talk) ?? ''}`;
}
