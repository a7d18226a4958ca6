import type { Talk } from '../model.ts';
import { termOf } from './analyze.ts';
import { PostingsBuilder, type PostingsPart } from './build-postings.ts';
import { writeFields } from './field-texts.ts';

/** Title and speaker matter most; the notes mention everything, so they count least. */
const BOOST = {
  title: 4,
  officialTitle: 3,
  speakers: 4,
  companies: 2.5,
  topic: 2,
  links: 1.5,
  notes: 1,
  // The words of links' and the notes' addresses ("zipkin.io", "pgbouncer.github.io"): a tool
  // named only by its site is still found, after every talk that says the word.
  addresses: 0.05,
} as const;

const BOOSTS = Object.values(BOOST);
const ADDRESS_FIELD = Object.keys(BOOST).indexOf('addresses');

/**
 * The index's words counted talk by talk, in the library's order, as the talks become known: a
 * load adds each file's talks while later files are still being parsed, and makes the
 * `TalkIndex` from it once all are in (`new TalkIndex(library, builder)` in `talk-index.ts`).
 * A file's talks may come with their words already counted (`countWords`), merged here without
 * reading their text again: a reload counts only the files that changed.
 */
export class TalkIndexBuilder {
  private readonly builder = new PostingsBuilder(BOOSTS.length, termOf, ADDRESS_FIELD);
  private added: Talk[] = [];
  private count = 0;

  add(talks: readonly Talk[], counted?: PostingsPart): void {
    // Counted with these fields (a part read back from disk is checked here too).
    const slots = talks.length * BOOSTS.length;
    if (counted?.docCount === talks.length && counted.slotEnds.length === slots) {
      this.builder.merge(counted, this.count);
      this.count += talks.length;
      // Not `push(...talks)`: a file of tens of thousands of talks would be as many arguments.
      for (const talk of talks) this.added.push(talk);
      return;
    }
    for (const talk of talks) {
      writeFields(talk, this.count++, this.builder);
      this.added.push(talk);
    }
  }

  finish(talks: readonly Talk[]) {
    // The same talks in the same order, or the postings would point at other talks.
    if (talks.length !== this.count || talks.some((talk, i) => talk !== this.added[i]))
      throw new Error('the index was built from other talks than the library has');
    this.added = [];
    return this.builder.finish(this.count, BOOSTS);
  }
}

/**
 * The words of some talks counted on their own, for `TalkIndexBuilder.add`: merged, they give
 * the index counting the talks there would have given. Words are taken to terms through a
 * cache kept across calls, so files that share their words stem each only once and keep one
 * string of it (kept for every file, ~600,000 words at 10k talks were ~20 MB as strings each).
 */
export function countWords(talks: readonly Talk[]): PostingsPart {
  const builder = new PostingsBuilder(BOOSTS.length, cachedTermOf, ADDRESS_FIELD);
  for (const [doc, talk] of talks.entries()) writeFields(talk, doc, builder);
  const part = builder.part(talks.length);
  part.words = part.words.map((word) => known.words[known.ids.get(word) ?? -1] ?? word);
  return part;
}

/** Words seen lately and their terms; dropped whole when full (a bound, not an LRU). */
const known = {
  ids: new Map<string, number>(),
  words: [] as string[],
  terms: [] as (string | null)[],
};
const MOST_KNOWN = 200_000;

function cachedTermOf(word: string): string | null {
  const id = known.ids.get(word);
  if (id !== undefined) return known.terms[id] as string | null;
  if (known.words.length >= MOST_KNOWN) {
    known.ids.clear();
    known.words.length = 0;
    known.terms.length = 0;
  }
  const term = termOf(word);
  known.ids.set(word, known.words.push(word) - 1);
  known.terms.push(term);
  return term;
}
