import type { Library } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { trimEndOf } from '../text.js';
import { opt } from './asking.ts';
import { eventSides, onBothSides, talksOf } from './both-sides.ts';
import { breakAsked, nextToBreak } from './break-slots.ts';
import { findSeveral } from './clauses.ts';
import {
  bothSides,
  eventsTalks,
  findEither,
  findSides,
  oneSide,
  sharedSide,
} from './comparison.ts';
import { gatheringWhen } from './gathering-when.ts';
import { notesLanguageAsked } from './notes-languages-asked.ts';
import { findNextTo } from './order-words.ts';
import { asksEventLength, asksOverview, eventAskedAbout, overviewOf } from './overview.ts';
import { overviewOfNamed, overviewPlan } from './overview-plan.ts';
import { echoing, type Plan } from './plan.ts';
import { shapeQuestion } from './talk-shapes.ts';
import { findTally, tally } from './tallies.ts';
import { unknowable } from './unknowable.ts';
import { asksAttendance, findUnknown } from './unknowns.ts';

/** "Which year had the most talks", "talks per conference": the events, each with its count. */
const EVENT_COUNTS =
  /\b(?:which|what)\s+(?:year|conference|event|edition|conf)\s+(?:had|has|with|saw)\s+(?:the\s+)?(?:most|fewest|least|more|fewer|biggest|largest)\b|\b(?:talks|sessions)\s+per\s+(?:year|conference|event)\b|\b(?:biggest|largest|smallest)\s+(?:conference|event)\b/;

/** "What year was fosdem", "which month did kubecon take place": when an event (or talk) was. */
const WHAT_YEAR =
  /^(?:in\s+)?(?:what|which)\s+(?:year|month)\s+(?:was|is|were|did)\s+(.+?)(?:\s+(?:held|happen|take\s+place|on))?[?!.\s]*$/;

/** A quoted phrase of two words or more: what someone said, as the notes may have it. */
export const QUOTED = /["“”]([^"“”]{3,}?\s[^"“”]*?)["“”]/;

/** How many of a quoted phrase's rarest words find what it said, when all of them do not. */
const RARE_WORDS = 3;

/** What the questions below ask of the `Resolver`: a question read as usual. */
export type Read = (text: string, event: string | undefined) => Plan;

/**
 * Questions the usual reading gets wrong because their words are about the asking, not the talks:
 * counts of speakers and companies, events by size, comparisons of two things, and things the
 * notes never record (ratings, lengths, prices, today). Undefined: read as usual.
 */
