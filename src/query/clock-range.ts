/**
 * "Talks between 10 and 12", "from 10:00 to 12:00", "2pm-4pm", "after 3pm", "before 11:00": a
 * span of the day a question names, as minutes after midnight (`until` excluded). A bare number
 * alone is no time ("after 2 talks", "java 8-11"): a span needs "between" or "from" before it,
 * or a time written as one (`10:00`, `3pm`, `14h`).
 */
import type { Talk } from '../model.ts';
import { afternoonHour, startMinutes } from './day-parts.ts';

export interface ClockRange {
  minutes: number;
  until: number;
  label: string;
  rest: string;
}

const TIME = String.raw`(\d{1,2})(?:[:.h](\d{2})|h)?\s*(?:([ap])\.?m\b\.?)?|noon|midday`;
const BETWEEN = new RegExp(
  String.raw`\b(?:between|from)\s+(?:${TIME})\s*(?:and|to|until|till|-|–)\s*(?:${TIME})`,
  'i',
);
const SPAN = new RegExp(String.raw`\b(?:${TIME})\s*(?:-|–|to)\s*(?:${TIME})`, 'i');
const AFTER = new RegExp(String.raw`\b(after|before|from)\s+(?:${TIME})`, 'i');

/** Whether the match wrote its time as one ("10:00", "3pm", "14h", "noon"), not a bare number. */
const written = (text: string) => /[:h]|[ap]\.?m\b|noon|midday/i.test(text);

export function findClockRange(text: string): ClockRange | undefined {
  const between = BETWEEN.exec(text);
  const span = between ?? SPAN.exec(text);
  if (span && (between || written(span[0]))) {
    const from = toMinutes(span[1], span[2], span[3]);
    const until = toMinutes(span[4], span[5], span[6]);
    if (from === undefined || until === undefined) return undefined;
    // "Between 1 and 3", "2-4": afternoon hours, as a day's schedule is read.
    const [start, end] = bareAfternoon(from, until, span[0]);
    if (end <= start) return undefined;
    return range(text, span, start, end, `at ${label(start)}–${label(end)}`);
  }
  const side = AFTER.exec(text);
  if (!side || !written(side[0].slice((side[1] as string).length))) return undefined;
  const read = toMinutes(side[2], side[3], side[4]);
  if (read === undefined) return undefined;
  const at = side[4] || side[2] === undefined ? read : afternoonHour(side[2], read);
  const before = side[1]?.toLowerCase() === 'before';
  return before
    ? range(text, side, 0, at, `before ${label(at)}`)
    : range(text, side, at, 24 * 60, `from ${label(at)}`);
}

function range(
  text: string,
  match: RegExpExecArray,
  minutes: number,
  until: number,
  shown: string,
): ClockRange {
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return { minutes, until, label: shown, rest: rest.replace(/\s+/g, ' ').trim() };
}

function toMinutes(
  hours: string | undefined,
  minutes: string | undefined,
  half: string | undefined,
): number | undefined {
  if (hours === undefined) return 12 * 60; // noon, midday
  let hour = Number(hours);
  const minute = Number(minutes ?? '0');
  if (half?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (half?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return hour > 24 || minute > 59 ? undefined : hour * 60 + minute;
}

/** "Between 1 and 3" with no am or pm: hours before 8 are the afternoon's. */
function bareAfternoon(from: number, until: number, typed: string): [number, number] {
  if (/[ap]\.?m\b/i.test(typed)) return [from, until];
  const late = (m: number) => (m < 8 * 60 ? m + 12 * 60 : m);
  return [late(from), until < from || until < 8 * 60 ? late(until) : until];
}

const label = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Whether a talk started within the span, by the time the notes give it. */
export function inClockRange(from: number, until: number): (talk: Talk) => boolean {
  return (talk) => {
    const start = startMinutes(talk);
    return start !== undefined && start >= from && start < until;
  };
}
