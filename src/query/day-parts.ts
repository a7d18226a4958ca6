import type { Talk } from '../model.ts';

/** A part of the day named in a question: "morning talks", "tuesday afternoon". */
export type DayPart = 'morning' | 'afternoon' | 'evening';

const PART = /\b(morning|afternoon|evening)s?\b/;

/** The part of the day a question names, and the question without it. */
export function findDayPart(text: string): { part: DayPart; rest: string } | undefined {
  const match = PART.exec(text);
  if (!match) return undefined;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return {
    part: match[1] as DayPart,
    rest: rest.replace(/\b(in|on|at|during|the|this)(\s+the)?\s*$/, ' ').trim(),
  };
}

/**
 * Whether a talk started in that part of the day, by the start of its time ("10:35am-11:25am",
 * "14:00"): before noon, before five, after. A talk without a time is in none.
 */
export function inDayPart(part: DayPart): (talk: Talk) => boolean {
  return (talk) => {
    const start = /^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?m?\b/i.exec(talk.time ?? '');
    if (!start) return false;
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
