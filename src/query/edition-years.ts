import type { Library } from '../model.ts';
import type { EventWords } from './event-words.ts';
import { YEAR } from './event-years.ts';

/** The years of the editions a question names, and the word it names them by. */
export interface EditionYears {
  word: string;
  years: string[];
}

/**
 * "HarbourDev 2023" where HarbourDev's editions are of 2021 and 2022 and only another event is
 * of 2023: the years of the event named (newest first), which are the ones to offer, never
 * the notes' years (whose 2023 is another event's). Undefined where no word names an event, or
 * the year asked is one of its editions'.
 */
export function editionYears(
  asked: readonly string[],
  eventWords: EventWords,
  library: Library,
): EditionYears | undefined {
  const years = asked.filter((word) => YEAR.test(word));
  for (const word of asked) {
    if (YEAR.test(word) || !eventWords.names(word)) continue;
    // An edition whose notes gave no talk ("PyCon US 2023") is none to offer.
    const held = new Set(library.talks.map((talk) => talk.event));
    const ids = new Set([...(eventWords.eventsNamed(word) ?? [])].filter((id) => held.has(id)));
    if (ids.size === 0) continue;
    const own = yearsOfEvents(ids, library);
    if (own.length === 0 || years.some((year) => own.includes(year))) return undefined;
    return { word, years: own };
  }
  return undefined;
}

/** The years in these events' names, ids and dates and their talks' dates, newest first. */
function yearsOfEvents(ids: ReadonlySet<string>, library: Library): string[] {
  const texts: string[] = [];
  for (const event of library.events)
    if (ids.has(event.id)) texts.push(event.name, event.id, event.dates ?? '');
  for (const talk of library.talks) if (ids.has(talk.event) && talk.date) texts.push(talk.date);
  const years = new Set(texts.flatMap((text) => text.match(/(?:19|20)\d{2}/g) ?? []));
  return [...years].sort().reverse();
}
