import type { Library } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { slotLength } from './day-parts.ts';
import { echoing, type Plan } from './plan.ts';

/**
 * "How long was the uber talk?", "the shortest talk", "talks under 30 minutes", "if I only have
 * 45 minutes": where the notes give talks a slot with a start and an end ("2:55pm-3:45pm"), how
 * long a talk ran is its slot, which each card then says ("50 minutes"). Notes without slots
 * cannot tell, and the question is answered so (`durations`).
 */

const SLOTTED = new WeakMap<Library, boolean>();

/** Whether any talk of the notes has a slot with a start and an end: worked out once per library. */
export function slotted(library: Library): boolean {
  let known = SLOTTED.get(library);
  if (known === undefined) {
    known = library.talks.some((talk) => slotLength(talk.time) !== undefined);
    SLOTTED.set(library, known);
  }
  return known;
}

const UNIT = String.raw`\s*(minutes?|mins?|hours?|hrs?|h)\b`;
/** "Under 30 minutes", "less than an hour", "if I only have 45 min": the longest slot wanted. */
const AT_MOST = new RegExp(
  String.raw`\b(?:under|less\s+than|shorter\s+than|at\s+most|max(?:imum)?|(?:have|got)\s+(?:only\s+)?|only\s+(?:have|got)\s+)\s*(\d+|an?)${UNIT}`,
);
/** "Over 45 minutes", "longer than an hour", "at least 30 min": the shortest slot wanted. */
const AT_LEAST = new RegExp(
  String.raw`\b(?:over|longer\s+than|more\s+than|at\s+least)\s+(\d+|an?)${UNIT}`,
);
/** "30-minute talks", "2h sessions": slots of that length. */
const EXACTLY =
  /\b(\d+)[\s-]*(minutes?|mins?|hours?|hrs?|h)\s+(?:talks?|sessions?|keynotes?|slots?)\b/;
const SHORT_FIRST =
  /\b(?:shortest|short|quickest|quick\s+(?:talks?|ones?|sessions?))\b|\bover\s+(?:lunch|(?:a\s+)?coffee)\b/;
const LONG_FIRST = /\blongest\b/;

function minutesOf(match: RegExpExecArray | null): number | undefined {
  if (!match?.[1] || !match[2]) return undefined;
  const count = /^an?$/.test(match[1]) ? 1 : Number(match[1]);
  return /^h/.test(match[2]) ? count * 60 : count;
}

type TalksPlan = Extract<Plan, { kind: 'talks' }>;

/**
 * The talks asked about, each card saying how long its slot ran: those of the length asked for
 * only (none of it: the notes have no slot of that length), the shortest or longest first where
 * asked, the talks without a slot last.
 */
export function byLength(plan: TalksPlan, text: string, event: string | undefined): Plan {
  const folded = fold(text);
  const most = minutesOf(AT_MOST.exec(folded));
  const least = minutesOf(AT_LEAST.exec(folded));
  const exactly = minutesOf(EXACTLY.exec(folded));
  const bounded = most !== undefined || least !== undefined || exactly !== undefined;
  const order = LONG_FIRST.test(folded) ? -1 : SHORT_FIRST.test(folded) || most ? 1 : 0;
  if (!bounded && !order) {
    // Titled by the question as asked ("1 talk for “how long was the uber talk”").
    const { scope } = plan;
    const asked = scope.kind === 'search' && !scope.correctedFrom ? { words: text } : {};
    return { ...plan, scope: { ...scope, ...asked }, focus: 'length' };
  }
  const fits = (minutes: number) =>
    (most === undefined || minutes <= most) &&
    (least === undefined || minutes >= least) &&
    (exactly === undefined || minutes === exactly);
  const all = plan.talks(plan.total).map((talk) => ({ talk, minutes: slotLength(talk.time) }));
  const timed = all.filter(
    (entry): entry is { talk: (typeof all)[number]['talk']; minutes: number } =>
      entry.minutes !== undefined && fits(entry.minutes),
  );
  if (bounded && timed.length === 0) return { kind: 'none', suggestions: [], unknown: 'lengths' };
  if (order) timed.sort((a, b) => (a.minutes - b.minutes) * order);
  const list = [...timed, ...(bounded ? [] : all.filter((entry) => entry.minutes === undefined))];
  const talks = list.map((entry) => entry.talk);
  return {
    kind: 'talks',
    scope: echoing(text, event),
    total: talks.length,
    talks: (end) => talks.slice(0, end),
    focus: 'length',
  };
}
