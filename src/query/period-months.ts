import type { Library } from '../model.ts';
import { MONTHS } from './dates.ts';

/** What the notes say of their talks' months: the years whose talks have one, and any at all. */
export interface MonthsKnown {
  /** Years some talk of which the notes give a month (by its date, or its event's dates). */
  years: Set<string>;
  /** Whether any talk has a month, of a year known or not ("June 14" of an undated event). */
  any: boolean;
}

const knownByLibrary = new WeakMap<Library, Map<string, MonthsKnown>>();

/** A month's name (its first three letters) in a day label: "june 14", "14 sept". */
const MONTH_IN = new RegExp(`\\b(?:${MONTHS.map((name) => name.slice(0, 3)).join('|')})`, 'i');
const ISO_MONTH = /^(\d{4})-\d{2}/;
const YEAR_IN = /(?:19|20)\d{2}/;

/**
 * The years the notes date talks (of the event asked about) by their month, read once per
 * library and event: "talks in september 2024" over notes that give years only is answered as
 * such, never as if another month of theirs had talks.
 */
export function monthsKnown(library: Library, event: string | undefined): MonthsKnown {
  let byEvent = knownByLibrary.get(library);
  if (!byEvent) {
    byEvent = new Map();
    knownByLibrary.set(library, byEvent);
  }
  const key = event ?? '';
  let known = byEvent.get(key);
  if (known) return known;
  known = { years: new Set(), any: false };
  const events = new Map(library.events.map((e) => [e.id, e]));
  for (const talk of library.talks) {
    if (event && talk.event !== event) continue;
    const of = events.get(talk.event);
    const dated = ISO_MONTH.exec(talk.date ?? '') ?? ISO_MONTH.exec(of?.dates ?? '');
    if (dated?.[1]) {
      known.years.add(dated[1]);
      known.any = true;
    } else if (MONTH_IN.test(`${talk.day ?? ''} ${talk.date ?? ''}`)) {
      known.any = true;
      const year = YEAR_IN.exec(`${of?.name ?? ''} ${talk.event}`)?.[0];
      if (year) known.years.add(year);
    }
  }
  byEvent.set(key, known);
  return known;
}
