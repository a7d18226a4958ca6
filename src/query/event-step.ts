import { cityCountry } from '../city-countries.ts';
import type { ConferenceEvent, Library, Talk } from '../model.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import type { TitlePhrases } from '../search/title-phrases.ts';
import { type Asking, opt } from './asking.ts';
import { emptyEvents } from './empty-events.ts';
import { looseEvent, placedEvents } from './event-loose.ts';
import type { EventWords } from './event-words.ts';
import { YEAR } from './event-years.ts';
import { eventsNamed } from './events-named.ts';
import { countryNamed, placeNamed } from './places.ts';
import { echoing, type Plan, planOf } from './plan.ts';
import { yearsOfNothing } from './unknown-years.ts';

const NONE: Plan = { kind: 'none', suggestions: [] };

import type { QueryReader } from './query-words.ts';

/** A question of only these words asks which topics there are. */
const TOPIC_WORDS = new Set(['topic', 'topics', 'tracks', 'themes', 'subjects', 'categories']);
/** Words for what an event's entry says (its place, its dates): no words to search. */
const EVENT_FACTS = new Set(['city', 'country', 'location', 'venue', 'place', 'dates', 'date']);
/** Words for an event, which beside an event's name say nothing more. */
const EVENT_NOUNS = new Set(
  'event events conference conferences conf confs meetup meetups edition'.split(' '),
);
/** "The most common topic", "main themes": the topics (with their counts) are the answer. */
const TOPIC_ASKING = new Set([
  'most',
  'common',
  'frequent',
  'main',
  'biggest',
  'largest',
  'popular',
  'covered',
  'fewest',
  'least',
  'smallest',
]);
/** Words that ask for the topics by size: "which topic had the most talks" (read as typed). */
export const RANKING = /\b(?:most|biggest|largest|popular|frequent|common)\b/i;
/** "Which topic had the fewest talks", "the least common topic": the smallest first. */
const FEWEST = /\b(?:fewest|least|smallest)\b/i;

/**
 * "When was rustfjord", "where is platformcon", "rustfjord dates": the event itself is asked
 * about, not its talks ("kubeharbor", "what was at rustfjord" are its talks).
 */
const ABOUT_EVENT =
  /\b(?:when|where|dates?|how\s+long|which\s+days?|what\s+days?|held|take\s+place|happen(?:ed)?|location|venue|city|country)\b/;

/** "What did rustconf have", "what else was at rustconf": the program asked, not the event. */
const PROGRAM =
  /\b(?:else|have|had|has|program(?:me)?|agenda|schedule|lineup|line-up)\b|\bwhat\s+(?:was|were|happened|went\s+on)\s+(?:on\s+)?at\b/;

/** What the event step needs of the `Resolver`: the library's tables, made once. */
export interface EventTables {
  library: Library;
  index: TalkIndex;
  events: Map<string, ConferenceEvent>;
  eventWords: EventWords;
  reader: QueryReader;
  titles: () => TitlePhrases;
  /** Which events' talks say a word, and how many of them. */
  mentions: (word: string) => Map<string, number>;
}

/**
 * "The cork python conf", "talks at the devops conference": an event described, not named (see
 * `looseEvent`): its talks, the description taken out of the words to search.
 */
function loosely(ask: Asking, tables: EventTables): Plan | undefined {
  if (ask.event || !ask.asked.eventNames || ask.keep) return undefined;
  const found = looseEvent(ask.search, tables);
  if (!found) {
    const placed = placedEvents(ask.search, tables.library) ?? placeAlone(ask, tables);
    if (!placed) return nowhere(ask, tables);
    ask.search = placed.rest;
    ask.query = tables.reader.queryWords(placed.rest);
    ask.narrow((talk) => placed.events.has(talk.event));
    const [only] = placed.events;
    if (ask.query.length === 0)
      ask.scope ??=
        placed.events.size === 1 && only
          ? { kind: 'list', event: only }
          : echoing(ask.asked.text, ask.event);
    return undefined;
  }
  ask.search = found.rest;
  ask.query = tables.reader.queryWords(found.rest);
  // "Where was the go conference", "when was the frontend event": the event described, itself.
  const { question } = ask;
  const talksAsked = question.talkNoun || question.focus || question.excluding || question.order;
  if (ask.query.length === 0 && !talksAsked && ABOUT_EVENT.test(ask.asked.text.toLowerCase()))
    return { kind: 'events', events: [found.event] };
  ask.narrow((talk) => talk.event === found.event);
  if (ask.query.length === 0 && tables.titles().find(ask.search).length === 0)
    ask.scope ??= { kind: 'list', event: found.event };
  return undefined;
}

