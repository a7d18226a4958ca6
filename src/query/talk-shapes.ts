import type { Library, Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import type { Plan } from './plan.ts';

/**
 * Questions about the shape of the talks, which no talk's words answer: "which talks had more
 * than one speaker" (co-presented talks and panels), "talks without speakers", "which speakers
 * had no company", "which events had a keynote". Each is read from the talks' facts, never searched for.
 */

const SEVERAL = String.raw`(?:more\s+than\s+one|several|multiple|two\s+or\s+more|2\+?|two|many)`;

/** "Which talks had more than one speaker", "talks with several speakers", "co-presented talks". */
const SHARED = new RegExp(
  String.raw`\b(?:talks?|sessions?|which|what|any)\b.*?\b(?:with|had|have|has|by)\s+${SEVERAL}\s+(?:speakers?|presenters?|people)\b|\b(?:co-?presented|co-?hosted|joint)\s+(?:talks?|sessions?)\b|\b(?:talks?|sessions?)\s+(?:that|which)\s+(?:were|was)\s+co-?presented\b`,
);

/**
 * "Which talk had the most speakers", "the panel with most people", "the most people on stage":
 * the most named first. "Which talk had the most people" asks for an audience (`unknowns.ts`).
 */
const MOST_SPEAKERS =
  /\b(?:talks?|sessions?|panels?|keynotes?|presentations?)\b.*?\b(?:the\s+)?(?:most|largest\s+number\s+of|highest\s+number\s+of)\s+(?:speakers?|presenters?|panelists?|people\s+on\s+(?:the\s+)?stage)\b|\bpanels?\b.*?\b(?:the\s+)?most\s+people\b/;

/** "Which speakers had no company", "speakers without an employer", "independent speakers". */
const NO_COMPANY =
  /\b(?:speakers?|who|people|presenters?|anyone)\b.*?\b(?:no|without(?:\s+an?)?|with\s+no|lacking(?:\s+an?)?)\s+(?:company|companies|employer|affiliation|organi[sz]ation)\b|\b(?:independent|unaffiliated|freelance)\s+(?:speakers?|presenters?)\b/;

/**
 * "Talks without speakers", "talks with no speaker listed", "talks by unknown speakers",
 * "anonymous talks": the talks whose notes name nobody who gave them.
 */
const NO_SPEAKER =
  /\b(?:talks?|sessions?|which|what|any)\b.*?\b(?:no|without(?:\s+an?|\s+any)?|with\s+no|lacking(?:\s+an?)?|missing(?:\s+the)?)\s+(?:speakers?|presenters?|names?)(?:\s+(?:listed|named|given|known|at\s+all))?\b|\b(?:by|from)\s+(?:an?\s+)?(?:unknown|unnamed|anonymous)\s+(?:speakers?|presenters?|people)\b|\b(?:anonymous|unattributed)\s+(?:talks?|sessions?)\b|\b(?:speakers?|presenters?)\s+(?:is|are|was|were)\s+(?:unknown|not\s+(?:known|named|listed|given))\b/;

/** "Which events had a keynote", "conferences with panels": the events with talks of a kind. */
const EVENTS_WITH =
  /^(?:which|what|any)\s+(?:conferences?|events?|confs?|editions?|meetups?)\s+(?:had|have|has|with|featured|included|held|offered)\s+(?:an?\s+|any\s+|some\s+)?(keynotes?|panels?|lightning\s+talks?|workshops?|fireside\s+chats?)\b/;

/** Every such question has one of these words: the patterns are read only then. */
const SHAPE_WORD =
  /speaker|presenter|people|compan|employer|affiliation|organi[sz]ation|independent|unaffiliated|freelance|presented|hosted|joint|keynote|panel|lightning|workshop|fireside|anonymous|unattributed|names?\b/i;

/**
 * Whether a talk is of the kind a question names ("keynote", "lightning talk", singular): the
 * words of its kind as the notes give it have it ("Keynote", "Lightning talks", "Keynote (Day 2)",
 * "Opening keynote").
 */
export function isOfKind(talk: Talk, kind: string): boolean {
  const wanted = ` ${kindWords(kind)} `;
  if (talk.kind !== undefined && ` ${kindWords(talk.kind)} `.includes(wanted)) return true;
  const filed = talk.topic === undefined ? undefined : kindOfTopic(talk.topic);
  return filed !== undefined && ` ${filed} `.includes(wanted);
}

/**
 * The kind of session a topic names and nothing else ("Keynotes", "Lightning Talks", "Keynote
 * (Day 2)"), as `kindWords` gives it: the notes file their talks of that kind under it, where
 * another post marks each talk ("Keynote: …"). Undefined for a topic of a subject.
 */
export function kindOfTopic(topic: string): string | undefined {
  let said = topicKinds.get(topic);
  if (said === undefined) {
    const words = kindWords(topic).replace(/ (?:day \S+|\d+|[ivx]+)$/, '');
    said = SESSION_KINDS.test(words) ? words : '';
    if (topicKinds.size < 10_000) topicKinds.set(topic, said);
  }
  return said === '' ? undefined : said;
}

const topicKinds = new Map<string, string>();
const SESSION_KINDS =
  /^(?:(?:opening|closing|morning|afternoon|evening) )?(?:keynote|lightning talk|lightning|workshop|panel|panel discussion|fireside chat|quickie|tutorial|ignite|ignite talk)$/;

/** The kinds a library's notes record, as `isOfKind` reads them: made once per library. */
const libraryKinds = new WeakMap<readonly Talk[], string[]>();

/** Whether any talk of the library is of that kind (`isOfKind`), without reading every talk. */
export function anyOfKind(talks: readonly Talk[], kind: string): boolean {
  let kinds = libraryKinds.get(talks);
  if (!kinds) {
    const recorded = (talk: Talk) => [
      ...(talk.kind ? [kindWords(talk.kind)] : []),
      ...(talk.topic && kindOfTopic(talk.topic) ? [kindOfTopic(talk.topic)] : []),
    ];
    kinds = [...new Set(talks.flatMap((talk) => recorded(talk).map((words) => ` ${words} `)))];
    libraryKinds.set(talks, kinds);
  }
  const wanted = ` ${kindWords(kind)} `;
  return kinds.some((recorded) => recorded.includes(wanted));
}

function kindWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/s\b/g, '')
    .trim();
}