export function special(
  text: string,
  event: string | undefined,
  library: Library,
  read: Read,
): Plan | undefined {
  const pause =
    gatheringWhen(text, event, library) ??
    breakAsked(text, event, library) ??
    nextToBreak(text, event, library) ??
    notesLanguageAsked(text, event, library, read);
  if (pause) return pause;
  const shaped = shapeQuestion(text, event, library);
  if (shaped && !('keep' in shaped)) return shaped;
  if (shaped) {
    // "Talks with several speakers at devnorth": the words left narrow the talks.
    const within = shaped.rest ? talksOf(read(shaped.rest, event), library) : undefined;
    const kept = (within ?? library.talks.filter((talk) => !event || talk.event === event)).filter(
      shaped.keep,
    );
    const list = shaped.order ? kept.sort(shaped.order) : kept;
    if (list.length === 0) return { kind: 'none', suggestions: [] };
    return {
      kind: 'talks',
      scope: echoing(text, event),
      total: list.length,
      talks: (end) => list.slice(0, end),
      ...(shaped.speakers ? { focus: 'speakers' as const } : {}),
    };
  }
  const found = asksAttendance(text) ? undefined : findTally(text);
  const tallied = found?.common && !eventSides(found.rest, event, read) ? undefined : found;
  if (tallied) {
    const within = tallied.rest ? talksOf(read(tallied.rest, event), library) : undefined;
    const all = within ?? library.talks.filter((talk) => !event || talk.event === event);
    const both =
      tallied.per === 'events' ? onBothSides(tallied.rest, event, library, read) : undefined;
    const talks = both ?? all;
    const counted = tally(talks, tallied);
    const scope =
      tallied.only || tallied.of === 'days'
        ? echoing(text, event)
        : { kind: 'list' as const, ...opt('event', event) };
    const list = counted.talks;
    return {
      kind: 'talks',
      scope: { ...scope, tally: counted.tally },
      total: list.length,
      talks: (end) => list.slice(0, end),
      focus: tallied.of === 'days' ? 'time' : 'speakers',
    };
  }
  // "Summarize the conference", "tl;dr": the event's talks, or the events where several are.
  if (asksOverview(text)) {
    const ids = event ? [event] : library.events.map((e) => e.id);
    const [only] = ids;
    if (ids.length !== 1 || !only) return { kind: 'events', events: ids };
    return overviewPlan(library, only);
  }
  // "What year was fosdem": when it was, as "when was fosdem" asks.
  const year = WHAT_YEAR.exec(fold(text).trim());
  if (year?.[1]) {
    const when = read(`when was ${year[1]}`, event);
    return when.kind === 'talks' && when.scope.kind === 'search'
      ? { ...when, scope: { ...when.scope, words: text } }
      : when;
  }
  // "Highlights of kubecon", "I missed devconf, what should I catch up on".
  const named = overviewOf(text);
  if (named) return overviewOfNamed(library, read(named, event));
  // "What was devoxx about overall", "catch me up on kubecon": where the words name an event.
  const about = eventAskedAbout(text);
  const whole = about ? read(about, event) : undefined;
  if (whole?.kind === 'events') return whole;
  if (whole?.kind === 'talks' && whole.scope.kind === 'list' && whole.scope.event)
    return overviewPlan(library, whole.scope.event);
  // "How many days did the conference last": the event's card, with its dates; where the notes
  // give it none, that they do not say.
  const length = asksEventLength(text);
  if (EVENT_COUNTS.test(fold(text)) || length) {
    const events = library.events.filter((e) => !event || e.id === event);
    if (length && !events.some((e) => e.dates))
      return { kind: 'none', suggestions: [], unknown: 'durations' };
    return { kind: 'events', events: events.map((e) => e.id) };
  }
  // "What came after the rest vs graphql talk": the talk next to one titled so, no comparison.
  const compared = findNextTo(fold(text)) ? undefined : findSides(text);
  const sides =
    compared ?? (findUnknown(text) ? undefined : (findEither(text) ?? findSeveral(text)));
  if (sides) {
    const sidePlans = sides.map((side) => eventsTalks(read(side, event), library));
    // "The rust and go wasm talks": the rust side is the rust wasm talks, where that narrows it
    // ("rag and fine tuning talks": "rag tuning" is no narrower reading of rag).
    const wider = compared && sharedSide(text, compared);
    const narrowed = wider ? read(wider, event) : undefined;
    const [first] = sidePlans;
    if (
      narrowed?.kind === 'talks' &&
      narrowed.total > 0 &&
      first?.kind === 'talks' &&
      narrowed.total < first.total
    )
      sidePlans[0] = narrowed;
    // "The go or rust panel" names one talk; "go or rust" asks for both sides' talks.
    const one =
      !compared &&
      /\bthe\b.*\b(?:panel|talk|one|session|debate|keynote)$/.test(trimEndOf(fold(text), '?!.'));
    const both = bothSides(text, event, sidePlans, sides, one);
    if (both) return both;
    // "Kafka or pulsar?": the kafka talks, saying none mentions pulsar, where the question read
    // whole finds no more ("talks in french or german" is the talks of either language).
    const lone = oneSide(text, event, sidePlans, sides);
    const whole = lone && read(text, event);
    if (lone?.kind === 'talks')
      return whole?.kind === 'talks' && whole.total > lone.total ? whole : lone;
  }
  return unknowable(text, event, library, read);
}

/**
 * `the talk where they said "prompt injection is the new SQL injection"`: when the question as
 * a whole finds nothing, the quoted words alone, which the notes may have as said.
 */
export function quoted(
  text: string,
  event: string | undefined,
  read: Read,
  frequency: (word: string) => number,
): Plan | undefined {
  const phrase = QUOTED.exec(text)?.[1];
  if (!phrase) return undefined;
  let plan = read(phrase, event);
  if (plan.kind !== 'talks') {
    // Said in other words than the notes have ("is the new"): the phrase's rarest words, which
    // tell its talk from the others, are what it comes to.
    const rare = words(phrase)
      .filter((word) => !isFiller(word) && frequency(word) > 0)
      .sort((a, b) => frequency(a) - frequency(b))
      .slice(0, RARE_WORDS);
    if (rare.length < 2) return undefined;
    plan = read(rare.join(' '), event);
  }
  if (plan.kind !== 'talks') return undefined;
  return { ...plan, scope: echoing(text, event) };
}
