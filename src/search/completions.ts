import { type Library, type Talk, talkRef } from '../model.ts';
import { fold, words } from './analyze.ts';
import { isFiller } from './question-words.ts';

/** A suggestion while the user types: what to show, and the question to ask when it is picked. */
export interface Completion {
  kind: 'talk' | 'topic' | 'speaker';
  label: string;
  query: string;
}

const KINDS = ['talk', 'topic', 'speaker'] as const;
const SCAN_LIMIT = 5000;

/**
 * Completion of what is typed so far against talk titles, topics and speakers. A sorted word list
 * with binary search: a keystroke costs a lookup, not a search, so it meets the 3 s deadline of
 * autocomplete with room to spare at any corpus size. Kept in parallel arrays with each word
 * stored once (a tuple and a completion object per entry were ~10 MB at 10,000 talks).
 */
export class Completions {
  private readonly kinds: number[] = [];
  private readonly labels: string[] = [];
  /** The talk of a talk entry (its query names the talk), -1 otherwise. */
  private readonly talkOf: number[] = [];
  private readonly folded: string[] = [];
  private readonly words: string[];
  /** Entry of each word in `words`, sorted by word then entry. */
  private readonly wordEntries: Int32Array;

  constructor(private readonly library: Pick<Library, 'talks'>) {
    const interned = new Map<string, string>();
    const pairs: [string, number][] = [];
    const add = (kind: number, label: string, talk: number, text: string) => {
      const entry = this.kinds.push(kind) - 1;
      this.labels.push(label);
      this.talkOf.push(talk);
      this.folded.push(fold(text));
      for (const word of new Set(words(text))) {
        const shared = interned.get(word) ?? word;
        interned.set(shared, shared);
        pairs.push([shared, entry]);
      }
    };
    const topics = new Set<string>();
    const speakers = new Set<string>();
    for (const talk of library.talks) {
      if (talk.topic && !topics.has(talk.topic)) {
        topics.add(talk.topic);
        add(1, talk.topic, -1, talk.topic);
      }
    }
    library.talks.forEach((talk, index) => {
      add(0, talk.title, index, [talk.title, talk.officialTitle].filter(Boolean).join(' '));
      for (const speaker of talk.speakers) {
        if (!speaker.name || speakers.has(speaker.name)) continue;
        speakers.add(speaker.name);
        add(2, speaker.name, -1, speaker.name);
      }
    });
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.words = pairs.map(([word]) => word);
    this.wordEntries = Int32Array.from(pairs, ([, entry]) => entry);
  }

  /** Up to `limit` entries whose words start with the last word typed and contain the others. */
  complete(typed: string, limit = 25): Completion[] {
    const typedWords = words(typed.slice(0, 200));
    const last = typedWords.pop();
    // "who spoke about netf": the question's own words need not be in the title.
    const wanted = typedWords.filter((word) => !isFiller(word));
    if (last === undefined)
      return Array.from({ length: Math.min(limit, this.kinds.length) }, (_, i) => this.entry(i));
    const picked = new Set<number>();
    for (let i = lowerBound(this.words, last), n = 0; i < this.words.length; i++, n++) {
      if (!(this.words[i] as string).startsWith(last) || n > SCAN_LIMIT || picked.size >= limit)
        break;
      const entry = this.wordEntries[i] as number;
      const folded = this.folded[entry] as string;
      if (wanted.every((w) => folded.includes(w))) picked.add(entry);
    }
    return [...picked].sort((a, b) => a - b).map((entry) => this.entry(entry));
  }

  private entry(index: number): Completion {
    const kind = KINDS[this.kinds[index] as number] as Completion['kind'];
    const label = this.labels[index] as string;
    const talk = this.talkOf[index] as number;
    const query =
      kind === 'talk'
        ? `talk ${talkRef(this.library.talks[talk] as Talk)}`
        : kind === 'topic'
          ? `topic ${label}`
          : label;
    return { kind, label, query };
  }
}

function lowerBound(sorted: string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
