import type { Library } from '../model.ts';
import { words } from '../search/analyze.ts';
import type { Plan } from './plan.ts';

/** How many other editions (events of the name's first word, with talks) are offered instead. */
const OFFERED = 3;

/**
 * "Talks at pycon us 2023" where that event's notes gave no talk (a post told as a story): said
 * so, by the event's name, never "all 0 talks" of its id nor other events' talks without it.
 * Events of its name that have talks ("PyCon UK 2023") are offered.
 */
export function emptyEvents(named: Set<string>, library: Library): Plan | undefined {
  if (named.size === 0) return undefined;
  if (library.talks.some((talk) => named.has(talk.event))) return undefined;
  const events = library.events.filter((event) => named.has(event.id));
  const names = [...new Set(events.map((event) => event.name))];
  if (names.length === 0) return undefined;
  const first = new Set(names.map((name) => words(name)[0]));
  const withTalks = new Set(library.talks.map((talk) => talk.event));
  const others = library.events.filter(
    (event) => withTalks.has(event.id) && first.has(words(event.name)[0]),
  );
  const offered = [...new Set(others.map((event) => `talks at ${event.name}`))];
  return {
    kind: 'none',
    suggestions: offered.slice(0, OFFERED),
    empty: names.join(' and '),
  };
}
