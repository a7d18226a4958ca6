import type { ConferenceEvent, Library } from '../model.ts';
import { longPlaces } from '../place-names.ts';
import { placeAfterYear } from './place-after-year.ts';
import { comparable } from './same-talk.ts';
import { talkId } from './talk-id.ts';

/** Where a file's talks went: the event its summary line (`qcon check`) names. */
export interface FileEvent {
  event: string;
}

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/g;
const ONLY_DAYS = /^\s*\d{4}-\d{2}-\d{2}(?:\s*(?:\.\.|–|—|-|to)\s*\d{4}-\d{2}-\d{2})?\s*$/;

/**
 * Files that are one conference — `day-1.md` and `day-2.md` both "Strange Loop 2019", Alice's and
 * Bob's notes of "DevConf Prague 2025" side by side — are one event: the events list shows it
 * once with all its talks, `event:<id>` and its "List talks" button give them all, and its days
 * count from its first day. Events are one conference when their names are (case, marks and
 * spacing apart); an event still called by its file's id names no conference and stays apart.
 */
export function joinConferences(library: Library, files: FileEvent[]): void {
  const keys = conferenceKeys(library.events);
  const byName = new Map<string, ConferenceEvent[]>();
  for (const event of library.events) {
    const key = keys.get(event.id);
    if (!key) continue;
    // "KubeCon EU 2025 London": the city after the year is where it was.
    const place = event.place ? undefined : placeAfterYear(event.name)?.place;
    if (place) event.place = place;
    const same = byName.get(key);
    if (same) same.push(event);
    else byName.set(key, [event]);
  }
  for (const events of byName.values()) {
    if (events.length < 2) continue;
    // The name as an author wrote it ("KubeCon EU 2024"), over one made of a folder's name, and
    // without the city one of them wrote after the year (that is the event's place).
    const written = events.filter((event) => /\p{Lu}/u.test(event.name));
    const name = written.find((event) => !placeAfterYear(event.name)) ?? written[0] ?? events[0];
    if (!name) continue;
    const cut = placeAfterYear(name.name);
    joinEvents(library, files, events, cut?.conference ?? name.name);
  }
}

/**
 * Each event's conference key (see `conferenceKey`), none for an event still called by its
 * file's id, unless the id names a year. A city after the year ("KubeCon NA 2024 — Salt Lake City") is set aside, so the
 * notes that leave it out are the same conference, unless two of them name different cities.
 */
export function conferenceKeys(events: ConferenceEvent[]): Map<string, string> {
  const bare = new Map<string, { key: string; whole: string; place?: string }>();
  const places = new Map<string, Set<string>>();
  for (const event of events) {
    // Called by its file's id, an event names no conference ("notes", "day-1"), unless that
    // name is a conference's with its year ("KubeCon EU 2024.md", titled so or not at all).
    if (event.name === event.id && !(YEAR.test(event.name) && /\p{L}{2}/u.test(event.name)))
      continue;
    const cut = placeAfterYear(event.name);
    const key = conferenceKey(cut?.conference ?? event.name);
    if (!key) continue;
    bare.set(event.id, { key, whole: conferenceKey(event.name), place: cut?.place });
    if (!cut) continue;
    const seen = places.get(key) ?? new Set<string>();
    seen.add(conferenceKey(cut.place));
    places.set(key, seen);
  }
  const keys = new Map<string, string>();
  for (const [id, { key, whole, place }] of bare) {
    keys.set(id, place && (places.get(key)?.size ?? 0) > 1 ? whole : key);
  }
  return keys;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

const FILLER = new Set(['the', 'conference', 'conf']);

/**
 * A conference's name as two writers may both write it: its words in any order ("2024 KubeCon
 * EU"), a region or city written short ("EU", "NYC"), "the" and "conference" aside.
 */
export function conferenceKey(name: string): string {
  return longPlaces(comparable(name).split(/\s+/))
    .filter((word) => word && !FILLER.has(word))
    .sort()
    .join(' ');
}

/**
 * `named`, in the library's order, made one event called `conference`: id `talkId(conference)`
 * unless another event has it (then the first's), the talks moved to it in their order (an id
 * two of them share gets `-2`), topics and tags of all, days from the first to the last.
 */
export function joinEvents(
  library: Library,
  files: FileEvent[],
  named: ConferenceEvent[],
  conference: string,
  /** Where the files' README says the event was, where none of them says. */
  place?: string,
): void {
  const [first] = named;
  if (!first) return;
  const merged = new Set(named.map((event) => event.id));
  const wanted = talkId(conference);
  const taken = library.events.some((event) => event.id === wanted && !merged.has(event.id));
  const one: ConferenceEvent = {
    ...first,
    id: wanted && !taken ? wanted : first.id,
    name: conference,
    tags: [...new Set(named.flatMap((event) => event.tags))],
    topics: [...new Set(named.flatMap((event) => event.topics))],
  };
  const dates = joinedDates(named);
  if (dates) one.dates = dates;
  for (const field of ['place', 'author', 'source'] as const)
    one[field] ??= named.find((event) => event[field])?.[field];
  if (place) one.place ??= place;
  const synonyms = named.filter((event) => event.synonyms);
  if (synonyms.length > 0) one.synonyms = Object.assign({}, ...synonyms.map((e) => e.synonyms));
  const used = new Set<string>();
  for (const talk of library.talks) {
    if (!merged.has(talk.event)) continue;
    talk.event = one.id;
    let n = 2;
    const base = talk.id;
    while (used.has(talk.id)) talk.id = `${base}-${n++}`;
    used.add(talk.id);
  }
  for (const file of files) if (merged.has(file.event)) file.event = one.id;
  library.events = library.events.flatMap((event) =>
    event === first ? [one] : merged.has(event.id) ? [] : [event],
  );
}

/** From the first day any of them names to the last, when each says its days as ISO dates. */
function joinedDates(events: ConferenceEvent[]): string | undefined {
  const said = events.map((event) => event.dates).filter((dates) => dates !== undefined);
  if (said.length === 0 || !said.every((dates) => ONLY_DAYS.test(dates))) return said[0];
  const days = said.flatMap((dates) => dates.match(ISO_DAY) ?? []).sort();
  const [from, to] = [days[0], days.at(-1)];
  return from === to ? from : `${from}..${to}`;
}
