import { cityCountry } from '../city-countries.ts';
import { spokenPattern } from '../language-words.ts';
import type { Library, Talk } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { Asking } from './asking.ts';
import { YEAR } from './event-years.ts';
import { eventsAskedInEnglish } from './events-in-languages.ts';
import { eventsInLanguage, languageNamed, talksInEnglish } from './notes-language.ts';
import { countryNamed, joinContinents, placeNamed } from './places.ts';
import { echoing, type Plan } from './plan.ts';

/**
 * "Conferences in 2024", "which conferences were in norway", "events from poland": the events
 * themselves, those of that year (by their dates or their name), place (as the notes say) or
 * language (that their notes are written in); none when no event is.
 */
const EVENTS_IN =
  /^(?:(?:which|what|list|show(?:\s+me)?|any|all)\s+)?(?:the\s+)?(?:conferences?|events?|confs?|meetups?)\s+(?:(?:were|was|are|is|held|took\s+place|happened|did\s+you\s+cover|do\s+you\s+know|there|of|the)\s+)*(?:in|from|during)\s+(.+?)$/;

const CONTINENT = /^(?:europe|european|asia|africa|oceania|(?:north|south|latin)america)$/;

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
  // A country, continent or well-known city no event was in names none ("conferences in norway").
  const place = countryNamed(word) || cityCountry(word) !== undefined || CONTINENT.test(word);
  return events.size > 0 || language || place ? events : undefined;
}

/** The events a question asks for by year, place or language; undefined when it asks no such. */
export function eventsAsked(text: string, library: Library): Plan | undefined {
  // "Eventos de 2024": asked so in another language, the events when there are some, else the
  // words as usual ("conférences en France": the talks of Devoxx France).
  const found = EVENTS_IN.exec(
    joinContinents(fold(text))
      .replace(/[?!.,]+/g, ' ')
      .trim(),
  );
  if (!found) {
    const english = eventsAskedInEnglish(text);
    const plan = english !== text ? eventsAsked(english, library) : undefined;
    return plan?.kind === 'events' ? plan : undefined;
  }
  const said = words(found[1] as string).filter((word) => !isFiller(word));
  if (said.length === 0) return undefined;
  let events: Set<string> | undefined;
  for (const word of said) {
    const named = eventsOf(word, library);
    if (!named) return undefined;
    events = events ? new Set([...events].filter((id) => named.has(id))) : named;
  }
  if (events && events.size > 0) return { kind: 'events', events: [...events] };
  // "Conferences in norway" where no event's place is there: said so, not a random list.
  return said.some((word) => YEAR.test(word))
    ? { kind: 'none', suggestions: [] }
    : { kind: 'none', suggestions: [], unknown: 'places' };
}

/**
 * "Talks in spanish", "accessibility talks in french", "french talks", "talks in french or
 * german": a language the talks are given in (any of those named). "Talks not in english",
 * "non-english talks", "anything that isn't in english": the talks of the events whose notes are
 * in another language.
 */
const LANGUAGE_NAMES = spokenPattern();
const SEVERAL = String.raw`(${LANGUAGE_NAMES})(?:(?:\s+(?:or|and|nor)\s+|\s*/\s*)(${LANGUAGE_NAMES}))?`;
const NOT = String.raw`(?:not|non-?|(?:are|is|were|was)n['’]?t)\s*`;
const IN_LANGUAGE = new RegExp(
  String.raw`(?:^|\s)(?:(${NOT})?(?:in|en|auf|na|w)\s+${SEVERAL}(?=\s|$)|(non-?\s*)?${SEVERAL}(?=\s+(?:talks?|sessions?|presentations?)\b))`,
);

/**
 * The talks of the events whose notes are in the language named (or not, when the question
 * says so), a talk whose notes say it was in English being in English: the language taken out
 * of the words to search. A language no event's notes are in leaves no talk.
 */
export function inLanguage(ask: Asking, library: Library): Plan | undefined {
  const found = IN_LANGUAGE.exec(ask.search);
  if (!found) return undefined;
  const named = [found[2], found[3], found[5], found[6]].filter((word) => word !== undefined);
  const codes = named.map((word) => languageNamed(word));
  if (codes.length === 0 || codes.some((code) => code === undefined)) return undefined;
  const events = new Set(codes.flatMap((code) => [...eventsInLanguage(library, code as string)]));
  const not = found[1] !== undefined || found[4] !== undefined;
  // "Talks in italian" where no notes are: said so plainly, not "no match" and the topics.
  const spoken = (talk: Talk) => talk.language !== undefined && codes.includes(talk.language);
  if (!not && events.size === 0 && !codes.includes('en') && !library.talks.some(spoken))
    return { kind: 'none', suggestions: [], unknown: 'languages' };
  ask.search =
    `${ask.search.slice(0, found.index)} ${ask.search.slice(found.index + found[0].length)}`
      .replace(/\s+/g, ' ')
      .trim();
  // "Talk in English" at FrontConf Lyon is an English talk, not a French one.
  const english = talksInEnglish(library);
  const given = (talk: Talk) =>
    talk.language
      ? codes.includes(talk.language)
      : english.has(talk)
        ? codes.includes('en')
        : events.has(talk.event);
  ask.narrow((talk) => given(talk) !== not);
  ask.scope ??= echoing(ask.asked.text, ask.event);
  return undefined;
}
