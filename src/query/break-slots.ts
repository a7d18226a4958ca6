import type { Library, Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { echoing, type Plan } from './plan.ts';

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
