import type { Library, Talk } from '../model.ts';
import { termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { inSlices } from '../slices.ts';

/**
 * Words that name an event ("qcon", "york", "platformcon", "berlin") and nothing its talks are
 * about: in a question they say which conference, not what about, so they never score (the
 * notes' links are full of them). A word of a talk's title, topic, speaker or company is a
 * subject as well ("Microservices Summit"), and stays a word to search for.
 */
export class EventWords {
  private table?: Map<string, Set<string>>;

  constructor(private readonly library: Library) {}

  /** The question's words that name events, the events they name, and the other words. */
  split(query: QueryWord[]): { named: string[]; events: Set<string>; rest: QueryWord[] } {
    const table = this.words();
    const named: string[] = [];
    const events = new Set<string>();
    const rest: QueryWord[] = [];
    for (const word of query) {
      const ids = word.alternatives?.length ? undefined : table.get(termOf(word.word) ?? word.word);
      if (!ids) {
        rest.push(word);
        continue;
      }
      named.push(word.word);
      for (const id of ids) events.add(id);
    }
    return { named, events, rest };
  }

  /** The table made ahead, in slices that let answers through (a reloaded bot, before its swap). */
  async prepare(turn: () => Promise<unknown>): Promise<void> {
    if (this.table) return;
    const subjects = new Set<string>();
    await inSlices(this.library.talks, (talk) => addSubjects(talk, subjects), turn);
    this.table ??= this.tableOf(subjects);
  }

  /** Made on first use: one pass over the titles, topics and names of every talk. */
  private words(): Map<string, Set<string>> {
    if (this.table) return this.table;
    const subjects = new Set<string>();
    for (const talk of this.library.talks) addSubjects(talk, subjects);
    this.table = this.tableOf(subjects);
    return this.table;
  }

  private tableOf(subjects: Set<string>): Map<string, Set<string>> {
    const table = new Map<string, Set<string>>();
    for (const event of this.library.events) {
      for (const word of words(`${event.name} ${event.id}`)) {
        const term = termOf(word);
        if (term === null || isFiller(word) || subjects.has(term)) continue;
        const ids = table.get(term) ?? new Set<string>();
        ids.add(event.id);
        table.set(term, ids);
      }
    }
    return table;
  }
}

/** The words of a talk's title, topic and people: a word of an event's name that is one of them
 * names a subject, not the event. */
function addSubjects(talk: Talk, subjects: Set<string>): void {
  const names = talk.speakers.flatMap((s) => [s.name ?? '', s.company ?? '']);
  const text = [talk.title, talk.officialTitle ?? '', talk.topic ?? '', ...names].join(' ');
  for (const word of words(text)) subjects.add(termOf(word) ?? word);
}
