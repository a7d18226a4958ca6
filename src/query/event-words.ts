import type { Library } from '../model.ts';
import { otherSpellings } from '../place-names.ts';
import { termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { plausibleTypo } from '../search/typos.ts';
import { inSlices } from '../slices.ts';
import { Subjects } from './event-subjects.ts';
import {
  datedYears,
  gluedYears,
  SHORT_YEAR,
  shortYearOf,
  shortYears,
  talkYears,
  YEAR,
} from './event-years.ts';

/**
 * Words that name an event ("qcon", "york", "platformcon", "berlin") and nothing its talks are
 * about: in a question they say which conference, not what about, so they never score (the
 * notes' links are full of them). A word of a talk's title, kind, topic, speaker or company is a
 * subject as well ("Microservices Summit"), and stays a word to search for.
 */
export class EventWords {
  private table?: Map<string, Set<string>>;
  /** The events' name words of six letters or more as written, that a slip is measured against. */
  private written?: string[];
  /** The events' names of two words or more, by their first word, longest first. */
  private phrases?: Map<string, NamePhrase[]>;

  /** Every term of the events' names, subjects included ("datafjord", a company too). */
  private all?: Map<string, Set<string>>;

  /**
   * `said`: which events' talks say a word (not by their event's name), and how many: a name
   * word the talks of other events say ("sre") is a subject of theirs as much as a name.
   */
  constructor(
    private readonly library: Library,
    private readonly said: (word: string) => Map<string, number> = () => new Map(),
    /** Whether a word is one the field has other words for ("sre"): a subject, whoever says it. */
    private readonly subject: (word: string) => boolean = () => false,
  ) {}

  /**
   * The events a word names, when the question asks about events ("when was datafjord"): the
   * event, even where a company of a talk is called so too. Common words name none.
   */
  eventsNamed(word: string): Set<string> | undefined {
    this.all ??= this.eventTerms();
    return this.all.get(termOf(word) ?? word);
  }

  /**
   * Events named in full ("frontend lagoon", "pyday andalucia"): the name's words (its year and
   * filler aside) in a row, taken out of the (folded) text even where one is a subject word
   * ("frontend"), which alone would be a topic. Names of one word are `split`'s.
   */
  wholeNames(text: string): { events: string[]; rest: string } | undefined {
    this.phrases ??= namePhrases(this.library);
    const typed = words(text);
    const events: string[] = [];
    const kept: string[] = [];
    for (let i = 0; i < typed.length; ) {
      const at = i;
      const fits = (phrase: NamePhrase) => phrase.words.every((word, k) => typed[at + k] === word);
      const list = this.phrases.get(typed[i] as string) ?? [];
      const found = list.find(fits);
      if (!found) {
        kept.push(typed[i++] as string);
        continue;
      }
      i += found.words.length;
      // Every event of that name: "qcon london" is each year's QCon London, "strange loop" the
      // conference written up in a file per day. "Rust Rhein-Main Meetup #12": the edition of
      // the number typed, and each edition when none is.
      const same = list.filter((p) => p.words.length === found.words.length && fits(p));
      const numbered = same.filter((p) => p.number !== undefined && p.number === typed[i]);
      if (numbered.length > 0) i++;
      for (const phrase of numbered.length > 0 ? numbered : same)
        if (!events.includes(phrase.event)) events.push(phrase.event);
      // "JSConf EU" is also the post "Key Takeaways of JSConf EU … Berlin 2019": a name written
      // inside another event's longer one names that event too.
      if (numbered.length === 0)
        for (const id of this.containing(found.words)) if (!events.includes(id)) events.push(id);
    }
    return events.length > 0 ? { events, rest: kept.join(' ') } : undefined;
  }

  /**
   * Each event's name as words (no year or number), for `containing`, with its little words and
   * without them ("ReefJS EU": "eu" is Portuguese "I" too): made once.
   */
  private nameWords?: { id: string; names: string[][] }[];

  /** The events whose name has these words in a row, past its first word. */
  private containing(phrase: string[]): string[] {
    this.nameWords ??= this.library.events.map((event) => {
      const all = words(event.name).filter((word) => !/^\d+$/.test(word));
      return { id: event.id, names: [all.filter((word) => !isFiller(word)), all] };
    });
    const ids: string[] = [];
    const has = (name: string[]) => {
      for (let at = 1; at + phrase.length <= name.length; at++)
        if (phrase.every((word, k) => name[at + k] === word)) return true;
      return false;
    };
    for (const { id, names } of this.nameWords) if (names.some(has)) ids.push(id);
    return ids;
  }

  /** The question's words that name events, the events they name, and the other words. */
  split(query: QueryWord[]): {
    named: string[];
    events: Set<string>;
    rest: QueryWord[];
    byYear?: Set<string>;
    byName: Set<string>;
  } {
    // The table is made only for a question with a word of an event's name in it.
    const table = query.some((word) => !word.alternatives?.length && this.mayName(word.word))
      ? this.words()
      : NO_NAMES;
    const named: string[] = [];
    const events = new Set<string>();
    // "At devnorth in 2025": the events of that year, which the other words' events must be.
    let byYear: Set<string> | undefined;
    const rest: QueryWord[] = [];
    // The events the word before named by name, whose year a number after it may write short.
    let before: Set<string> | undefined;
    for (const word of query) {
      const ids = word.alternatives?.length
        ? undefined
        : (table.get(termOf(word.word) ?? word.word) ?? shortYearOf(word.word, before, table));
      before = ids && !YEAR.test(word.word) && !SHORT_YEAR.test(word.word) ? ids : undefined;
      if (!ids) {
        rest.push(word);
        continue;
      }
      named.push(word.word);
      if (YEAR.test(word.word) || SHORT_YEAR.test(word.word)) {
        byYear ??= new Set<string>();
        for (const id of ids) byYear.add(id);
      } else for (const id of ids) events.add(id);
    }
    if (!byYear) return { named, events, rest, byName: events };
    const both = events.size > 0 ? [...events].filter((id) => byYear.has(id)) : [...byYear];
    return { named, events: new Set(both), rest, byYear, byName: events };
  }

  /**
   * The question with an event's name word as the notes spell it: typed in two ("nordic infra",
   * "stack summit", "dev day" where the first word alone names an event too) or with a slip or another spelling ("nordicinfa", "devharbour"), which only
   * the events' few words are compared with. A word of the notes stays as typed.
   */
  spelled(text: string, known: (word: string) => boolean): string {
    const typed = text.split(' ');
    const out: string[] = [];
    for (let i = 0; i < typed.length; i++) {
      let word = typed[i] as string;
      // "google i/o": the letters a slash parts, as an event's name has them ("I/O": io).
      const slashed = word.includes('/') ? slashWords(word)[0] : undefined;
      if (slashed && slashed.length === word.length - 1 && this.names(slashed)) word = slashed;
      const two = `${word}${typed[i + 1] ?? ''}`;
      const joined = this.names(two) ? two : this.closeName(two);
      // "dev day" for "DevDay": "dev" may name the event too, but "day" alone names none.
      const next = typed[i + 1];
      if (next !== undefined && joined && (!this.names(word) || !this.names(next))) {
        out.push(joined);
        i++;
      } else out.push(this.names(word) || known(word) ? word : (this.closeName(word) ?? word));
    }
    return out.join(' ');
  }

  /** The event word one slip from a long word typed ("devharbour" → devharbor), if one. */
  private closeName(word: string): string | undefined {
    if (word.length < 6 || /\d/.test(word)) return undefined;
    // The names as written ("fjordops"), not their stems, which a slip is measured against.
    // Made once: a question asks for each of its words and pairs of words.
    this.written ??= [
      ...new Set(this.library.events.flatMap((event) => words(`${event.name} ${event.id}`))),
    ].filter((name) => name.length >= 6 && this.mayName(name));
    const close = this.written.filter((name) => plausibleTypo(word, name) && this.names(name));
    return close.length === 1 ? close[0] : undefined;
  }

  /** Whether the word names an event ("reactiveconf", "golab"). */
  names(word: string): boolean {
    return this.mayName(word) && this.words().has(termOf(word) ?? word);
  }

  /**
   * Whether the word is a term of an event's name at all, subjects included: the events' few
   * words say so without the pass over every talk that tells their subjects (a one-off question
   * at 10,000 talks waited ~0.6 s for it, though it named no event).
   */
  private mayName(word: string): boolean {
    this.all ??= this.eventTerms();
    return this.all.has(termOf(word) ?? word);
  }

  /** The table made ahead, in slices that let answers through (a reloaded bot, before its swap). */
  async prepare(turn: () => Promise<unknown>): Promise<void> {
    if (this.table) return;
    const table = this.eventTerms();
    const subjects = new Subjects(table, this.library.events);
    await inSlices(this.library.talks, (talk) => subjects.remove(talk), turn);
    this.withoutSubjects(table);
    this.table ??= table;
  }

  /** Made on first use: one pass over the titles, topics and names of every talk. */
  private words(): Map<string, Set<string>> {
    if (this.table) return this.table;
    const table = this.eventTerms();
    const subjects = new Subjects(table, this.library.events);
    for (const talk of this.library.talks) subjects.remove(talk);
    this.withoutSubjects(table);
    this.table = table;
    return this.table;
  }

  /**
   * Takes out the name words that the talks of two other events or more say ("kafka"), or
   * that the field has other words for ("sre"): words of a subject, that alone would take a
   * question to one event. A few per event, each looked up once per library.
   */
  private withoutSubjects(table: Map<string, Set<string>>): void {
    for (const [term, ids] of table) {
      if (YEAR.test(term)) continue;
      if (this.subject(term)) {
        table.delete(term);
        continue;
      }
      const others = [...this.said(term).keys()].filter((event) => !ids.has(event));
      if (others.length >= 2) table.delete(term);
    }
  }

  /**
   * Every term of the events' names and ids, with the events it names; not a common word
   * ("main" of "Rust Rhein-Main Meetup #12", "days", "north") nor a number other than a year
   * ("12"), which alone name no event: its other words or its whole name do.
   */
  private eventTerms(): Map<string, Set<string>> {
    const table = new Map<string, Set<string>>();
    const talksDated = talkYears(this.library);
    for (const event of this.library.events) {
      // The years of its dates too: "talks in 2025" are those of a meetup held on 2025-09-18,
      // though only the other event of that year carries "2025" in its name; and of its talks'
      // dates ("gophercon 2017" where the post names no year, but dates its talks).
      const named = words(`${event.name} ${event.id}`);
      const spelled = [...otherSpellings(words(event.name)).flat(), ...slashWords(event.name)];
      const years = [
        ...gluedYears(named),
        ...shortYears(event.name),
        ...datedYears(event),
        ...(talksDated.get(event.id) ?? []),
      ];
      for (const word of [...named, ...spelled, ...years]) {
        const term = termOf(word);
        if (term === null || isFiller(word) || isCommon(word)) continue;
        const ids = table.get(term) ?? new Set<string>();
        ids.add(event.id);
        table.set(term, ids);
      }
    }
    return table;
  }
}

const NO_NAMES: ReadonlyMap<string, Set<string>> = new Map();

/** An event's name as words, and the number it has besides its year ("Meetup #12"). */
interface NamePhrase {
  words: string[];
  event: string;
  number?: string;
}

/**
 * English words of everyday use that events' names are made of: alone in a question they are
 * that word ("main points of …", "open source"), not the event.
 */
const COMMON = new Set(
  (
    'main day days week weekend night nights live local world global open north south east ' +
    'west central city big next new first great grand little high low deep build land sea lake ' +
    'bay port river spring summer autumn fall winter edge core scale ship bridge connect free ' +
    'one all home hub lab school party point points key part young old good best real future ' +
    'modern session sessions talk talks community meet meeting edition annual international ' +
    'national'
  ).split(' '),
);

/** A common word, or a number that is no year ("#12"): no event's name alone. */
function isCommon(word: string): boolean {
  return COMMON.has(word) || (/^\d+$/.test(word) && !YEAR.test(word));
}

/** Each event's name as words (no year, no filler), by its first word: made once per library. */
function namePhrases(library: Library): Map<string, NamePhrase[]> {
  const phrases = new Map<string, NamePhrase[]>();
  for (const event of library.events) {
    const written = words(event.name);
    // "KubeCon EU" is asked for as "kubecon europe" too, "QCon New York" as "qcon nyc".
    for (const spelling of [written, ...otherSpellings(written)]) {
      const all = spelling.filter((word) => !YEAR.test(word) && !isFiller(word));
      const number = all.find((word) => /^\d+$/.test(word));
      // "PyCon US": a little word of the name ("us") after a word of it is the name's too: typed
      // so, it tells that event from "PyCon UK" (the name without it still names the event).
      const kept = spelling.filter((word) => !YEAR.test(word) && !/^\d+$/.test(word));
      const whole = kept.slice(
        Math.max(
          0,
          kept.findIndex((word) => !isFiller(word)),
        ),
      );
      const short = all.filter((word) => !/^\d+$/.test(word));
      for (const name of whole.length > short.length ? [short, whole] : [short]) {
        if (name.length < 2) continue;
        const list = phrases.get(name[0] as string) ?? [];
        list.push({ words: name, event: event.id, ...(number ? { number } : {}) });
        phrases.set(name[0] as string, list);
      }
    }
  }
  // Longest first; sorted once, not at each name (hundreds of events may share a first word).
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return phrases;
}

/** "Google I/O", "A/B Days": the letters a slash parts are one word as typed ("google io"). */
function slashWords(name: string): string[] {
  return [...name.matchAll(SLASHED)].map((m) => `${m[1]}${m[2]}`.toLowerCase());
}
const SLASHED = /(?<![\p{L}\d])(\p{L}{1,3})\/(\p{L}{1,3})(?![\p{L}\d])/gu;
