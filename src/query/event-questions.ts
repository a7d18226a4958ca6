import type { Library } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { Asking } from './asking.ts';
import { YEAR } from './event-words.ts';
import { eventsInLanguage, languageNamed } from './notes-language.ts';
import { placeNamed } from './places.ts';
import { echoing, type Plan } from './plan.ts';

/**
 * "Conferences in 2024", "which conferences were in norway", "events from poland": the events
 * themselves, those of that year (by their dates or their name), place (as the notes say) or
 * language (that their notes are written in); none when no event is.
 */
const EVENTS_IN =
  /^(?:(?:which|what|list|show(?:\s+me)?|any|all)\s+)?(?:the\s+)?(?:conferences?|events?|confs?|meetups?)\s+(?:(?:were|was|are|is|held|took\s+place|happened|did\s+you\s+cover|do\s+you\s+know|there|of|the)\s+)*(?:in|from|during)\s+(.+?)$/;

/** The events a word names by where or when they were: year, place, their notes' language. */
function eventsOf(word: string, library: Library): Set<string> | undefined {
  if (YEAR.test(word))
    return new Set(
      library.events
        .filter((event) => (event.dates ?? '').startsWith(word) || words(event.name).includes(word))
        .map((event) => event.id),
    );
  const language = languageNamed(word);
  const events = language ? eventsInLanguage(library, language) : new Set<string>();
  for (const event of library.events) if (placeNamed(event, word)) events.add(event.id);
  return events.size > 0 || language ? events : undefined;
}

/** The events a question asks for by year, place or language; undefined when it asks no such. */
export function eventsAsked(text: string, library: Library): Plan | undefined {
  const found = EVENTS_IN.exec(
    fold(text)
      .replace(/[?!.,]+/g, ' ')
      .trim(),
  );
  if (!found) return undefined;
  const said = words(found[1] as string).filter((word) => !isFiller(word));
  if (said.length === 0) return undefined;
  let events: Set<string> | undefined;
  for (const word of said) {
    const named = eventsOf(word, library);
    if (!named) return undefined;
    events = events ? new Set([...events].filter((id) => named.has(id))) : named;
  }
  return events && events.size > 0
    ? { kind: 'events', events: [...events] }
    : { kind: 'none', suggestions: [] };
}

/**
 * "Talks in spanish", "accessibility talks in french", "french talks": a language the talks are
 * given in.
 */
const LANGUAGE_NAMES =
  'spanish|german|french|polish|portuguese|italian|dutch|castellano|espanol|deutsch|francais|polski|portugues|italiano|nederlands';
const IN_LANGUAGE = new RegExp(
  `(?:^|\\s)(?:(?:in|en|auf|na|w)\\s+(${LANGUAGE_NAMES})(?=\\s|$)|(${LANGUAGE_NAMES})(?=\\s+(?:talks?|sessions?|presentations?)\\b))`,
);

/**
 * The talks of the events whose notes are in the language named: the language taken out of
 * the words to search. A language no event's notes are in leaves no talk.
 */
export function inLanguage(ask: Asking, library: Library): void {
  const found = IN_LANGUAGE.exec(ask.search);
  const language = found && languageNamed((found[1] ?? found[2]) as string);
  if (!found || !language) return;
  const events = eventsInLanguage(library, language);
  ask.search =
    `${ask.search.slice(0, found.index)} ${ask.search.slice(found.index + found[0].length)}`
      .replace(/\s+/g, ' ')
      .trim();
  ask.narrow((talk) => events.has(talk.event));
  ask.scope ??= echoing(ask.asked.text, ask.event);
}
