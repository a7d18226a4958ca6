import { type DayInfo, dayOf, type EventDates } from './day-date.ts';

/**
 * The day and time a story of a conference says its talks were on: "On day 2 the day started
 * with the keynote by …", "On the second day …", "On Tuesday …", "Day 2 opened with …", "At 2PM
 * Jane Doe spoke about …". A day holds for the sentences after it until another is said, as a
 * day's heading over its talks does; a time only for the sentence that says it.
 */
export function sentenceDay(sentence: string, dates: EventDates): DayInfo | undefined {
  if (!sentence.includes('day') && !sentence.includes('Day')) return undefined;
  const said = ON_DAY.exec(sentence)?.[1] ?? DAY_OPENS.exec(sentence)?.[1];
  // "On day 2": the day as a heading writes it, "Day 2".
  return said ? dayOf(`${said.charAt(0).toUpperCase()}${said.slice(1)}`, dates) : undefined;
}

/** "On day 2", "During the second day", "On Tuesday", anywhere in the sentence. */
const ON_DAY =
  /\b(?:[Oo]n|[Dd]uring)\s+((?:[Dd]ay\s+(?:\d{1,2}|one|two|three|four|five)|the\s+(?:first|second|third|fourth|fifth|last)\s+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b/;

/** "Day 2 started with …", "The second day kicked off with …": the sentence opens with the day. */
const DAY_OPENS =
  /^((?:[Dd]ay\s+(?:\d{1,2}|one|two|three|four|five)|The\s+(?:first|second|third|fourth|fifth)\s+day))\s+(?:started|began|opened|kicked|was|of)\b/;

/** "At 2PM", "at 14:30", "At 10 a.m.": the clock time a sentence says, as written. */
export function sentenceTime(sentence: string): string | undefined {
  if (!/\d/.test(sentence)) return undefined;
  return AT_CLOCK.exec(sentence)?.[1]?.trim();
}

const AT_CLOCK = /\b[Aa]t\s+(\d{1,2}(?:[:.]\d{2})?\s?[AaPp]\.?[Mm]\.?|\d{1,2}[:h]\d{2})(?![\w:])/;
