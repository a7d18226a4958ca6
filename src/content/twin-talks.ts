import type { Library, Talk } from '../model.ts';
import { conferenceKeys } from './join-events.ts';
import { comparable } from './same-talk.ts';

/** Fewest words of a title that names one talk even where one writer left out its speaker. */
const TITLE_ALONE_WORDS = 3;

/**
 * One talk written up in two files of one conference — Alice's and Bob's notes of DevConf 2025,
 * side by side in a folder, or a talk in the day-1 file and again in a summary — is one talk:
 * the same title in the notes of events of one name, by the same speakers (or, for a title of
 * three words or more, with the speakers left out by one writer), on the same day where both
 * say. The first keeps its place, id and summary, takes the other's links, notes and whatever
 * it did not say (company, topic, time…), and lists the other's place in `also`; the other is
 * dropped. Answers then show it once, with every link either writer gave.
 * Returns whether any talk was merged (the index counted before must then be counted again).
 */
export function mergeTwinTalks(library: Library): boolean {
  if (library.events.length < 2) return false;
  // Events of one conference however written ("KubeCon EU 2024", "KubeCon Europe 2024 — Paris").
  const keys = conferenceKeys(library.events);
  const names = new Map(
    library.events.map((event) => [event.id, keys.get(event.id) ?? comparable(event.name)]),
  );
  // Looked up, never searched: ten thousand files of one "Keynote" stay linear.
  const byPeople = new Map<string, Talk>();
  const unnamed = new Map<string, Talk>();
  const byTitle = new Map<string, Talk>();
  const dropped = new Set<Talk>();
  for (const talk of library.talks) {
    const words = comparable(talk.title);
    const title = `${names.get(talk.event) ?? talk.event}\n${words}`;
    const who = people(talk);
    const long = words.split(' ').length >= TITLE_ALONE_WORDS;
    const candidates = who
      ? [byPeople.get(`${title}\n${who}`), long ? unnamed.get(title) : undefined]
      : [long ? byTitle.get(title) : undefined];
    const twin = candidates.find((first) => first && twins(first, talk));
    if (twin) {
      absorb(twin, talk);
      dropped.add(talk);
      continue;
    }
    if (who && !byPeople.has(`${title}\n${who}`)) byPeople.set(`${title}\n${who}`, talk);
    if (!who && !unnamed.has(title)) unnamed.set(title, talk);
    if (!byTitle.has(title)) byTitle.set(title, talk);
  }
  if (dropped.size === 0) return false;
  library.talks = library.talks.filter((talk) => !dropped.has(talk));
  return true;
}

/** Two writings of one talk: in two files, not on two days. */
function twins(first: Talk, other: Talk): boolean {
  // Two talks of one title in one file are two sessions (a keynote each day): that file's
  // reader has already joined those that were one.
  if (first.source.file === other.source.file) return false;
  return !(first.date && other.date && first.date !== other.date);
}

/** The speakers' names as two writings of them compare, or '' when the notes name none. */
function people(talk: Talk): string {
  return talk.speakers
    .map((speaker) => comparable(speaker.name ?? speaker.company ?? ''))
    .filter(Boolean)
    .sort()
    .join('|');
}

export function absorb(kept: Talk, other: Talk): void {
  for (const link of other.links)
    if (!kept.links.some((known) => known.url === link.url)) kept.links.push(link);
  kept.notes.push(...other.notes);
  if (!kept.summary) kept.summary = other.summary;
  const named = (talk: Talk) => talk.speakers.filter((s) => s.name).length;
  const told = (talk: Talk) => talk.speakers.filter((s) => s.company).length;
  if (named(other) > named(kept) || (named(other) === named(kept) && told(other) > told(kept)))
    kept.speakers = other.speakers;
  for (const field of [
    'officialTitle',
    'kind',
    'topic',
    'date',
    'day',
    'time',
    'track',
    'room',
  ] as const)
    kept[field] ??= other[field];
  kept.also ??= [];
  kept.also.push(other.source, ...(other.also ?? []));
}
