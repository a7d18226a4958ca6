import type { DayPart, Talk } from '../model.ts';

/** A part of the day named in a question: "morning talks", "tuesday afternoon". */
export type { DayPart };

const PART = /\b(morning|afternoon|evening)s?\b/;
/** "After lunch", "before lunch": the afternoon, the morning. */
const LUNCH = /\b(after|before)\s+(?:the\s+)?lunch(?:\s*break)?\b/;

/** The part of the day a question names, and the question without it. */
export function findDayPart(text: string): { part: DayPart; rest: string } | undefined {
  const lunch = LUNCH.exec(text);
  const match = lunch ?? PART.exec(text);
  if (!match) return undefined;
  const part = lunch ? (lunch[1] === 'after' ? 'afternoon' : 'morning') : (match[1] as DayPart);
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return {
    part,
    rest: rest.replace(/\b(in|on|at|during|the|this)(\s+the)?\s*$/, ' ').trim(),
  };
}

/**
 * Whether a talk started in that part of the day, by the start of its time ("10:35am-11:25am",
 * "14:00"): before noon, before five, after. A talk without a time is in the part of the day its
 * notes put it in (`## Afternoon` over it, "After lunch, …"), else in none.
 */
export function inDayPart(part: DayPart): (talk: Talk) => boolean {
  return (talk) => {
    const start = /^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?m?\b/i.exec(talk.time ?? '');
    if (!start) return talk.part === part;
    let hour = Number(start[1]);
    const half = start[3]?.toLowerCase();
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    if (hour > 23) return false;
    if (part === 'morning') return hour < 12;
    if (part === 'afternoon') return hour >= 12 && hour < 17;
    return hour >= 17;
  };
}

/**
 * "at 10:30", "10am", "at 2:15 pm", "14h00": a time of day a question names. "1.25" or "at 11"
 * alone are not (a version, a count).
 */
const CLOCK =
  /\b(?:(?:at|around|from|starting at)\s+)?(\d{1,2})(?:[:h](\d{2})\s*(?:([ap])\.?m\b\.?)?|(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?)/i;

/** The time of day a question names, in minutes after midnight, and the question without it. */
export function findClock(
  text: string,
): { minutes: number; label: string; rest: string } | undefined {
  // "à 14h", "at 9h": the French hour with no minutes, after a word that says a time follows.
  // ("A 2h talk" is a length: "a" is French "à" only before no kind of talk.)
  text = text.replace(
    /\b(at|a|vers|around|from|des)\s+(\d{1,2})h(?![\p{L}\p{N}])(?!\s*(?:talks?|sessions?|workshops?|videos?|long)\b)/gu,
    '$1 $2:00',
  );
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const half = match[3] ?? match[5];
  const read = toMinutes(match[1], match[2] ?? match[4], half);
  if (read === undefined) return undefined;
  const minutes = half ? read : afternoonHour(match[1] as string, read);
  const label = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return { minutes, label, rest: rest.replace(/\s+/g, ' ').trim() };
}

/**
 * "At 2:55", "after 3:30" with no am or pm: a schedule's hour before 8 written with one digit is
 * the afternoon's ("07:30", with its zero, stays the morning's).
 */
export function afternoonHour(hours: string, minutes: number): number {
  return /^[1-7]$/.test(hours) ? minutes + 12 * 60 : minutes;
}

function toMinutes(hours = '', minutes = '0', half?: string): number | undefined {
  let hour = Number(hours);
  const minute = Number(minutes);
  if (half?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (half?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return hour > 23 || minute > 59 ? undefined : hour * 60 + minute;
}

const TALK_TIME =
  /^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?m\.?)?(?:\s*[-–—]\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?m\.?)?)?/i;

/**
 * Whether a talk was on at that time: it started then, or its slot ("10:35am-11:25am") covers it.
 */
export function atClock(minutes: number): (talk: Talk) => boolean {
  return (talk) => {
    const slot = TALK_TIME.exec(talk.time ?? '');
    if (!slot) return false;
    const start = toMinutes(slot[1], slot[2], slot[3] ?? slot[6]);
    if (start === undefined) return false;
    if (start === minutes) return true;
    const end = slot[4] ? toMinutes(slot[4], slot[5], slot[6] ?? slot[3]) : undefined;
    return end !== undefined && start <= minutes && minutes < end;
  };
}

/**
 * How long a talk's slot ran, in minutes, where the notes give its start and its end
 * ("2:55pm-3:45pm": 50; "11:50am-12:40pm": 50); undefined for a start alone, or a slot that ends
 * before it starts or lasts a day.
 */
export function slotLength(time: string | undefined): number | undefined {
  const slot = TALK_TIME.exec(time ?? '');
  if (!slot?.[4]) return undefined;
  const start = toMinutes(slot[1], slot[2], slot[3] ?? slot[6]);
  const end = toMinutes(slot[4], slot[5], slot[6] ?? slot[3]);
  if (start === undefined || end === undefined) return undefined;
  const length = end - start;
  return length > 0 && length < 12 * 60 ? length : undefined;
}

/** When a talk started, in minutes after midnight, where the notes give its time. */
export function startMinutes(talk: Talk): number | undefined {
  const slot = TALK_TIME.exec(talk.time ?? '');
  return slot ? toMinutes(slot[1], slot[2], slot[3] ?? slot[6]) : undefined;
}