/**
 * "Anything in japan?", "talks in oslo" where no event was there and no talk says it: a question
 * of only a place, which the notes give for no event, said to be so (not "no match").
 */
function nowhere(ask: Asking, tables: EventTables): Plan | undefined {
  const said = ask.query.map((q) => q.word);
  if (said.length === 0 || said.some((word) => tables.index.frequency(word) > 0)) return undefined;
  const place = (word: string) => countryNamed(word) || cityCountry(word) !== undefined;
  return said.every(place) ? { kind: 'none', suggestions: [], unknown: 'places' } : undefined;
}

/**
 * "Brighton", "the hague": a question of only a place the notes give for events, which no talk
 * says, is those events (their talks), as "talks in brighton" is.
 */
function placeAlone(
  ask: Asking,
  tables: EventTables,
): { events: Set<string>; rest: string } | undefined {
  if (ask.query.length === 0) return undefined;
  const said = ask.query.map((q) => q.word);
  if (said.some((word) => tables.index.frequency(word) > 0)) return undefined;
  const events = tables.library.events.filter((event) =>
    said.every((word) => placeNamed(event, word)),
  );
  return events.length > 0
    ? { events: new Set(events.map((event) => event.id)), rest: '' }
    : undefined;
}

/**
 * "When was datafjord", "where was pynorth": a question about an event, whose words name one
 * even where a company or a subject is called so too (the DataFjord Summit, not the talks of
 * Datafjord's people). Every word asked must name the same events.
 */
function askedAbout(ask: Asking, tables: EventTables): Plan | undefined {
  if (!ask.asked.eventNames || ask.keep || ask.event || ask.query.length === 0) return undefined;
  if (!ABOUT_EVENT.test(ask.asked.text.toLowerCase())) return undefined;
  const { question } = ask;
  if (question.talkNoun || question.focus || question.excluding || question.order) return undefined;
  let events: Set<string> | undefined;
  for (const { word } of ask.query) {
    const named = tables.eventWords.eventsNamed(word);
    if (!named) return undefined;
    events = events ? new Set([...events].filter((id) => named.has(id))) : named;
  }
  return events && events.size > 0 ? { kind: 'events', events: [...events] } : undefined;
}

