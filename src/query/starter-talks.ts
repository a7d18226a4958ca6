import type { Unknown } from '../answer.ts';
import type { Library, Talk } from '../model.ts';
import { hasWords } from './has-words.ts';
import { overviewPlan } from './overview-plan.ts';
import type { Plan } from './plan.ts';
import { storyBesideWayIn } from './story-beside.ts';
import { findUnknown, withoutRoles } from './unknowns.ts';

/**
 * "What should I watch first", "can you recommend a talk for a junior dev": the notes rank no
 * talk and say whom none is for, so the answer says so and offers a way in: a talk of each
 * topic of the event (of each event, taken in turn, where the notes have several), never every
 * talk in the notes' order nor one that happens to say "junior".
 */
export function starterTalks(
  library: Library,
  event: string | string[] | undefined,
  unknown: Unknown,
): Plan {
  const events =
    typeof event === 'string'
      ? [event]
      : (event ?? [...new Set(library.talks.map((talk) => talk.event))]);
  const lists = events.map((id) => {
    const plan = overviewPlan(library, id);
    return plan.kind === 'talks' ? plan.talks(plan.total) : [];
  });
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const talks: Talk[] = [];
  for (let i = 0; i < longest; i++)
    for (const list of lists) if (list[i]) talks.push(list[i] as Talk);
  if (talks.length === 0) return { kind: 'none', suggestions: [], unknown };
  const one = events.length === 1 ? events[0] : undefined;
  return {
    kind: 'talks',
    scope: { kind: 'list', ...(one ? { event: one } : {}), unknown, sampled: true },
    total: talks.length,
    talks: (end) => talks.slice(0, end),
  };
}

/**
 * "What should I watch first", "where do I start", "recommend a talk", "anything interesting?",
 * "what's worth watching?", "surprise me": a way in, not the best.
 */
const WHERE_TO_START =
  /\b(?:watch|see|start\s+with|begin\s+with)\s+first\b|\bwhere\s+to\s+(?:start|begin)\b|\bwhere\s+(?:do|should|shall|can)\s+(?:i|we|you|one)\s+even\s+(?:start|begin)\b|\bwhere\s+(?:do|should|shall|can)\s+(?:i|we)\s+(?:start|begin)\b|\b(?:what|which)\s+(?:talks?\s+|sessions?\s+|one\s+)?(?:should|shall)\s+(?:i|we)\s+(?:watch|see)\b|\b(?:anything|something|talks?|sessions?)\s+(?:that\s+)?(?:i|we)\s+(?:should|ought\s+to|must)\s+(?:watch|see)\b|\b(?:recommend|suggest)\b|\bintro(?:duction|ductory)?\b|\bworth\s+(?:watching|seeing)\b|\b(?:anything|something)\s+(?:interesting|cool|fun|exciting|inspiring|worthwhile)\b|\bwhat\s+(?:was|is|were)\s+(?:interesting|cool|fun|exciting)\b|\bsurprise\s+me\b/;

/**
 * Whether a question the notes cannot answer as asked (which talk is best, whom it is for) asks
 * for a way in: where to start, or a talk for a level of experience ("for a junior dev").
 */
export function asksWhereToStart(text: string, unknown: Unknown): boolean {
  const asked = text.toLowerCase();
  if (unknown === 'ratings') return WHERE_TO_START.test(asked);
  return unknown === 'audience' && new RegExp(LEVEL.source).test(asked);
}

/**
 * The question without the way in it asks ("… should I watch first", "where to begin"), where it
 * asks one beside other words; else the question.
 */
export function withoutWayIn(text: string): string {
  const found = findUnknown(text);
  return found?.unknown === 'ratings' && found.rest && asksWhereToStart(text, 'ratings')
    ? found.rest
    : text;
}

/** A level of experience a question names whom a talk is for: "junior", "beginner", "new to". */
const LEVEL =
  /\b(?:junior|senior|beginners?|newbies?|newcomers?|novices?|first[\s-]timers?|entry[\s-]level|intermediate|advanced|experienced|new\s+(?:to|at)\b(?:\s+(?:it|this|tech|coding|programming))?|(?:beginner|newbie)[\s-]friendly|friendly)\b/g;

/** The question without the level of experience it names ("for a junior dev": "for a dev"). */
export function withoutLevel(text: string): string {
  return text.replace(LEVEL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "A talk for a junior dev", "what should I watch first (at devoxx)": no subject named, only
 * whom for or which is best, which the notes never say: a talk of each topic to start with.
 * "Best talk?", "which talk was the best overall": the same way in, where no subject is named
 * ("who was the best speaker" rates a person, which no list of talks answers; "best talk about
 * quantum" says no talk mentions it).
 */
export function wayIn(
  plan: Plan,
  text: string,
  rest: string,
  unknown: Unknown,
  library: Library,
  event: string | undefined,
  read: (words: string) => Plan,
): Plan | undefined {
  const listed = plan.kind === 'talks' ? plan.scope : undefined;
  const whole = listed?.kind === 'list' && !listed.having && !listed.excluding;
  const best =
    unknown === 'ratings' &&
    (plan.kind === 'talks'
      ? whole && plan.focus !== 'speakers'
      : plan.kind === 'none' && !plan.unmatched);
  if (!asksWhereToStart(text, unknown) && !best) return undefined;
  if (whole || !hasWords(withoutRoles(withoutLevel(rest))))
    return starterTalks(
      library,
      whole ? (listed.event ?? eventsListed(plan, library)) : event,
      unknown,
    );
  // "Couldn't make it to harbourdev, which talks should I watch first?": a story beside it.
  const storied = storyBesideWayIn(plan, text, (clause) => asksWhereToStart(clause, unknown), read);
  return storied === undefined ? undefined : starterTalks(library, storied || event, unknown);
}

/**
 * "Best talks at strange loop" where two events are Strange Loop: the events of the talks listed,
 * in the notes' order; none where every talk was listed.
 */
export function eventsListed(plan: Plan, library: Library): string[] | undefined {
  if (plan.kind !== 'talks' || plan.total >= library.talks.length) return undefined;
  const listed = new Set(plan.talks(plan.total).map((talk) => talk.event));
  return [...new Set(library.talks.map((talk) => talk.event))].filter((id) => listed.has(id));
}
