import type { Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import type { Asking } from './asking.ts';
import { echoing, type Plan } from './plan.ts';
import type { Question } from './understand.ts';

/**
 * Rooms in questions. "What's on in room 3B", "talks in Hall A on day 2", "main stage": the talks
 * the notes put in that room (`talk.room`). "Which room is the kafka talk in", "where is Jane's
 * talk": the talk, its card led by its room, or saying the notes do not give it. A room the notes
 * never name ("room 9") finds no talk (never talks that happen to say "room"): the answer names
 * the rooms they do give, or says they give none.
 */

/** A word of a room's name in most languages the notes are written in. */
const PLACE =
  /\b(?:rooms?|halls?|stages?|auditorium|theat(?:re|er)|ballroom|salle|saal|sala|aula|raum)\b/;
/** "Room 9", "hall c", "sala 2": a room named by its code. */
const NAMED =
  /\b(?:room|hall|stage|salle|saal|sala|raum)\s+([a-z]?\d[a-z\d]{0,4}|[a-z])(?![\p{L}\d])/u;
/** Asking where a talk is: "which room", "where is", "welcher Raum", "qué sala", "quelle salle". */
const WHERE =
  /\b(?:(?:which|what|wich|wat|welche[rnms]?|qu[ée]|quelle|qual|cu[áa]l)\s+(?:rooms?|halls?|stage|raum|saal|sala|salle)|where(?:\s+(?:is|was|are|were|will|does|did|do|can)\b|['’]s\b|s\b)|wo\s+(?:ist|war|findet|l[äa]uft)|d[óo]nde\s+(?:es|est[áa]|fue|era|ser[áa])|o[ùu]\s+(?:est|[ée]tait|a\s+lieu|se\s+passe)|onde\s+(?:[ée]|foi|fica|vai\s+ser))\b/;
/** The words of asking where, which are no words of a talk. */
const WHERE_WORDS = new Set(
  'room rooms hall stage where wo welcher welche welchem raum saal sala salle donde dónde quelle onde em'.split(
    ' ',
  ),
);

/**
 * Rooms the talks give: each plain name → the name as written, and the names a question may use
 * for it → its plain name ("2a" for Room 2A). Made once per library.
 */
interface Rooms {
  names: Map<string, string>;
  aliases: Map<string, string>;
  /** Each room's talks by its plain name: narrowing to a room reads no talk's room again. */
  talks: Map<string, Set<Talk>>;
}
const tables = new WeakMap<readonly Talk[], Rooms>();

/** A room's name or a question as compared: folded, punctuation as spaces. */
function plain(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function roomsOf(talks: readonly Talk[]): Rooms {
  let rooms = tables.get(talks);
  if (!rooms) {
    rooms = { names: new Map(), aliases: new Map(), talks: new Map() };
    for (const talk of talks) {
      if (!talk.room) continue;
      const name = plain(talk.room);
      rooms.names.set(name, talk.room);
      const held = rooms.talks.get(name) ?? new Set<Talk>();
      rooms.talks.set(name, held.add(talk));
      rooms.aliases.set(name, name);
      // "What's in 2A": a room's code, with a number, names it without its word.
      const code = CODED.exec(name)?.[1];
      if (code && /\d/.test(code)) rooms.aliases.set(code, name);
    }
    tables.set(talks, rooms);
  }
  return rooms;
}

/** "room 2a", "hall 3": a room's word and its code. */
const CODED = /^(?:room|hall|stage|salle|saal|sala|raum)\s+(\S+)$/;
/** "Which rooms are there", "list the rooms": the rooms themselves. */
const ROOMS_ASKED =
  /\b(?:which|what|list|all|show)\b.*\brooms\b|\brooms\b.*\b(?:are|were)\s+there\b/;

/** "Which room is the kafka talk in?": the card says where, or that the notes do not. */
export function roomFocus(text: string, question: Question): void {
  const folded = fold(text);
  if (question.focus || !WHERE.test(folded)) return;
  // "Where was the ledger event" asks for its place: only a talk, or a person's, is in a room.
  if (PLACE.test(folded) || OF_TALK.test(folded)) question.focus = 'room';
}

/** "Where is Jane's talk", "where is Ada speaking": a talk is asked about. */
const OF_TALK =
  /\b(?:talks?|sessions?|keynotes?|panels?|workshops?|presentations?|lightning|speaking|presenting|speak|present|giving|vortrag|charla|palestra)\b|\p{L}['’]s\b/u;

/** The talks of the room the question names, or the answer that the notes give no such room. */
export function inRoom(ask: Asking): Plan | undefined {
  const text = ` ${plain(ask.asked.text)} `;
  const placed = PLACE.test(text);
  const rooms = roomsOf(ask.library);
  // "Lab 1", "2A": a room named with a number needs no word for a room before it; "Kafka", a
  // room named after a word, does ("the kafka room"), or "kafka talks" would be its talks; so
  // does a bare number ("Room 2" is not the 2 of "observability 2.0" or "day 2").
  let best: string | undefined;
  for (const alias of rooms.aliases.keys())
    if (
      (placed || (/\d/.test(alias) && !/^\d+$/.test(alias))) &&
      text.includes(` ${alias} `) &&
      alias.length > (best?.length ?? 0)
    )
      best = alias;
  const offered = [...rooms.names.values()].slice(0, 8).map((room) => `talks in ${room}`);
  if (best === undefined) {
    if (!placed) return undefined;
    // "Which rooms were there": the rooms, as questions to ask.
    if (ROOMS_ASKED.test(text) && rooms.names.size > 0)
      return { kind: 'none', suggestions: offered };
    const named = NAMED.exec(text);
    if (!named || ask.question.focus === 'room') return undefined;
    // "What's on in room 9": no talk was there, as far as the notes say.
    if (rooms.names.size === 0) return { kind: 'none', suggestions: [], unknown: 'rooms' };
    return { kind: 'none', suggestions: offered.slice(0, 5) };
  }
  const room = rooms.aliases.get(best) ?? best;
  const held = rooms.talks.get(room);
  ask.narrow((talk) => held?.has(talk) === true);
  // "Hall A on day 2" where Hall A had no talk that day.
  if (!ask.keep?.includes(1)) return { kind: 'none', suggestions: [] };
  // "Day 2 in Hall A": the day's title says the room too.
  const named = rooms.names.get(room) ?? room;
  if (ask.scope?.kind === 'date')
    ask.scope = { ...ask.scope, label: `${ask.scope.label} in ${named}` };
  ask.scope ??= echoing(ask.asked.text, ask.event);
  const own = new Set([...room.split(' '), ...best.split(' ')]);
  ask.query = ask.query.filter((q) => !own.has(q.word) && !WHERE_WORDS.has(q.word));
  return undefined;
}

/** The question's words without those of asking where ("which room is the kafka talk in"). */
export function withoutWhereWords(ask: Asking): void {
  if (ask.question.focus === 'room') ask.query = ask.query.filter((q) => !WHERE_WORDS.has(q.word));
}
