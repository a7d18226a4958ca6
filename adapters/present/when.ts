import type { TalkDetail } from '../../src/answer.ts';

/**
 * Dates and times as people read them: `Wed 15 June 2016, 2:55–3:45 pm`. Intl does the names
 * and the clock; the notes' ISO dates are calendar days, so they are read and shown in UTC.
 */
const DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
// h12 rather than hour12: en-GB with hour12 writes half past noon as "0:30 pm".
const CLOCK = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'UTC',
});

/** `2016-06-15` → `Wed 15 June 2016`; anything else is shown as the author wrote it. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return date.trim();
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime()) || day.getUTCDate() !== Number(match[3])) return date.trim();
  return DAY.formatToParts(day)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

const CLOCK_TIME = /(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?/i;
const TIME_RANGE =
  /^\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:-|–|—|to)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*$/i;

/** `2:55pm-3:45pm` → `2:55–3:45 pm`, `10:35am-11:25am` → `10:35–11:25 am`; unknown shapes as written. */
export function formatTime(time: string): string {
  const range = TIME_RANGE.exec(time);
  // "1:00-2:00": without am or pm, a 24-hour hour or a leading zero, 1:00 may be 13:00.
  const ambiguous = (hour: string) => !/^0/.test(hour.trim()) && Number.parseInt(hour, 10) <= 12;
  if (
    range?.[1] &&
    range[2] &&
    !/[ap]\.?m/i.test(time) &&
    ambiguous(range[1]) &&
    ambiguous(range[2])
  )
    return `${range[1].trim()}–${range[2].trim()}`;
  if (range?.[1] && range[2]) {
    const endSuffix = /([ap])\.?m/i.exec(range[2])?.[1];
    const start = clock(range[1], endSuffix);
    const end = clock(range[2]);
    if (start && end && start <= end) {
      return plainSpaces(CLOCK.formatRange(start, end)).replace(/\s*–\s*/, '–');
    }
  }
  const single = clock(time.trim());
  if (single && CLOCK_TIME.exec(time)?.[0].length === time.trim().length) {
    return plainSpaces(CLOCK.format(single));
  }
  return time.trim();
}

/** A time of day as a UTC instant on day 0, in 24 h or with am/pm (`inherit` for `2:55-3:45pm`). */
function clock(text: string, inherit?: string): Date | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = (match[3] ?? inherit)?.toLowerCase();
  if (minute > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return undefined;
  if (!half && match[2] === undefined) return undefined;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return new Date(Date.UTC(1970, 0, 1, hour, minute));
}

/**
 * When and where in the programme: `Wed 15 June 2016, 2:55–3:45 pm · Room 3B · Microservices and
 * Monoliths track`. A time never stands alone: without a date it takes the day as the notes name it
 * (`Day 2`), else it says the day is not recorded.
 */
export function whenText(
  talk: Pick<TalkDetail, 'date' | 'day' | 'time' | 'track' | 'room'>,
): string {
  const day = talk.date?.trim()
    ? formatDate(talk.date)
    : talk.day?.trim()
      ? talk.day.trim()
      : undefined;
  const time = talk.time?.trim() ? formatTime(talk.time) : undefined;
  const moment = day && time ? `${day}, ${time}` : time ? `${time} (day not recorded)` : day;
  const room = talk.room?.trim() || undefined;
  // A schedule grid's column "Hall A" is the talk's room and its track: said once.
  const track =
    talk.track?.trim() && talk.track.trim() !== room ? `${talk.track.trim()} track` : undefined;
  return [moment, room, track].filter(Boolean).join(' · ');
}

/** ICU writes a narrow no-break space before "pm"; chat clients and tests expect a plain one. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}
