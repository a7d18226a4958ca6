import type { Library } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { RANKING } from './event-step.ts';
import { YEAR } from './event-years.ts';
import { hasWords } from './has-words.ts';
import type { Plan } from './plan.ts';
import { praisedTalks } from './praised-talks.ts';
import { ratedTalks } from './rated-talks.ts';
import { byLength, slotted } from './slot-lengths.ts';
import type { Read } from './special-questions.ts';
import { eventsListed, wayIn } from './starter-talks.ts';
import { findUnknown, todayIso, withoutRoles } from './unknowns.ts';

/** A kind of session, whose host or runner is its speaker, not an event's organiser. */
const SESSION_KIND =
  /\b(?:talks?|panels?|keynotes?|labs?|workshops?|sessions?|chats?|tutorials?|demos?|q\s*&?\s*a)\b/;
/** "The best talk", "what's on today": said to be beyond the notes, with the talks asked about. */
export function unknowable(
  text: string,
  event: string | undefined,
  library: Library,
  read: Read,
): Plan | undefined {
  const found = findUnknown(text) ?? eventCost(text, event, read);
  if (!found) return undefined;
  const { unknown } = found;
  // A conference going on today is one the notes have: its talks of today are the answer.
  if (unknown === 'today' && dated(library).today) return undefined;
  // "Last week's talks" where a conference of the notes was that recent: a date question; a
  // pasted story ("yesterday our alerts fired …") asks about its subject.
  if (unknown === 'recent' && (dated(library).recent || words(text).length > RECENT_WORDS))
    return undefined;
  // "Will there be a devnorth 2027": the year asked about is the edition the notes cannot know
  // of; the event is the one they have.
  const rest = unknown === 'future' ? withoutYears(found.rest) : found.rest;
  let left = rest;
  let plan: Plan = rest ? read(rest, event) : { kind: 'none' as const, suggestions: [] };
  // "Which was the best talk?", "what's worth watching" of a whole event: the talks the writer
  // of the notes singled out, where they did ("you have to see this talk!").
  const picks =
    unknown === 'ratings'
      ? (ratedTalks(plan, text, rest, library, event) ?? writersPicks(plan, rest, library, event))
      : undefined;
  // "Which kubernetes talk was the best": titled by the question, not "which kubernetes talk was".
  if (picks) return asAsked(picks, text);
  // "Tickets for devharbor 2026": an edition the notes do not have is the event they do.
  const yearless = withoutYears(rest);
  if (plan.kind === 'none' && unknown === 'prices' && yearless && yearless !== rest) {
    left = yearless;
    plan = read(left, event);
  }
  // "For people who just became tech leads (at pylakes)": a role no talk names is whom the
  // talks would be for, which the notes never say: what is left without it is the question.
  if (plan.kind === 'none' && unknown === 'audience' && withoutRoles(rest) !== rest) {
    left = withoutRoles(rest);
    plan = left ? read(left, event) : plan;
  }
  // "A talk for a junior dev", "what should I watch first", "best talk?": a way in.
  const start = wayIn(plan, text, rest, unknown, library, event, (words) => read(words, event));
  if (start) return start;
  // "Who organised devoxx": the notes never say, and the event's talks are no answer to it;
  // "who hosted the fireside chat": a session's host is its speaker, which the talk shows.
  // "Were there any women speakers": what is left of it ("how many were there") is no question.
  if (unknown === 'speakerTraits' && plan.kind === 'none')
    return { kind: 'none', suggestions: [], unknown };
  if (unknown === 'organisers')
    return SESSION_KIND.test(rest) ? plan : { kind: 'none', suggestions: [], unknown };
  // "Where was the hotel for havnconf": the hotel, not where the event was.
  if (unknown === 'travel' && plan.kind !== 'talks')
    return { kind: 'none', suggestions: [], unknown };
  // "How much were tickets for harbor devdays", "how many people came to devnorth", "when is the
  // next devnorth" where the notes have several editions: the events are no answer to what the
  // notes cannot tell.
  if (
    plan.kind === 'events' &&
    (unknown === 'prices' || unknown === 'attendance' || unknown === 'future')
  )
    return { kind: 'none', suggestions: [], unknown };
  // "Most popular topic?": the topics, the biggest first (no topic is rated, but counted).
  if (plan.kind === 'topics')
    return RANKING.test(text) ? { ...plan, ranked: plan.ranked || true } : plan;
  if (plan.kind === 'events') return plan;
  // "Shortest?", "if I only have 45 minutes, what should I watch": of every talk, where the
  // notes give slots.
  if (plan.kind === 'none' && unknown === 'durations' && !hasWords(left) && slotted(library)) {
    const every = read('talks', event);
    if (every.kind === 'talks') return byLength(every, text, event);
  }
  // "Did anyone from our team speak": who "we" are is what the notes cannot tell, words or none;
  // so is the way to a venue ("how do I get to the venue").
  if (plan.kind === 'none')
    return unknown !== 'asker' &&
      unknown !== 'travel' &&
      (plan.suggestions.length > 0 || hasWords(left))
      ? plan
      : { ...plan, unknown };
  const { scope } = plan;
  // "How long was kubefest": an event's length is its dates.
  if (unknown === 'durations' && scope.kind === 'list' && scope.event && !/\btalks?\b/.test(rest))
    return { kind: 'events', events: [scope.event] };
  // "How long was the uber talk", "the shortest talk": each talk's slot, where the notes give any.
  if (unknown === 'durations' && slotted(library)) return byLength(plan, text, event);
  // "Must-see talks": every talk is no answer to which is best.
  const everything =
    scope.kind === 'list' && !scope.event && !scope.having && !scope.lacking && !scope.excluding;
  if (everything) return { kind: 'none', suggestions: [], unknown };
  return asAsked({ ...plan, scope: { ...scope, unknown } }, text);
}

