import type { Library } from '../model.ts';

/**
 * The years that name events in a question: "2025", an event's name with its year glued on
 * ("FOSDEM2017") or written short ("Hashiconf '17", "pycon 23"), and the years each event's
 * dates and talks are of. Read by `event-words.ts` into its table of events' words.
 */

/** The years of each event's talks' dates ("2017-07-16"), by event: one pass, no pattern per talk. */
export function talkYears(library: Library): Map<string, Set<string>> {
  const years = new Map<string, Set<string>>();
  for (const talk of library.talks) {
    const year = talk.date?.slice(0, 4);
    if (!year || talk.date?.charAt(4) !== '-' || !YEAR.test(year)) continue;
    const of = years.get(talk.event) ?? new Set<string>();
    of.add(year);
    years.set(talk.event, of);
  }
  return years;
}

/** The years an event's dates span ("2024-12-30..2025-01-02": both), as words. */
export function datedYears(event: { dates?: string }): string[] {
  const years = (event.dates ?? '').match(/\b(?:19|20)\d{2}(?=-\d{2}-\d{2})/g) ?? [];
  return [...new Set(years)];
}

/** "2025": a year as a word of a question. */
export const YEAR = /^(?:19|20)\d{2}$/;

/**
 * "FOSDEM2017", "SREcon22", a file named "pycon19-setext": a name written with its year glued on
 * is asked for as "fosdem" and "fosdem 2017" too ("pycon 2019"), so its name apart and its year
 * are its words as well. Two figures are a year of this century up to this one ("python27" is
 * no year).
 */
export function gluedYears(named: string[], thisYear = new Date().getUTCFullYear()): string[] {
  return named.flatMap((word) => {
    const glued = /^(\p{L}{3,})(\d{2}|\d{4})$/u.exec(word);
    if (!glued) return [];
    const figures = glued[2] as string;
    const year = figures.length === 4 ? figures : `20${figures}`;
    return [glued[1] as string, ...(Number(year) <= thisYear ? [year] : [])];
  });
}

/**
 * "Hashiconf '17", "JSConf ’19": a name's year written short after an apostrophe is its year
 * in full ("hashiconf 2017", "talks from 2017"), of this century.
 */
export function shortYears(name: string): string[] {
  return [...name.matchAll(/(?<![\p{L}\p{N}])['’‘](\d{2})(?![\p{L}\p{N}])/gu)].map(
    (found) => `20${found[1]}`,
  );
}

/** A year typed in two figures ("23"). */
export const SHORT_YEAR = /^\d{2}$/;

/**
 * "pycon 23", "hashiconf 17": two figures typed right after an event's name are its year, where
 * an event of that name is of that year (of this century); the events of that year.
 */
export function shortYearOf(
  word: string,
  before: Set<string> | undefined,
  table: ReadonlyMap<string, Set<string>>,
): Set<string> | undefined {
  if (!before || !SHORT_YEAR.test(word)) return undefined;
  const ofYear = table.get(`20${word}`);
  return ofYear && [...before].some((id) => ofYear.has(id)) ? ofYear : undefined;
}
