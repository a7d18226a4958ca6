import type { ConferenceEvent, Talk } from '../model.ts';
import { labelDayOrder, labelWeekday } from './label-days.ts';

/** A day named in a question: `tuesday`, `june 15`, `2016-06-15`, `day 2`, `the second day`. */
export type DayPhrase =
  | { kind: 'weekday'; weekday: number; label: string }
  | { kind: 'monthday'; month: number; day: number; label: string }
  | { kind: 'iso'; date: string; label: string }
  | { kind: 'nth'; n: number; label: string }
  /** "the last day": the latest day of each event's talks. */
  | { kind: 'last'; label: string }
  /** "in june", "last september": a month of any year (a year asked beside it narrows it). */
  | { kind: 'month'; month: number; label: string };

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const FULL_MONTH =
  '(january|february|march|april|june|july|august|september|october|november|december)';
const MONTH_OR_MAY = FULL_MONTH.replace('april|', 'april|may|');
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'];

const PATTERNS: [RegExp, (m: RegExpExecArray) => DayPhrase | undefined][] = [
  [
    /\b(\d{4})-(\d{2})-(\d{2})\b/,
    (m) => ({ kind: 'iso', date: `${m[1]}-${m[2]}-${m[3]}`, label: m[0] }),
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`),
    (m) => monthDay(m[1] as string, Number(m[2])),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?=\\s|$)`),
    (m) => monthDay(m[2] as string, Number(m[1])),
  ],
  [
    // "day 2", and as the notes' and questions' other languages say it: "Tag 2", "dzień 2",
    // "día 2", "jour 2", "giorno 2", "dag 2"; "day II" (not "day I", a sentence's "I").
    /\b(?:day|tag|dzien|dzień|dia|día|jour|giorno|dag)\s+(\d{1,2}|one|two|three|four|five|six|seven|ii|iii|iv|v|vi|vii)\b/,
    (m) => {
      const said = m[1] as string;
      if (/^\d+$/.test(said)) return nth(Number(said));
      return nth((NUMBERS.indexOf(said) + 1 || ROMAN.indexOf(said) + 1) as number);
    },
  ],
  [
    /\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th)\s+day\b/,
    (m) => nth(ORDINALS.indexOf(m[1] as string) + 1 || Number.parseInt(m[1] as string, 10)),
  ],
  [
    // 13.06.2016, 13.06.: day first, as Europeans write it.
    /\b(\d{1,2})\.(\d{1,2})\.(?:\d{4}\b)?/,
    (m) => numericDay(Number(m[2]), Number(m[1])),
  ],
  [
    // 6/14, 6/14/2016: month first, as Americans write it, unless the first number cannot be one.
    // "24/7" is all the time, no day.
    /\b(?!24\/7\b)(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?\b/,
    (m) =>
      Number(m[1]) > 12
        ? numericDay(Number(m[2]), Number(m[1]))
        : numericDay(Number(m[1]), Number(m[2])),
  ],
  [/\b(?:the\s+)?(?:last|final|closing)\s+day\b/, () => ({ kind: 'last', label: 'Last day' })],
  [
    // "in june", "last September", "june 2016": a month named in full. After "in", "during",
    // "last", before a year, or alone: "march of progress" is a title's. "May" is a verb too:
    // the month after those words ("talks in may", "may 2024"), not alone nor before a verb
    // ("this may be a silly question"). "From october" ending the question is the month, no
    // company ("anything from october?"), "from june park" a name.
    new RegExp(
      `\\b(?:in|during|last|this)\\s+${MONTH_OR_MAY}\\b(?!\\s+(?:be|have|not|help|need)\\b)|\\b${MONTH_OR_MAY}(?=\\s+(?:19|20)\\d\\d\\b)|^${FULL_MONTH}$|\\b(?:from|since)\\s+${FULL_MONTH}(?=\\s*[?!.]*\\s*$)`,
    ),
    (m) => {
      const name = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
      const month = MONTHS.indexOf(name) + 1;
      return { kind: 'month', month, label: `in ${capitalise(name)}` };
    },
  ],
  [
    /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b/,
    (m) => ({
      kind: 'weekday',
      weekday: WEEKDAYS.indexOf(m[1] as string),
      label: capitalise(m[1] as string),
    }),
  ],
  [
    // "What was on tues", "wed talks", "fri afternoon": a weekday cut short, where a day is
    // meant ("sun" and "sat" alone are words: Sun Microsystems, a SAT solver).
    /\b(?:on\s+)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s|$)|(?:^|\s)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+(?=(?:talks?|sessions?|keynotes?|morning|afternoon|evening)\b)/,
    (m) => {
      const short = (m[1] ?? m[2]) as string;
      const weekday = WEEKDAYS.findIndex((day) => day.startsWith(short.slice(0, 3)));
      return { kind: 'weekday', weekday, label: capitalise(WEEKDAYS[weekday] as string) };
    },
  ],
];

