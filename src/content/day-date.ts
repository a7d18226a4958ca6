/**
 * Headings that name a day of the conference ("Day 2", "Tuesday, June 14", "2016-06-14") and the
 * ISO date they mean, resolved with the year (and first day) the front matter gives.
 */
export interface DayInfo {
  /** The heading as written. */
  day: string;
  /** ISO YYYY-MM-DD, when it can be known. */
  date?: string;
}

export interface EventDates {
  /** ISO first day, when the front matter gives one. */
  start?: string;
  end?: string;
  year?: number;
}

import { DAY_NAMES } from '../day-names.ts';
import { withoutAccents } from '../text.ts';
import { cjkDay } from './cjk-dates.ts';
import { worldDay } from './world-days.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ORDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];
/** A month's English name or its abbreviation, whole: "Martes" (Tuesday) and "Marketing" are none. */
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const WEEKDAY = '(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?';

/** The word "day" in the languages notes are written in: "Day 2", "Jour 2", "Tag 2", "Día 2", "Dag 2". */
/** A folder named for a day of the week (`Tuesday/`, `2-wednesday/`): a day of the conference. */
export const WEEKDAY_FOLDER = '(?:\\d{1,2}[-_ ])?(?:mon|tues|wednes|thurs|fri|satur|sun)day';

export const DAY_WORD = 'day|jour|tag|d[ií]a|giorno|dag|dzie[nń]|день';

const DAY_N = new RegExp(
  `^(?:conference |workshop )?(?:${DAY_WORD})\\s*(\\d{1,2}|one|two|three|four|five|six|seven)(?![\\p{L}\\p{N}])`,
  'iu',
);
const ISO = /^(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_FIRST = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
  'i',
);
const CJK_DAY = /^(?:第([一二三四五六七\d])天|([1-7])日目)(?![\p{L}\p{N}])/u;
const CJK_NUMBERS = '一二三四五六七';

