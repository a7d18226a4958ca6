import type { Library, Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { echoing, type Plan } from './plan.ts';
import { Schedule } from './schedule-order.ts';

/**
 * "When is lunch?", "what time is the coffee break", "is there a lunch break on day 2": a break of
 * the schedule, which the notes rarely keep (a `12:00 – Lunch` slot is no talk). Where one is
 * kept as an item of the notes ("Lunch & expo"), it is the answer; where none is, the notes have
 * no such slot, said plainly — never the talks that happen to say "lunch" or a word like it.
 */
const ASKED =
  /^(?:so\s+|and\s+|ok\s+)?(?:(?:when|what\s+time)(?:['’]?s|\s+(?:is|was|are|were|do\s+we\s+have|will\s+be))?\s+(?:the\s+)?|is\s+there\s+(?:a|any)\s+|(?:any|the)\s+)?(lunch|coffee|breakfast|dinner|snacks?|(?:(?:lunch|coffee|tea|afternoon|morning|short)\s+)?breaks?)(?:\s+(?:break|time|slot|breaks))?(?:\s+(?:on|at)\s+.+)?[\s?!.]*$/;
const BREAK_TITLE =
  /^(?:\d{1,2}[:.h]?\d{0,2}\s*[-–—:]?\s*)?(?:lunch|coffee|breakfast|dinner|(?:coffee|lunch|tea)\s+break|break)\b/;

const breaks = new WeakMap<readonly Talk[], Talk[]>();

/** The break items of a library's notes, found once per library. */
function breaksOf(talks: readonly Talk[]): Talk[] {
  let found = breaks.get(talks);
  if (!found) {
    found = talks.filter((talk) => BREAK_TITLE.test(fold(talk.title)));
    breaks.set(talks, found);
  }
  return found;
}

/** The answer to a question about a break, or undefined when the question is about no break. */
export function breakAsked(
  text: string,
  event: string | undefined,
  library: Library,
): Plan | undefined {
  const said = fold(text)
    .replace(/[?!.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const asked = ASKED.exec(said);
  // "lunch", "coffee" alone may be words of a talk: only a break asked about is a break.
  if (!asked || said === asked[1]) return undefined;
  const kind = (asked[1] as string).split(' ').at(-1) as string;
  const slots = breaksOf(library.talks).filter(
    (talk) => (!event || talk.event === event) && fold(talk.title).includes(kind.replace(/s$/, '')),
  );
  if (slots.length === 0) return { kind: 'none', suggestions: [], unknown: 'breaks' };
  return {
    kind: 'talks',
    scope: echoing(text, event),
    total: slots.length,
    talks: (end) => slots.slice(0, end),
    focus: 'time',
  };
}

/**
 * "The first talk after the break", "last talk before the coffee break", "what was on after
 * coffee": next to a break of the schedule (lunch is the afternoon's start, `day-parts.ts`).
 */
const NEXT_TO_BREAK =
  /\b(before|after)\s+(?:the\s+|a\s+)?(?:(?:morning|afternoon|coffee|tea|short|first|second|last)\s+)?(?:break|coffee)\b/;

const schedules = new WeakMap<Library, Schedule>();

/**
 * The talks just before (or after) the breaks the notes keep, of the event asked about; where
 * they keep none, that the notes have no break slot, never the talks that say "break". Undefined
 * for a question about no break.
 */
export function nextToBreak(
  text: string,
  event: string | undefined,
  library: Library,
): Plan | undefined {
  const side = NEXT_TO_BREAK.exec(fold(text))?.[1];
  if (side !== 'before' && side !== 'after') return undefined;
  let schedule = schedules.get(library);
  if (!schedule) {
    schedule = new Schedule(library);
    schedules.set(library, schedule);
  }
  const slots = breaksOf(library.talks).filter(
    (talk) => (!event || talk.event === event) && !/lunch|dinner|breakfast/.test(fold(talk.title)),
  );
  const near = [
    ...new Set(slots.flatMap((slot) => (schedule as Schedule).next(slot, side) ?? [])),
  ].filter((talk) => !BREAK_TITLE.test(fold(talk.title)));
  if (near.length === 0) return { kind: 'none', suggestions: [], unknown: 'breaks' };
  return {
    kind: 'talks',
    scope: echoing(text, event),
    total: near.length,
    talks: (end) => near.slice(0, end),
    focus: 'time',
  };
}
