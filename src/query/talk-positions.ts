import { LRUCache } from 'lru-cache';
import { type Library, type Talk, talkRef } from '../model.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { inSlices } from '../slices.ts';
import { QueryReader } from './query-words.ts';

/** Where each talk is in the library, and which talk a ref is: the tables `Resolver` looks up. */
export class TalkPositions {
  private docs?: Map<Talk, number>;
  private refs?: Map<string, Talk>;
  private foldedRefs?: Map<string, Talk>;

  constructor(private readonly talks: readonly Talk[]) {}

  /** Both tables: ~30 ms at 30,000 talks, so made in slices before a swap. */
  async prepare(turn: () => Promise<unknown>): Promise<void> {
    const docs = new Map<Talk, number>();
    const refs = new Map<string, Talk>();
    await inSlices(
      this.talks,
      (talk, doc) => {
        docs.set(talk, doc);
        refs.set(talkRef(talk), talk);
      },
      turn,
    );
    this.docs ??= docs;
    this.refs ??= refs;
  }

  /** A talk's position in the library, which `Asking.keep` is indexed by. */
  docOf(talk: Talk): number {
    this.docs ??= new Map(this.talks.map((t, doc) => [t, doc]));
    return this.docs.get(talk) ?? -1;
  }

  talkAt(ref: string): Talk | undefined {
    this.refs ??= new Map(this.talks.map((t) => [talkRef(t), t]));
    const exact = this.refs.get(ref);
    if (exact) return exact;
    // A ref typed or passed in lower case names the talk of an event whose id keeps its file's
    // capitals (`notes_on_PyData_Paris_2024`): the first talk of that ref in any case.
    if (!this.foldedRefs) {
      this.foldedRefs = new Map();
      for (const [key, talk] of this.refs) {
        const folded = key.toLowerCase();
        if (!this.foldedRefs.has(folded)) this.foldedRefs.set(folded, talk);
      }
    }
    return this.foldedRefs.get(ref.toLowerCase());
  }
}

/** The reader of a library's questions, asking its index what the notes say. */
export function readerOf(library: Library, index: TalkIndex): QueryReader {
  /** Phrases the notes say, as `QueryReader` asks (bounded: the phrases are typed). */
  const said = new LRUCache<string, boolean>({ max: 10_000 });
  return new QueryReader(
    (word) => index.frequency(word),
    (a, b) => index.together(a, b),
    (word) => index.hasNear(word),
    // As written, or (a plural, "custom resource definitions") each word beside the next, its
    // last word in its other number too ("data lakes" where the notes say "data lake"); read in
    // the talks' text, so once per phrase (the notes fix the answer).
    (phrase) => {
      const key = phrase.join(' ');
      let known = said.get(key);
      if (known === undefined) {
        const last = phrase.length - 1;
        known = [phrase[last] as string, ...otherNumber(phrase[last] as string)].some((end) => {
          const written = [...phrase.slice(0, last), end];
          return (
            index.saying(written.join(' ')).total > 0 ||
            written.every((word, i) => i === 0 || index.together(written[i - 1] as string, word))
          );
        });
        said.set(key, known);
      }
      return known;
    },
    library.synonyms,
    ...library.events.map((event) => event.synonyms),
  );
}

/** A word's other number, as a phrase may end: "lakes" → lake, "lake" → lakes, "policies" → policy. */
function otherNumber(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('ss')) return [`${word}es`];
  if (word.endsWith('s')) return [word.slice(0, -1)];
  return [word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`];
}
