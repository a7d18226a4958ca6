import { type Library, talkRef } from '../model.ts';
import { fold, words } from './analyze.ts';

/** A suggestion while the user types: what to show, and the question to ask when it is picked. */
export interface Completion {
  kind: 'talk' | 'topic' | 'speaker';
  label: string;
  query: string;
}

/**
 * Completion of what is typed so far against talk titles, topics and speakers. A sorted word list
 * with binary search: a keystroke costs a lookup, not a search, so it meets the 3 s deadline of
 * autocomplete with room to spare at any corpus size.
 */
export class Completions {
  private readonly entries: (Completion & { folded: string })[] = [];
  /** [word, entry index], sorted by word. */
  private readonly wordIndex: [string, number][] = [];

  constructor(library: Library) {
    const add = (completion: Completion, text: string) => {
      const index = this.entries.push({ ...completion, folded: fold(text) }) - 1;
      for (const word of new Set(words(text))) this.wordIndex.push([word, index]);
    };
    const topics = new Set<string>();
    const speakers = new Set<string>();
    for (const talk of library.talks) {
      if (talk.topic && !topics.has(talk.topic)) {
        topics.add(talk.topic);
        add({ kind: 'topic', label: talk.topic, query: `topic ${talk.topic}` }, talk.topic);
      }
    }
    for (const talk of library.talks) {
      const titles = [talk.title, talk.officialTitle].filter(Boolean).join(' ');
      add({ kind: 'talk', label: talk.title, query: `talk ${talkRef(talk)}` }, titles);
      for (const speaker of talk.speakers) {
        if (!speaker.name || speakers.has(speaker.name)) continue;
        speakers.add(speaker.name);
        add({ kind: 'speaker', label: speaker.name, query: speaker.name }, speaker.name);
      }
    }
    this.wordIndex.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  }

  /** Up to `limit` entries whose words start with the last word typed and contain the others. */
  complete(typed: string, limit = 25): Completion[] {
    const typedWords = words(typed.slice(0, 200));
    const last = typedWords.pop();
    if (last === undefined) return this.entries.slice(0, limit).map(strip);
    const picked = new Set<number>();
    const scanLimit = 5000;
    for (let i = lowerBound(this.wordIndex, last), n = 0; i < this.wordIndex.length; i++, n++) {
      const [word, index] = this.wordIndex[i] as [string, number];
      if (!word.startsWith(last) || n > scanLimit || picked.size >= limit) break;
      const entry = this.entries[index];
      if (entry && typedWords.every((w) => entry.folded.includes(w))) picked.add(index);
    }
    return [...picked]
      .sort((a, b) => a - b)
      .map((index) => strip(this.entries[index] as Completion & { folded: string }));
  }
}

function strip({ kind, label, query }: Completion): Completion {
  return { kind, label, query };
}

function lowerBound(sorted: [string, number][], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid]?.[0] ?? '') < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
