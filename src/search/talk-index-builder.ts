import type { Talk } from '../model.ts';
import { termOf } from './analyze.ts';
import { PostingsBuilder } from './build-postings.ts';
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

/**
 * The index's words counted talk by talk, in the library's order, as the talks become known: a
 * load adds each file's talks while later files are still being parsed, and makes the
 * `TalkIndex` from it once all are in (`new TalkIndex(library, builder)` in `talk-index.ts`).
 */
export class TalkIndexBuilder {
  private readonly boosts = Object.values(BOOST);
  private readonly builder = new PostingsBuilder(
    this.boosts.length,
    termOf,
    Object.keys(BOOST).indexOf('addresses'),
  );
  private added: Talk[] = [];
  private count = 0;

  add(talks: readonly Talk[]): void {
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
    return this.builder.finish(this.count, this.boosts);
  }
}