function monthDay(monthName: string, day: number): DayPhrase | undefined {
  const month = MONTHS.findIndex((name) => name.startsWith(monthName.slice(0, 3))) + 1;
  if (month === 0 || day < 1 || day > 31) return undefined;
  return {
    kind: 'monthday',
    month,
    day,
    label: `${capitalise(MONTHS[month - 1] as string)} ${day}`,
  };
}

function numericDay(month: number, day: number): DayPhrase | undefined {
  const name = MONTHS[month - 1];
  return name ? monthDay(name, day) : undefined;
}

function nth(n: number): DayPhrase | undefined {
  return n >= 1 && n <= 31 ? { kind: 'nth', n, label: `Day ${n}` } : undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The day a question names, and the (lower-cased) question without it; undefined when none. */
export function findDay(question: string): { day: DayPhrase; rest: string } | undefined {
  const text = question.toLowerCase();
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const day = read(match);
    if (!day) continue;
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    return { day, rest: rest.replace(/\b(on|from|at|during|of)\s*$/, ' ').trim() };
  }
  return undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A test of whether a talk was given on that day, by its ISO date, its day label, or its
 * event's dates ("day 2" of an event starting 2016-06-13 is 2016-06-14). Made once per question:
 * it runs over every talk. `talks` are needed for "the last day" only.
 */
export function onDay(
  day: DayPhrase,
  talks: Talk[] = [],
): (talk: Talk, event: ConferenceEvent | undefined) => boolean {
  const iso = (talk: Talk) => (talk.date && ISO.test(talk.date) ? talk.date : undefined);
  const label = (talk: Talk) =>
    ` ${[talk.day, iso(talk) ? undefined : talk.date].filter(Boolean).join(' ').toLowerCase()} `;
  switch (day.kind) {
    case 'last': {
      // Per event, its latest ISO date; for notes without dates, the last day label written.
      const latest = new Map<string, string>();
      const lastLabel = new Map<string, string>();
      for (const talk of talks) {
        const date = iso(talk);
        if (date && date > (latest.get(talk.event) ?? '')) latest.set(talk.event, date);
        const label = talk.day ?? talk.date;
        if (!date && label) lastLabel.set(talk.event, label);
      }
      return (talk) => {
        const date = latest.get(talk.event);
        if (date) return iso(talk) === date;
        const label = talk.day ?? talk.date;
        return label !== undefined && lastLabel.get(talk.event) === label;
      };
    }
    case 'iso':
      return (talk) => iso(talk) === day.date;
    case 'weekday': {
      const name = WEEKDAYS[day.weekday] as string;
      return (talk) => {
        const date = iso(talk);
        if (date) return new Date(`${date}T00:00:00Z`).getUTCDay() === day.weekday;
        // A label in the notes' language: `Jeudi` is Thursday.
        return label(talk).includes(name) || (!!talk.day && labelWeekday(talk.day) === day.weekday);
      };
    }
    case 'monthday': {
      const month = (MONTHS[day.month - 1] as string).slice(0, 3);
      const written = new RegExp(
        `\\b${month}[a-z]*\\.?\\s+${day.day}\\b|\\b${day.day}(st|nd|rd|th)?\\s+(of\\s+)?${month}`,
      );
      return (talk) => {
        const date = iso(talk);
        if (date)
          return Number(date.slice(5, 7)) === day.month && Number(date.slice(8)) === day.day;
        return written.test(label(talk));
      };
    }
    case 'month': {
      const name = (MONTHS[day.month - 1] as string).slice(0, 3);
      return (talk, event) => {
        // The talk's date, else its event's days: 30 March – 3 April is in both months.
        const date = iso(talk);
        if (date) return Number(date.slice(5, 7)) === day.month;
        const span = /^(\d{4})-(\d{2})-\d{2}(?:\.\.(\d{4})-(\d{2})-\d{2})?/.exec(
          event?.dates ?? '',
        );
        if (!span) return label(talk).includes(name);
        const from = Number(span[1]) * 12 + Number(span[2]) - 1;
        const to = span[3] ? Number(span[3]) * 12 + Number(span[4]) - 1 : from;
        for (let month = from; month <= Math.min(to, from + 12); month++)
          if ((month % 12) + 1 === day.month) return true;
        return false;
      };
    }
    case 'nth': {
      const named = new RegExp(
        `\\b(?:day|tag|dzie[nń]|d[ií]a|jour|giorno|dag)\\s*(${day.n}|${NUMBERS[day.n - 1] ?? '-'})\\b|\\b(${ORDINALS[day.n - 1] ?? '-'})\\s+day\\b`,
      );
      const placeOf = labelDayOrder(talks);
      return (talk, event) => {
        if (named.test(label(talk)) || placeOf(talk) === day.n) return true;
        const date = iso(talk);
        const start = /^(\d{4}-\d{2}-\d{2})/.exec(event?.dates ?? '')?.[1];
        if (!date || !start) return false;
        const days =
          (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86400000;
        return days === day.n - 1;
      };
    }
  }
}
