import { type DayInfo, type EventDates, validDate } from './day-date.ts';

/**
 * Days as Korean, Japanese and Chinese posts head them: "3월 1일", "3月1日（木）", "2018年3月1日",
 * and "当日" (the day itself, in a report on a one-day conference with its eve before it).
 */

/** "2018년 3월 1일 (목)", "3月1日(木)": the whole heading is the date and maybe its weekday. */
const CJK_DATE =
  /^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[（(][^()（）]{1,4}[)）])?\s*$/u;
/** "当日", "カンファレンス当日": the conference's day, named as such. */
const THE_DAY = /^(?:カンファレンス|イベント|本編)?当日$/u;

/** The day such a heading names, dated where the year (or the one day) is known. */
export function cjkDay(text: string, dates: EventDates): DayInfo | undefined {
  const first = text.charCodeAt(0);
  // A cheap look before the regexps: a digit or "当"/"カ"/"イ"/"本" must open such a heading.
  if (!(first >= 0x30 && first <= 0x39) && first < 0x3000) return undefined;
  const date = CJK_DATE.exec(text);
  if (date) {
    const year = date[1] ? Number(date[1]) : dates.year;
    const iso = year ? validDate(year, Number(date[2]), Number(date[3])) : undefined;
    return iso ? { day: text, date: iso } : { day: text };
  }
  if (THE_DAY.test(text)) {
    const one = dates.start && (!dates.end || dates.end === dates.start) ? dates.start : undefined;
    return one ? { day: text, date: one } : { day: text };
  }
  return undefined;
}
