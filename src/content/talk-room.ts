import { slotAside } from './slot-aside.ts';

/**
 * Where a talk was given, as the notes say it: a `Room: 3B` / `Where: Hall A` / `📍 Stage 2`
 * line, `(Room 101)` after a title or `Hall B ·` before it, a schedule's Room column or a grid's
 * room header. Kept as the notes name the place ("Room 3B", "Hall A"), so a question naming it
 * finds it; a city ("Where: Berlin", "📍 Lisbon") is no room.
 */

/** The words that make a name a room's ("Main hall", "Salle Bleue", "Zaal 2", "Зал 1", "Auditorium"). */
const PLACE = `(?:room|hall|stage|auditorium|theat(?:re|er)|ballroom|salle|saal|sala|aula|raum|zaal|зал|sál)`;
/** A room's whole name: a place word with up to two words before it and one after. */
const ROOM_NAME = new RegExp(
  String.raw`^(?:[\p{L}\d]+\s+){0,2}${PLACE}(?:\s+[\p{L}\d]{1,12})?$`,
  'iu',
);
const ROOM_IN = String.raw`(?:[\p{L}\d]+\s+){0,2}${PLACE}(?:\s+[\p{L}\d]{1,12})?`;

/** "Streams (Room 101)", "Streams [Hall B]": the room in brackets at the end of a title. */
const AFTER = new RegExp(String.raw`[(\[]\s*(${ROOM_IN})\s*[)\]]\s*$`, 'iu');
/**
 * "Room 3B · Title", "Hall A: Title", "Main hall | Title", "10:00 · Hall B · Title": a room
 * before the title ("The engine room: lessons" is a title: only "Room X" stands before a colon).
 */
const BEFORE = [
  // "Room 3B", "Hall A", "Stage 2": a code after the word ("Stage fright: …" is a title).
  /^((?:[Rr]oom|[Hh]all|[Ss]tage|[Ss]alle|[Ss]ala|[Ss]aal|[Rr]aum)\s+(?:\p{L}?\d[\p{L}\d]{0,4}|\p{Lu}\d{0,3})(?![\p{L}\d]))\s*[:|·•–—-]\s*(?=\S)/u,
  new RegExp(String.raw`(?:^|[|·•]\s*)(${ROOM_IN})\s*[|·•]\s*(?=\S)`, 'iu'),
];

/** A room's name as the notes write it, or undefined when it names no room. */
export function roomName(text: string): string | undefined {
  const name = text
    .trim()
    .replace(/[.;,]$/, '')
    .replace(/\s+/g, ' ');
  return name.length <= 40 && ROOM_NAME.test(name) ? name : undefined;
}

/** The room a talk's heading or schedule line names, if any. */
export function roomInTitle(title: string): string | undefined {
  const found =
    AFTER.exec(title)?.[1] ??
    slotAside(title)?.place ??
    BEFORE.map((before) => before.exec(title)?.[1]).find(Boolean);
  // "Track 2 ·" is a track, not a room; "Room 3B" alone is not the whole of a title.
  return found === undefined ? undefined : roomName(found);
}

/** Labels whose value is the room itself ("Room: 3B" is Room 3B). */
const ROOM_LABEL = /^(room|hall|stage|raum|salle|sala)$/i;
/** Labels whose value is a place that may be a room ("Where: Hall A", not "Where: Berlin"). */
const PLACE_LABEL = /^(where|location|venue|place|ort|lieu|lugar|local)$/i;
const FIELD_LINE = /^\s*([\p{L}]{2,12})\s*[:：]\s*(\S.{0,40})$/u;
/** "📍 Stage 2", "📍Hall A": a pin before the place. */
const PIN = /^\s*(?:📍|🏛️?|🚪)\s*(\S.{0,40})$/u;

/**
 * The room a line of talk facts gives: "Room: 3B" (Room 3B), "Hall: A", "Where: Hall A",
 * "Location: Room 5", "📍 Stage 2". Undefined for any other line.
 */
export function roomLine(text: string): string | undefined {
  const pin = PIN.exec(text)?.[1];
  if (pin !== undefined) return roomName(pin);
  const field = FIELD_LINE.exec(text);
  const label = field?.[1];
  const value = field?.[2]?.trim().replace(/[.;,]$/, '');
  if (!label || !value) return undefined;
  if (PLACE_LABEL.test(label)) return roomName(value);
  if (!ROOM_LABEL.test(label)) return undefined;
  return labelled(label, value);
}

/**
 * The value of a label that says it is a room: "Room: 3B" is Room 3B, "Room: Main hall" the hall,
 * "Room: Lab 1" Lab 1 (the label says it is a room, so a short name of any words is one).
 */
function labelled(label: string, value: string): string | undefined {
  return (
    roomName(value) ??
    roomName(`${capital(label)} ${value}`) ??
    (value.length <= 24 && /^[\p{L}\d][\p{L}\d' -]*$/u.test(value) && value.split(' ').length <= 3
      ? value
      : undefined)
  );
}

/** A table column or grid header that names rooms ("Room", "Where") or a room ("Hall A"). */
export const ROOM_COLUMN = /^(?:rooms?|halls?|stages?|where|location|venue)$/i;

/** A Room column's cell: "3B" is Room 3B, "Hall B" is Hall B. */
export function roomCell(header: string, cell: string): string | undefined {
  const value = cell.trim();
  if (value === '' || value.length > 40) return undefined;
  const label = header.trim().replace(/s$/i, '');
  return ROOM_LABEL.test(label) ? labelled(label, value) : roomName(value);
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
