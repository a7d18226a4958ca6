import type { ConferenceEvent, Library, Talk } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { languageNamed, languages } from './notes-language.ts';
import { joinContinents, placeNamed } from './places.ts';

/**
 * An event named loosely, by what it is rather than its name: "the devops conference" (the
 * DevOpsDays), "the cork python conf", "the brazilian frontend event", "the spanish python
 * event". The few words before a word for an event ("conference", "conf", "event", "summit",
 * "meetup"; "one" only for its name or language: "the rust one") and the place after it ("the
 * python conference in spain") describe it: by the beginning of its name's words, its tags and
 * topics, the language its notes are written in (a nationality or country names it), and the
 * words its talks say. The event that answers the most of those words, clearly first, is the one.
 * Where it took place counts too, where the notes say (`ConferenceEvent.place`); a place the notes
 * only mention in an introduction's sentence is not known.
 */
const LOOSE =
  /(?:(?:^|\s)(?:the|that|this|at|from|of)\s+|^)((?:[\p{L}\p{N}][\p{L}\p{N}.+-]*\s+){0,3}?)(conferences?|confs?|events?|summits?|meetups?|one)(?:\s+(?:in|from|at|held\s+in)\s+([\p{L}][\p{L}-]*))?(?=\s|$)/u;

/** What the step needs: the library, and which events' talks say a word (and how many). */
export interface LooseTables {
  library: Library;
  mentions: (word: string) => Map<string, number>;
  /** How many talks say a word as a whole (no word being typed): 0 when none does. */
  index?: { frequency(word: string): number };
}

/**
 * The event a loose description names, and the question without the description; undefined
 * when no description is there or no one event answers it.
 */
export function looseEvent(
  asked: string,
  tables: LooseTables,
): { event: string; rest: string } | undefined {
  const text = joinContinents(asked);
  const found = LOOSE.exec(text);
  if (!found) return undefined;
  const one = found[2] === 'one';
  const described = words(`${found[1] ?? ''} ${found[3] ?? ''}`).filter(
    (word) => !isFiller(word) && !/^(?:talks?|sessions?)$/.test(word),
  );
  if (described.length === 0) return undefined;
  const { library } = tables;
  // "Canadian conference", no article: only a country or a language describes it so ("security
  // conference talks" asks about security).
  const bare = !/^\s*(?:the|that|this|at|from|of)\s/.test(found[0]);
  if (
    bare &&
    !described.every(
      (word) =>
        languageNamed(word) !== undefined ||
        library.events.some((event) => placeNamed(event, word)),
    )
  )
    return undefined;
  const language = languages(library);
  const scores = new Map<string, { matched: number; score: number }>();
  for (const word of described) {
    const talks = one ? new Map<string, number>() : tables.mentions(word);
    for (const event of library.events) {
      const score = wordScore(word, event, language.get(event.id), talks, one, library);
      if (score === 0) continue;
      const sum = scores.get(event.id) ?? { matched: 0, score: 0 };
      scores.set(event.id, { matched: sum.matched + 1, score: sum.score + score });
    }
  }
  const ranked = [...scores].sort((a, b) => b[1].matched - a[1].matched || b[1].score - a[1].score);
  const [best, second] = ranked;
  if (!best) return undefined;
  // Clearly first: more of the words, or well ahead on them.
  if (second && second[1].matched === best[1].matched && second[1].score * 1.5 > best[1].score)
    return undefined;
  const at = found.index + (found[0].startsWith(' ') ? 1 : 0);
  // "The government ruby one": "one" is the event by its name's words only; the other words its
  // talks say describe a talk of it, and stay to search there (never every talk of RubyConf).
  const event = library.events.find((own) => own.id === best[0]) as ConferenceEvent;
  const talkWords = one
    ? described.filter(
        (word) =>
          wordScore(word, event, language.get(event.id), new Map(), one, library) === 0 &&
          (tables.index?.frequency(word) ?? 0) > 0 &&
          (tables.mentions(word).get(event.id) ?? 0) > 0,
      )
    : [];
  const rest = `${text.slice(0, at)} ${talkWords.join(' ')} ${text.slice(found.index + found[0].length)}`;
  return { event: best[0], rest: rest.replace(/\s+/g, ' ').trim() };
}

