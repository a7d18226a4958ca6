import type { Library } from '../model.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import type { EventWords } from './event-words.ts';
import { YEAR } from './event-words.ts';

/** What finding the years nothing in the notes is from needs of the `Resolver`. */
export interface YearTables {
  library: Library;
  index: TalkIndex;
  eventWords: EventWords;
}

/**
 * "Security talks in 2021" where the notes are of 2016: the asked years that no event's name,
 * id or dates, no talk's date and no note has. Such a year is a filter that nothing passes,
 * never a word to leave out unsaid (every talk would then look to be of that year).
 */
export function yearsOfNothing(query: readonly QueryWord[], tables: YearTables): string[] {
  const years = query.map((q) => q.word).filter((word) => YEAR.test(word));
  if (years.length === 0) return [];
  const { library, index, eventWords } = tables;
  return years.filter(
    (year) =>
      !eventWords.names(year) &&
      index.frequency(year) === 0 &&
      !library.events.some((event) =>
        [event.name, event.id, event.dates ?? ''].some((text) => text.includes(year)),
      ) &&
      !library.talks.some((talk) => talk.date?.includes(year)),
  );
}
