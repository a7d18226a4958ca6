import { LRUCache } from 'lru-cache';
import { DAY_NAMES } from '../day-names.ts';
import type { Talk } from '../model.ts';
import { withoutAccents } from '../text.ts';

/**
 * Days the notes name by a weekday only, in the language they are written in: a post's
 * `Jeudi` and `Vendredi` (no date anywhere) are Thursday and Friday, so "talks on thursday",
 * "jeudi" and "friday talks" find them; and they are the event's first and second days, in the
 * order the notes give them, so "day 2" and "the first day" do too.
 */

/** Monday first, as `DAY_NAMES` has them. */
const ENGLISH = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');

/** Per weekday (Sunday 0 … Saturday 6), its names in every language, as one whole-word test. */
const NAMED: RegExp[] = ENGLISH.map((english, monday) => {
  const names = [english, ...Object.values(DAY_NAMES).map((language) => language.weekdays[monday])];
  return new RegExp(`(?<![\\p{L}-])(?:${names.join('|')})(?![\\p{L}-])`, 'u');
});
const SUNDAY_FIRST = [6, 0, 1, 2, 3, 4, 5].map((monday) => NAMED[monday] as RegExp);

/**
 * Read labels: a weekday question tests every talk's label, and an archive has few of them
 * (its days), so each is folded and tried against the seven patterns once, not once per talk.
 */
const read = new LRUCache<string, { weekday: number | undefined }>({ max: 1_000 });

/** The weekday (Sunday 0 … Saturday 6) a day label names, in any language of the notes. */
export function labelWeekday(label: string): number | undefined {
  let known = read.get(label);
  if (!known) {
    const folded = withoutAccents(label);
    const weekday = SUNDAY_FIRST.findIndex((named) => named.test(folded));
    known = { weekday: weekday < 0 ? undefined : weekday };
    read.set(label, known);
  }
  return known.weekday;
}

/** Per library's talks, the order of its days: worked out on the first "day N" asked. */
const orders = new WeakMap<readonly Talk[], (talk: Talk) => number | undefined>();

/**
 * The place (1, 2, …) of a talk's day among its event's days, where the notes name those days
 * only by weekdays and give no date: the order the labels are first written in. Undefined for a
 * talk with a date, or of an event with a label that is no weekday ("Day 2", "Workshops").
 */
export function labelDayOrder(talks: readonly Talk[]): (talk: Talk) => number | undefined {
  let order = orders.get(talks);
  if (!order) {
    order = dayOrder(talks);
    orders.set(talks, order);
  }
  return order;
}

function dayOrder(talks: readonly Talk[]): (talk: Talk) => number | undefined {
  const days = new Map<string, string[] | undefined>();
  for (const talk of talks) {
    if (!talk.day || /^\d{4}-\d{2}-\d{2}$/.test(talk.date ?? '')) continue;
    if (!days.has(talk.event)) days.set(talk.event, []);
    const labels = days.get(talk.event);
    if (!labels) continue;
    if (labelWeekday(talk.day) === undefined) days.set(talk.event, undefined);
    else if (!labels.includes(talk.day)) labels.push(talk.day);
  }
  return (talk) => {
    const place = talk.day ? days.get(talk.event)?.indexOf(talk.day) : undefined;
    return place === undefined || place < 0 ? undefined : place + 1;
  };
}