/** Words that name events ("qcon", "2024", "frontend lagoon"): the events asked about, or their talks. */
export function namedEvents(ask: Asking, tables: EventTables): Plan | undefined {
  const { eventWords, reader, index } = tables;
  const whole = ask.asked.eventNames ? eventWords.wholeNames(ask.search) : undefined;
  if (whole) ask.search = whole.rest;
  ask.search = eventWords.spelled(ask.search, (word) => index.frequency(word) > 0);
  const asked = reader.queryWords(ask.search, (word) => eventWords.names(word));
  const named: ReturnType<EventWords['split']> = ask.asked.eventNames
    ? eventWords.split(asked)
    : { named: [], events: new Set<string>(), rest: asked, byName: new Set<string>() };
  const byName = new Set(named.byName);
  for (const id of whole?.events ?? []) {
    byName.add(id);
    named.named.push(id);
  }
  // "Frontend Lagoon 2025", "devnorth in 2025": the event and the year both, as `split` takes them.
  named.events = both(byName, named.byYear);
  // "Codefluss in Hamburg", "gopherpeak in denver": where the notes say the event named was is
  // no word to search (no talk says it), only that event again.
  const atPlace = (word: string) =>
    [...named.events].some((id) => {
      const event = tables.events.get(id);
      return event !== undefined && placeNamed(event, word);
    });
  // "The mlops event", "where was the mlops conference": the word for an event beside its name
  // is the name again.
  ask.query = named.rest.filter(
    (q) => !atPlace(q.word) && !(named.events.size > 0 && EVENT_NOUNS.has(q.word)),
  );
  // "Talks by Ryan Lane in 2024", "kafka talks at devnorth in 2025": a year no talk is from, or
  // an event and a year no edition has together, is a filter no talk passes, not a word to
  // leave out (`relaxed` says which filter it leaves out, if another finds talks).
  if (ask.asked.eventNames && !ask.keep) {
    if (yearsOfNothing(ask.query, tables).length > 0) return NONE;
    if (named.named.length > 0 && named.events.size === 0) return NONE;
    const empty = emptyEvents(named.events, tables.library);
    if (empty) return empty;
  }
  const noTitle = () => tables.titles().find(ask.search).length === 0;
  const { query, question } = ask;
  const topicsAsked =
    query.some((q) => TOPIC_WORDS.has(q.word)) &&
    query.every((q) => TOPIC_WORDS.has(q.word) || TOPIC_ASKING.has(q.word));
  if (query.length > 0 && !ask.keep && topicsAsked && noTitle()) {
    // "Topics at devoxx": that event's; "which topic had the most talks": the biggest first.
    const ranked = FEWEST.test(ask.asked.text) ? 'fewest' : RANKING.test(ask.asked.text);
    const events = [...named.events].filter((id) => !ask.event || id === ask.event);
    return {
      kind: 'topics',
      ...opt('events', events.length > 0 ? events : undefined),
      ...opt('ranked', ranked || undefined),
    };
  }
  if (named.named.length === 0) return askedAbout(ask, tables) ?? loosely(ask, tables);
  const ids = [...named.events].filter((id) => !ask.event || id === ask.event);
  // "What city was cloudnord in", "which country was devharbor in": what the events tell.
  const facts = query.length > 0 && query.every((q) => EVENT_FACTS.has(q.word));
  const nothingElse =
    (query.length === 0 || facts) && !ask.keep && noTitle() && !question.answerKind;
  // "When was QCon?", "where is platformcon": the events, which is all the notes know of them.
  // "Anything but observability at stacksummit" asks for talks, some left out.
  const talksAsked = question.talkNoun || question.focus || question.excluding;
  const one = oneConference(ids, tables.events);
  if (nothingElse && !talksAsked && ids.length > 0) {
    // A year alone ("what about 2023?") names editions, not a program to list.
    const byYear = named.named.every((word) => YEAR.test(word));
    // "What else did rustconf have": the talks of each edition, not the editions.
    const program = !one && PROGRAM.test(ask.asked.text.toLowerCase());
    if ((!one && !program) || byYear || ABOUT_EVENT.test(ask.asked.text.toLowerCase()))
      return { kind: 'events', events: ids };
    // "kubeharbor", "what was at rustfjord": the one event's talks (of every file about it).
    const wanted = new Set(ids);
    const talks = tables.library.talks.filter((talk: Talk) => wanted.has(talk.event));
    const scope = one ? { kind: 'list' as const, event: one } : echoing(ask.asked.text, undefined);
    return planOf(scope, talks, question);
  }
  // "The netflix talk at QCon": among several events, that event's talks.
  if (!ask.event && ids.length > 0 && ids.length < tables.events.size) {
    const wanted = new Set(ids);
    ask.narrow((talk) => wanted.has(talk.event));
    // "Talks at devoxx" over three Devoxx posts: titled by their name and how many events.
    const several = one ? undefined : eventsNamed(ids, tables.events);
    if (nothingElse)
      ask.scope ??= { kind: 'list', ...opt('event', one), ...opt('events', several) };
    // "Talks on day 2 at devopsdays ghent": the day (read first) of that event, said so.
    if (ask.scope?.kind === 'date' && one) ask.scope = { ...ask.scope, event: one };
  }
  return undefined;
}

/**
 * The first of events that are one conference: one event, or events of one name, as a conference
 * written up in a file per day or by several people is (`day-1.md` and `day-2.md`, both "Strange
 * Loop 2019"). Editions of other years, or other conferences, are no one conference.
 */
function oneConference(ids: string[], events: Map<string, ConferenceEvent>): string | undefined {
  const names = new Set(ids.map((id) => events.get(id)?.name.trim().toLowerCase() ?? id));
  return names.size === 1 ? ids[0] : undefined;
}

/** The events named by name that a year asked names too; either alone when only one is asked. */
function both(byName: Set<string>, byYear: Set<string> | undefined): Set<string> {
  if (!byYear) return byName;
  return byName.size > 0 ? new Set([...byName].filter((id) => byYear.has(id))) : byYear;
}
