import type { ConferenceEvent, Talk } from '../model.ts';
import { eachWord, termOf, type WordSink, words } from '../search/analyze.ts';
import { WordTable } from '../search/word-table.ts';
import { gluedYears, YEAR } from './event-years.ts';

/**
 * Takes out of an event-terms table the words of talks' titles, topics and people: only the
 * events' few terms are looked for, and each distinct word of the talks is read once (10,000
 * talks repeat their words), found in a table straight from the text.
 */
export class Subjects implements WordSink {
  private readonly seen = new WordTable();
  /** Words of the table whose term has been looked for. */
  private checked = 0;
  /**
   * Words kept so far because only talks of the events they name said them ("KubeCon: A Story
   * of …" in KubeCon's notes): looked for again where another event's talk says them.
   */
  private readonly spared = new Set<number>();
  /** The one-word name of the event of the talk being read, if it has one. */
  private own: Set<string> | undefined;
  /**
   * The name of each event named in one word ("Kubecon", "Fjellconf 2022") or by its file
   * ("kubecon16-bylines": "kubecon"). A name of several words ("Frontend Lagoon") is said by
   * its talks as a subject ("Micro-frontends"), and stays one.
   */
  private readonly names = new Map<string, Set<string>>();

  constructor(
    private readonly table: Map<string, Set<string>>,
    events: readonly ConferenceEvent[] = [],
  ) {
    for (const event of events) {
      const named = words(event.name).filter((word) => /\p{L}/u.test(word));
      const [first] = event.name === event.id ? words(event.id) : named;
      if (!first || (event.name !== event.id && named.length > 1)) continue;
      const terms = [first, ...gluedYears([first])].map((word) => termOf(word) ?? word);
      this.names.set(event.id, new Set(terms));
    }
  }

  remove(talk: Talk): void {
    if (this.table.size === 0) return;
    // Each piece on its own reads as the pieces joined by spaces would.
    this.own = this.names.get(talk.event);
    eachWord(talk.title, this);
    if (talk.officialTitle) eachWord(talk.officialTitle, this);
    // A company or a person called as an event is a subject, at that event too ("Datafjord").
    this.own = undefined;
    if (talk.topic) eachWord(talk.topic, this);
    if (talk.kind) eachWord(talk.kind, this);
    for (const speaker of talk.speakers) {
      if (speaker.name) eachWord(speaker.name, this);
      if (speaker.company) eachWord(speaker.company, this);
    }
  }

  span(text: string, from: number, to: number, _upper: boolean, hash: number): void {
    this.found(this.seen.spanId(text, from, to, hash));
  }

  word(word: string): void {
    this.found(this.seen.wordId(word));
  }

  private found(id: number): void {
    // Ids are given in order, so a word not seen before has the next one.
    if (id < this.checked && !(this.spared.size > 0 && this.spared.has(id))) return;
    this.checked = Math.max(this.checked, id + 1);
    const word = this.seen.words[id] as string;
    // "Web performance in 2025": a year in a title still names the events of that year (a
    // question that finds nothing so is asked again with the year as a word; see `Resolver`).
    if (YEAR.test(word)) return;
    const term = termOf(word) ?? word;
    // "Welcome to Fjellconf", "KubeCon: A Story of …": a talk saying the one-word name of its
    // own event makes it no subject; another event's talk saying it does.
    if (this.own?.has(term)) {
      this.spared.add(id);
      return;
    }
    this.spared.delete(id);
    this.table.delete(term);
  }
}