/** A question about the talks' shape: which talks it keeps, and what is left of it to read. */
export interface ShapeQuestion {
  keep: (talk: Talk) => boolean;
  rest: string;
  /** The cards lead with the speakers, but for talks that have none. */
  speakers: boolean;
  /** "The most speakers": the talks kept, the most speakers first. */
  order?: (a: Talk, b: Talk) => number;
}

/** The talks' shape a question asks about, or for "which events had a keynote", those events. */
export function shapeQuestion(
  text: string,
  event: string | undefined,
  library: Library,
): ShapeQuestion | Plan | undefined {
  if (!SHAPE_WORD.test(text)) return undefined;
  const said = fold(text)
    .replace(/[?!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const kinds = EVENTS_WITH.exec(said);
  if (kinds) {
    const kind = (kinds[1] as string).replace(/s$/, '');
    const events = new Set(
      library.talks
        .filter((talk) => (!event || talk.event === event) && isOfKind(talk, kind))
        .map((talk) => talk.event),
    );
    return events.size > 0
      ? { kind: 'events', events: library.events.map((e) => e.id).filter((id) => events.has(id)) }
      : { kind: 'none', suggestions: [] };
  }
  const named = (talk: Talk) => talk.speakers.filter((s) => s.name || s.company).length;
  for (const [pattern, keep] of [
    [MOST_SPEAKERS, (talk: Talk) => named(talk) > 1],
    [SHARED, (talk: Talk) => named(talk) > 1],
    [NO_SPEAKER, (talk: Talk) => named(talk) === 0],
    [NO_COMPANY, (talk: Talk) => talk.speakers.some((s) => s.name && !s.company)],
  ] as const) {
    const found = pattern.exec(said);
    if (!found) continue;
    const rest = `${said.slice(0, found.index)} ${said.slice(found.index + found[0].length)}`;
    const order =
      pattern === MOST_SPEAKERS ? { order: (a: Talk, b: Talk) => named(b) - named(a) } : {};
    return {
      keep,
      rest: rest.replace(/\s+/g, ' ').trim(),
      speakers: pattern !== NO_SPEAKER,
      ...order,
    };
  }
  return undefined;
}
