import type { Library } from '../model.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import type { EventWords } from './event-words.ts';
import { YEAR } from './event-years.ts';

/** What finding the years nothing in the notes is from needs of the `Resolver`. */
export interface YearTables {
  library: Library;
  index: TalkIndex;
  eventWords: EventWords;
}

/**
 * "Security talks in 2021" where the notes are of 2016: the asked years that no event's name,
 * id or dates, no talk's date and no note has (or, where every event's year is known, none of
 * those has). Such a year is a filter that nothing passes,
 * never a word to leave out unsaid (every talk would then look to be of that year).
 */
export function yearsOfNothing(query: readonly QueryWord[], tables: YearTables): string[] {
  const years = query.map((q) => q.word).filter((word) => YEAR.test(word));
  if (years.length === 0) return [];
  const { library, index, eventWords } = tables;
  const dated = yearsDated(library);
  // Where every event's year is known, a year none has is no talk's, whatever a note says of
  // it ("talks from 2017" at notes of 2022 where one recalls "since 2017").
  const allDated = everyEventDated(library);
  return years.filter(
    (year) =>
      !eventWords.names(year) && (allDated || index.frequency(year) === 0) && !dated.has(year),
  );
}

const allDatedByLibrary = new WeakMap<Library, boolean>();

/** Whether each event's name, id or dates (or a talk of it) give its year. */
function everyEventDated(library: Library): boolean {
  let all = allDatedByLibrary.get(library);
  if (all === undefined) {
    const dated = new Set(library.talks.filter((talk) => talk.date).map((talk) => talk.event));
    all = library.events.every(
      (event) =>
        dated.has(event.id) || YEAR_IN.test(`${event.name} ${event.id} ${event.dates ?? ''}`),
    );
    allDatedByLibrary.set(library, all);
  }
  return all;
}

const YEAR_IN = /(?:19|20)\d{2}/;

const datedByLibrary = new WeakMap<Library, Set<string>>();

/**
 * Every year written in an event's name, id or dates or in a talk's date, read once per library
 * (a question with a year the notes lack would otherwise scan every talk).
 */
export function yearsDated(library: Library): Set<string> {
  let years = datedByLibrary.get(library);
  if (!years) {
    years = new Set();
    const texts = library.events.flatMap((event) => [event.name, event.id, event.dates ?? '']);
    for (const talk of library.talks) if (talk.date) texts.push(talk.date);
    for (const text of texts)
      for (const [, year] of text.matchAll(YEARS_IN)) if (year) years.add(year);
    datedByLibrary.set(library, years);
  }
  return years;
}

/** Each year inside a text, overlapping ones too ("202019"), as a substring test would find. */
const YEARS_IN = /(?=((?:19|20)\d{2}))/g;
