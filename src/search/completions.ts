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
  private readonly kinds: number[];
  private readonly labels: string[];
  /** The talk of a talk entry (its query names the talk), -1 otherwise. */
  private readonly talkOf: number[];
  private readonly folded: string[];
  private readonly words: string[];
  /** Entry of each word in `words`, sorted by word then entry. */
  private readonly wordEntries: Int32Array;

  constructor(private readonly library: Pick<Library, 'talks'>) {
    // A list prepared in slices before this bot was swapped in (see `prepareCompletions`).
    const data = prepared.get(library.talks) ?? build(library.talks, () => false).next().value;
    prepared.delete(library.talks);
    if (!data) throw new Error('completions: the list was not built');
    ({
      kinds: this.kinds,
      labels: this.labels,
      talkOf: this.talkOf,
      folded: this.folded,
      words: this.words,
      wordEntries: this.wordEntries,
    } = data);
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

interface CompletionData {
  kinds: number[];
  labels: string[];
  talkOf: number[];
  folded: string[];
  words: string[];
  wordEntries: Int32Array;
}

/** Lists built ahead of their `Completions`, by the talks they list (the library's own array). */
const prepared = new WeakMap<readonly Talk[], CompletionData>();

/**
 * Builds the list for `talks` a slice at a time (`pause` between slices of about `sliceMs`), for
 * the `Completions` later made over the same array: at 10,000 talks the list takes 50–70 ms,
 * which in one piece would stall every answer the thread owes meanwhile.
 */
export async function prepareCompletions(
  talks: readonly Talk[],
  pause: () => Promise<unknown>,
  sliceMs = 8,
): Promise<void> {
  let sliceStart = performance.now();
  const steps = build(talks, () => performance.now() - sliceStart > sliceMs);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      prepared.set(talks, step.value);
      return;
    }
    await pause();
    sliceStart = performance.now();
  }
}

/**
 * The list's arrays, yielding whenever `due()` says a slice is over. Words are sorted once each,
 * with their entries in the order they were added (ascending): the same order as sorting every
 * (word, entry) pair, at a fraction of the cost.
 */
function* build(
  talks: readonly Talk[],
  due: () => boolean,
): Generator<undefined, CompletionData, undefined> {
  const data: Omit<CompletionData, 'words' | 'wordEntries'> = {
    kinds: [],
    labels: [],
    talkOf: [],
    folded: [],
  };
  const entriesOf = new Map<string, number[]>();
  const add = (kind: number, label: string, talk: number, text: string) => {
    const entry = data.kinds.push(kind) - 1;
    data.labels.push(label);
    data.talkOf.push(talk);
    data.folded.push(fold(text));
    for (const word of new Set(words(text))) {
      const entries = entriesOf.get(word);
      if (entries) entries.push(entry);
      else entriesOf.set(word, [entry]);
    }
  };
  const topics = new Set<string>();
  const speakers = new Set<string>();
  for (const talk of talks) {
    if (talk.topic && !topics.has(talk.topic)) {
      topics.add(talk.topic);
      add(1, talk.topic, -1, talk.topic);
    }
  }
  for (let index = 0; index < talks.length; index++) {
    const talk = talks[index] as Talk;
    add(0, talk.title, index, [talk.title, talk.officialTitle].filter(Boolean).join(' '));
    for (const speaker of talk.speakers) {
      if (!speaker.name || speakers.has(speaker.name)) continue;
      speakers.add(speaker.name);
      add(2, speaker.name, -1, speaker.name);
    }
    if (index % 64 === 63 && due()) yield;
  }
  const sorted = [...entriesOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (due()) yield;
  let size = 0;
  for (const entries of entriesOf.values()) size += entries.length;
  const wordList: string[] = [];
  const wordEntries = new Int32Array(size);
  let at = 0;
  for (let i = 0; i < sorted.length; i++) {
    const word = sorted[i] as string;
    for (const entry of entriesOf.get(word) as number[]) {
      wordList.push(word);
      wordEntries[at++] = entry;
    }
    if (i % 1024 === 1023 && due()) yield;
  }
  return { ...data, words: wordList, wordEntries };
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
