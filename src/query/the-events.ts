import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { trimEndOf } from '../text.js';
import type { Asked } from './asking.ts';
import type { Plan } from './plan.ts';
import type { Schedule } from './schedule-order.ts';
import type { Question } from './understand.ts';

/**
 * "Who wrote the devnorth notes", "who took the stackwave notes", "who wrote the notes on
 * testfest": the notes' author.
 */
const AUTHOR =
  /\bwho\s+(?:wrote|took|made|published|posted|authored|did|put\s+together|writes)\s+(?:up\s+)?(?:the\s+)?(?:(.+?)\s*(?:notes|post|blog\s*post|write-?up|recap|summary)\b|(?:notes|post|blog\s*post|write-?up|recap|summary)\s+(?:on|for|about|from|of|at)\s+(?:the\s+)?(.+))/;

/** Words that name an event as a kind of thing, no more: "which was the oldest event". */
const EVENT_NOUN = /^(?:events?|conferences?|confs?|editions?|meetups?)$/;

/**
 * Questions about the events themselves, answered with their cards: who wrote an event's notes,
 * which was the oldest (newest) event; or, for "the newest conference's rust talks", the talks
 * of that event. `read`: words read as a question; `inEvent`: the question asked in one event.
 * "Who wrote these notes", naming no event: every event's card, each with its notes' author.
 */
export function theEvents(
  asked: Asked,
  question: Question,
  schedule: Schedule,
  {
    read,
    inEvent,
    allEvents,
    authors,
    speaks,
  }: {
    read: (text: string) => Plan;
    inEvent: (event: string) => Plan;
    /** Every event's id, in the notes' order. */
    allEvents: () => string[];
    /** The events with whose notes they are (`author`), and whether a speaker has a name. */
    authors?: () => { id: string; author?: string }[];
    speaks?: (name: string) => boolean;
  },
): Plan | undefined {
  // "Who is Holger Reinhardt?", "notes by Holger Reinhardt": the person wrote the notes, and
  // gave no talk: the events whose notes they are, each card saying so.
  const wrote = authors && speaks ? notesBy(asked.text, authors(), speaks) : undefined;
  if (wrote) return { kind: 'events', events: wrote };
  const author = AUTHOR.exec(fold(asked.text));
  const named = author?.[1] ?? (author?.[2] && trimEndOf(author[2], '?!.', false));
  // "Who wrote these notes": no event named, so every event's card, each saying whose notes.
  if (author && (named === undefined || words(named).every(isFiller)))
    return { kind: 'events', events: allEvents() };
  if (named) {
    // The event's card says whose notes they are ("who wrote the notes on testfest" too).
    const plan = read(named);
    if (plan.kind === 'events') return plan;
    if (plan.kind === 'talks' && plan.scope.event)
      return { kind: 'events', events: [plan.scope.event] };
  }
  const latest = question.eventOrder && !asked.event && schedule.event(question.eventOrder);
  if (!latest) return undefined;
  // "Which was the oldest event": the event itself, when nothing more is asked.
  const more = words(question.rest).some((word) => !isFiller(word) && !EVENT_NOUN.test(word));
  if (!more && !question.talkNoun) return { kind: 'events', events: [latest] };
  // "The newest conference": that event, or its talks when more is asked.
  const plan = inEvent(latest);
  return plan.kind === 'none' ? { kind: 'events', events: [latest] } : plan;
}

/** Words a question about a notes' author may have besides the name: "notes by", "who wrote". */
const ABOUT_AUTHOR =
  /^(?:notes?|wrote|write|writes|written|writing|author|authors|post|posts|by|blog)$/;

const AUTHOR_NAMES = new WeakMap<object, Map<string, string[]>>();

/** Each notes author's name (of two words or more, as searched), with the events of their notes. */
function authorNames(events: { id: string; author?: string }[]): Map<string, string[]> {
  let names = AUTHOR_NAMES.get(events);
  if (names) return names;
  names = new Map();
  for (const event of events) {
    for (const person of event.author?.split(/\s*(?:,|&|\band\b)\s*/) ?? []) {
      const name = words(person).join(' ');
      if (name.includes(' ')) names.set(name, [...(names.get(name) ?? []), event.id]);
    }
  }
  AUTHOR_NAMES.set(events, names);
  return names;
}

/**
 * The events whose notes the person the question names wrote, where the question asks about no
 * more than them ("who is …", "… notes", "what did … write") and no talk is theirs.
 */
function notesBy(
  text: string,
  events: { id: string; author?: string }[],
  speaks: (name: string) => boolean,
): string[] | undefined {
  const said = ` ${words(text).join(' ')} `;
  const found = new Map<string, string[]>();
  for (const [name, ids] of authorNames(events))
    if (said.includes(` ${name} `)) found.set(name, ids);
  if (found.size !== 1) return undefined;
  const [[name, ids] = ['', []]] = [...found];
  const rest = said.replace(` ${name} `, ' ').trim().split(' ').filter(Boolean);
  if (speaks(name) || !rest.every((word) => isFiller(word) || ABOUT_AUTHOR.test(word)))
    return undefined;
  return ids;
}