/**
 * "Talks in canada", "kafka talks in the netherlands", "anything from norway": a country (or a
 * continent, or a word of the place) the notes give as where events were, after "in" or "from":
 * those events, the place taken out of the words to search. A language's name is the language
 * ("talks in german": see `inLanguage`), and a place no event was in is left to the search.
 */
const IN_PLACE = /(?:^|\s)(?:in|from)\s+(?:the\s+)?([\p{L}]+)(?=\s|$)/gu;
/** "The american conferences", "german events": the place before the word for events. */
const PLACE_EVENTS =
  /(?:^|\s)(?:the\s+)?([\p{L}]+)\s+(?:conferences?|confs?|events?|meetups?)(?=\s|$)/gu;

export function placedEvents(
  asked: string,
  library: Library,
): { events: Set<string>; rest: string } | undefined {
  const text = joinContinents(asked);
  for (const found of [...text.matchAll(IN_PLACE), ...text.matchAll(PLACE_EVENTS)]) {
    const word = found[1] as string;
    if (languageNamed(word) && !COUNTRY_NAMES.test(word)) continue;
    const events = new Set(
      library.events.filter((event) => placeNamed(event, word)).map((event) => event.id),
    );
    if (events.size === 0) continue;
    const at = found.index + (found[0].startsWith(' ') ? 1 : 0);
    const rest = `${text.slice(0, at)} ${text.slice(found.index + found[0].length)}`;
    return { events, rest: rest.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

/** Countries whose name is also a language's word in `languageNamed`: places after "in". */
const COUNTRY_NAMES =
  /^(?:brazil|brasil|portugal|spain|espana|mexico|argentina|germany|deutschland|austria|netherlands|holland|italy|italia|france|poland|polska)$/;

const TALK_COUNTS = new WeakMap<Library, Map<string, number>>();

function talkCount(library: Library, event: string): number {
  let counts = TALK_COUNTS.get(library);
  if (!counts) {
    counts = new Map();
    for (const talk of library.talks as Talk[])
      counts.set(talk.event, (counts.get(talk.event) ?? 0) + 1);
    TALK_COUNTS.set(library, counts);
  }
  return counts.get(event) ?? 0;
}

const DESCRIBED = new WeakMap<ConferenceEvent, { name: string[]; filed: string[] }>();

/**
 * An event's name words and its folded tags and topics, read once per event: each word of "the
 * … conference" is scored against every event, and notes of a folder of one file per talk have
 * thousands.
 */
function describedBy(event: ConferenceEvent): { name: string[]; filed: string[] } {
  let described = DESCRIBED.get(event);
  if (!described) {
    described = {
      name: words(`${event.name} ${event.id}`),
      filed: [...event.tags, ...event.topics].map(fold),
    };
    DESCRIBED.set(event, described);
  }
  return described;
}

/** How well one word describes one event (0: not at all). */
function wordScore(
  word: string,
  event: ConferenceEvent,
  language: string | undefined,
  talks: Map<string, number>,
  one: boolean,
  library: Library,
): number {
  let score = 0;
  const { name, filed } = describedBy(event);
  if (name.some((part) => part === word || (word.length >= 4 && part.startsWith(word))))
    score += 10;
  if (language !== undefined && languageNamed(word) === language) score += 8;
  // "that berlin conf": where the notes say it took place.
  if (placeNamed(event, word)) score += 10;
  if (one) return score;
  if (filed.includes(word)) score += 3;
  const said = talks.get(event.id) ?? 0;
  if (said > 0) score += 0.5 + (2 * said) / Math.max(1, talkCount(library, event.id));
  return score;
}