/** Titled by the question as asked, not by the words left of it ("talks for “frontend”"). */
function asAsked(plan: Plan, text: string): Plan {
  if (plan.kind !== 'talks' || plan.scope.kind !== 'search' || plan.scope.correctedFrom)
    return plan;
  return { ...plan, scope: { ...plan.scope, words: text } };
}

/**
 * The talks the notes' writer praised, where the question asks which is best of a whole event
 * (or of every event) and names no subject; undefined where it names one or nothing is praised.
 */
function writersPicks(
  plan: Plan,
  rest: string,
  library: Library,
  event: string | undefined,
): Plan | undefined {
  const listed = plan.kind === 'talks' ? plan.scope : undefined;
  const whole = listed?.kind === 'list' && !listed.having && !listed.lacking && !listed.excluding;
  if (!whole && (plan.kind !== 'none' || hasWords(rest))) return undefined;
  const of = whole ? (listed.event ?? event) : event;
  // "Best talk at pydata paris", where two events have that name: the praised talks of both.
  const listedEvents = whole && !of ? eventsListed(plan, library) : undefined;
  const among = listedEvents && new Set(listedEvents);
  const praised = praisedTalks(library, of).filter((talk) => !among || among.has(talk.event));
  if (praised.length === 0) return undefined;
  return {
    kind: 'talks',
    scope: { kind: 'list', ...(of ? { event: of } : {}), unknown: 'ratings', praised: true },
    total: praised.length,
    talks: (end) => praised.slice(0, end),
  };
}

/** "How much did harbor devdays cost": the cost of what the words name, an event or not. */
const COST_OF = /^(?:so\s+)?how\s+much\s+(?:did|does|do|was|is)\s+(.+?)\s+cost[s?!.\s]*$/;

/**
 * What an event cost, where the words name an event and nothing else: "how much does kafka
 * cost" is a subject of talks.
 */
function eventCost(text: string, event: string | undefined, read: Read) {
  const named = COST_OF.exec(fold(text))?.[1];
  if (!named) return undefined;
  const plan = read(named, event);
  const eventOnly =
    plan.kind === 'events' ||
    (plan.kind === 'talks' && plan.scope.kind === 'list' && plan.scope.event !== undefined);
  return eventOnly ? { unknown: 'prices' as const, rest: named } : undefined;
}

function withoutYears(text: string): string {
  return text
    .split(' ')
    .filter((word) => !YEAR.test(word))
    .join(' ');
}

/** Most words of a question about days just past: a longer one tells a story. */
const RECENT_WORDS = 10;

/** Days before today that "last month" reaches back at most. */
const RECENT_DAYS = 62;

const DATED = new WeakMap<Library, { day: string; today: boolean; recent: boolean }>();
/**
 * Whether a talk of the notes is dated today, or in the weeks before it: worked out once a day
 * per library, not per question.
 */
function dated(library: Library): { today: boolean; recent: boolean } {
  const day = todayIso();
  let known = DATED.get(library);
  if (known?.day !== day) {
    const since = todayIso(new Date(Date.now() - RECENT_DAYS * 86_400_000));
    known = {
      day,
      today: library.talks.some((talk) => talk.date === day),
      recent: library.talks.some((talk) => !!talk.date && talk.date >= since && talk.date <= day),
    };
    DATED.set(library, known);
  }
  return known;
}