const DAY_FIRST = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?`,
  'i',
);
/** "Tuesday", "Tuesday talks", "Thursday sessions:": a weekday, maybe with the word for its talks. */
const WEEKDAY_ONLY = new RegExp(
  `^${WEEKDAY}(?:\\s+(?:talks|sessions|presentations|keynotes))?\\s*(?:$|[:,–—(-])`,
  'i',
);
const COUNTED = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const COUNTED_DAY = /^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh)\s+day\b/i;
/** A weekday in another language, Monday first ("jeudi", "Giovedì", "segunda"), from the shared names. */
const FOREIGN_WEEKDAYS = [0, 1, 2, 3, 4, 5, 6].map(
  (i) =>
    new RegExp(
      `^(?:${Object.values(DAY_NAMES)
        .map((names) => (names.weekdays[i] as string).replace('-feira', '(?:-feira)?'))
        .join('|')})$`,
    ),
);
const FOREIGN_WEEKDAY = /^(\p{L}+(?:-feira)?)\s*(?:$|[:,–—(-]|\d)/iu;
/** A month in another language, January first: "juni", "junio", "czerwca". */
const FOREIGN_MONTHS = Object.values(DAY_NAMES).flatMap((names) =>
  names.months.map((month, i) => [month, i + 1] as const),
);
const FOREIGN_MONTH_NUMBER = new Map(
  FOREIGN_MONTHS.flatMap(([month, n]) => month.split('|').map((name) => [name, n] as const)),
);
/** "14. Juni", "14 juin 2024", "14 de junio", "14 czerwca": a date written day first, folded. */
const FOREIGN_DATE = new RegExp(
  `^(?:\\p{L}+(?:-feira)?,?\\s+)?(\\d{1,2})(?:\\.|er)?\\s+(?:de\\s+)?(${[...FOREIGN_MONTH_NUMBER.keys()].join('|')})(?![\\p{L}])(?:\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b)?`,
  'u',
);

/** The day a heading names, or undefined when it names something else. */
export function dayOf(heading: string, dates: EventDates): DayInfo | undefined {
  const text = heading.trim();
  // "第二天" (the second day), "2日目": counted in Chinese or Japanese.
  const cjk = CJK_DAY.exec(text);
  if (cjk) {
    const number = cjk[1] ?? cjk[2] ?? '';
    const n = /^\d+$/.test(number) ? Number(number) : CJK_NUMBERS.indexOf(number) + 1;
    if (n >= 1) return withDate(text, dates.start ? addDays(dates.start, n - 1) : undefined);
  }
  const east = cjkDay(text, dates);
  if (east) return east;
  // "1. Gün", "दिन 2", "اليوم الأول": counted in Turkish, Hindi or Arabic.
  const world = worldDay(text);
  if (world !== undefined && world >= 1)
    return withDate(text, dates.start ? addDays(dates.start, world - 1) : undefined);
  // "First day", "The second day", "Day one": counted in words.
  const counted = COUNTED_DAY.exec(text);
  if (counted?.[1]) {
    const n = COUNTED.indexOf(counted[1].toLowerCase()) + 1;
    return withDate(text, dates.start && n >= 1 ? addDays(dates.start, n - 1) : undefined);
  }
  const dayN = DAY_N.exec(text);
  if (dayN?.[1]) {
    const n = /^\d+$/.test(dayN[1]) ? Number(dayN[1]) : ORDINALS.indexOf(dayN[1].toLowerCase()) + 1;
    if (dates.start && n >= 1) return withDate(text, addDays(dates.start, n - 1));
    // "Day 1 — Wed 12 Mar": the date written after the count, where the first day is not known.
    const rest = text.slice(dayN[0].length).replace(/^[\s,:;–—(-]+/, '');
    const written = /\d/.test(rest) ? dayOf(rest, dates) : undefined;
    return withDate(text, written?.date);
  }
  const iso = ISO.exec(text);
  if (iso) return withDate(text, validDate(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const [, , month, day, year] = monthFirst;
    return withDate(text, resolve(month, day, year, dates));
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, , day, month, year] = dayFirst;
    return withDate(text, resolve(month, day, year, dates));
  }
  const weekday = WEEKDAY_ONLY.exec(text);
  if (weekday?.[1]) {
    // "Tuesday talks": the day is Tuesday.
    const day = text.replace(
      /\s+(?:talks|sessions|presentations|keynotes)(?=\s*(?:$|[:,–—(-])).*$/i,
      '',
    );
    return withDate(day, weekdayInRange(weekday[1].slice(0, 3).toLowerCase(), dates));
  }
  // "Jeudi", "Giovedì", "Donnerstag", "Jueves": a weekday in another language.
  const other = FOREIGN_WEEKDAY.exec(text);
  const folded = other ? withoutAccents(other[1] ?? '') : '';
  const index = FOREIGN_WEEKDAYS.findIndex((names) => names.test(folded));
  // "Donnerstag, 14. Juni", "14 de junio de 2024": a date in another language.
  const foreign = FOREIGN_DATE.exec(withoutAccents(text));
  if (foreign && (index >= 0 || !other || /^\d/.test(text))) {
    const [, day, month, year] = foreign;
    const date = monthDate(FOREIGN_MONTH_NUMBER.get(month ?? ''), day, year, dates);
    if (date) return withDate(text, date);
  }
  if (other && index >= 0)
    return withDate(text, weekdayInRange(WEEKDAYS[(index + 1) % 7] as string, dates));
  return undefined;
}

function withDate(day: string, date: string | undefined): DayInfo {
  return date ? { day, date } : { day };
}

function resolve(
  month: string | undefined,
  day: string | undefined,
  year: string | undefined,
  dates: EventDates,
): string | undefined {
  return monthDate(MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase()) + 1, day, year, dates);
}

/** Month `m` (1–12), day and year as written, the year from the event's dates when not. */
function monthDate(
  m: number | undefined,
  day: string | undefined,
  year: string | undefined,
  dates: EventDates,
): string | undefined {
  const y = year ? Number(year) : dates.year;
  return y && m && m > 0 ? validDate(y, m, Number(day)) : undefined;
}

export function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "Tuesday" within the event's dates: the one Tuesday in a conference week. */
function weekdayInRange(weekday: string, dates: EventDates): string | undefined {
  if (!dates.start) return undefined;
  const end = dates.end ?? addDays(dates.start, 6);
  for (let day = dates.start, i = 0; day <= end && i < 14; day = addDays(day, 1), i++) {
    if (WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] === weekday) return day;
  }
  return undefined;
}

/** First day, last day and year from front matter values: `2016-06-13..2016-06-17`, a Date. */
export function eventDates(...values: unknown[]): EventDates {
  for (const value of values) {
    const text =
      value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === 'string' || typeof value === 'number'
          ? String(value)
          : '';
    const isoDates = text.match(/\d{4}-\d{2}-\d{2}/g);
    if (isoDates?.[0]) {
      const start = isoDates[0];
      const result: EventDates = { start, year: Number(start.slice(0, 4)) };
      if (isoDates[1]) result.end = isoDates[1];
      return result;
    }
    const written = writtenRange(text);
    if (written) return written;
    const year = /\b(19|20)\d{2}\b/.exec(text);
    if (year) return { year: Number(year[0]) };
  }
  return {};
}

/** "April 7–8, 2025", "March 30 – April 3, 2025", "7–8 April 2025", "12 Mar 2025". */
const MONTH_RANGE = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[–—-]|to|until)\\s*(?:${MONTH}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+((?:19|20)\\d{2})\\b`,
  'i',
);
const DAY_RANGE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:${MONTH})?\\s*(?:[–—-]|to|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+${MONTH}\\s+((?:19|20)\\d{2})\\b`,
  'i',
);

function writtenRange(text: string): EventDates | undefined {
  if (text.length > 200) return undefined;
  const first = MONTH_RANGE.exec(text);
  if (first) {
    const [, month, day, toMonth, toDay, year] = first;
    const start = resolve(month, day, year, {});
    const end = toDay ? resolve(toMonth ?? month, toDay, year, {}) : undefined;
    if (start) return { start, ...(end && end > start ? { end } : {}), year: Number(year) };
  }
  const second = DAY_RANGE.exec(text);
  if (second) {
    const [, day, fromMonth, toDay, month, year] = second;
    const start = resolve(fromMonth ?? month, day, year, {});
    const end = toDay ? resolve(month, toDay, year, {}) : undefined;
    if (start) return { start, ...(end && end > start ? { end } : {}), year: Number(year) };
  }
  return undefined;
}

/** A range without its year: "Oct 4–5", "from March 30 to April 3", "1–4 April", "6–10 October". */
const MONTH_SPAN = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[–—-]|to|until|through)\\s*(?:${MONTH}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
  'i',
);
const DAY_SPAN = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?${MONTH})?\\s*(?:[–—-]|to|until|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
  'i',
);
/** Longest span of days read as an event's dates. */
const EVENT_DAYS_MAX = 14;

/**
 * The event's first and last day as the post's opening words give them ("I attended EuroSysML
 * 2025 in Lisbon from March 30 to April 3", "(Oct 4–5)", "(6–10 October 2025)"): a span of days,
 * of the year written there or `year`. A single day, or a span longer than two weeks, is none.
 */
export function datesInProse(text: string, year: number | undefined): EventDates | undefined {
  const line = text.slice(0, 600);
  const first = MONTH_SPAN.exec(line);
  if (first) {
    const [, month, day, toMonth, toDay, written] = first;
    const y = written ? Number(written) : year;
    const found = y
      ? span(resolve(month, day, String(y), {}), resolve(toMonth ?? month, toDay, String(y), {}))
      : undefined;
    if (found) return found;
  }
  const second = DAY_SPAN.exec(line);
  if (second) {
    const [, day, fromMonth, toDay, month, written] = second;
    const y = written ? Number(written) : year;
    return y
      ? span(resolve(fromMonth ?? month, day, String(y), {}), resolve(month, toDay, String(y), {}))
      : undefined;
  }
  return undefined;
}

function span(start: string | undefined, end: string | undefined): EventDates | undefined {
  if (!start || !end || end <= start) return undefined;
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  return days < EVENT_DAYS_MAX ? { start, end, year: Number(start.slice(0, 4)) } : undefined;
}
