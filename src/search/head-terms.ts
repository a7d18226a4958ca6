import type { Talk } from '../model.ts';
import { termOf, words } from './analyze.ts';
import type { QueryTerm } from './postings.ts';

/**
 * What a talk is about and named by: the terms of its title, topic, kind and summary (its "head
 * terms", read lazily, within a budget per question), and of its speakers and companies. Apart
 * from `talk-index.ts` because it keeps its own caches (head terms per talk, a word's term) and
 * its own budget, which bound how much of the talks' text one question may read.
 */

/** Talks a question may read the head terms of before they are read ahead (~4 ms). */
const HEAD_BUDGET = 100;

export class HeadTerms {
  private heads: (Int32Array | undefined)[] = [];
  /** A word's term id (-1: none), as the head terms read it. */
  private readonly wordTerms = new Map<string, number>();
  /** Talks whose head terms a question may still read for the first time (see `headTerms`). */
  private budget = HEAD_BUDGET;

  constructor(
    private readonly talks: Talk[],
    private readonly termIds: Map<string, number>,
  ) {}

  /** A new question: it may read `HEAD_BUDGET` more talks' head terms. */
  reset(): void {
    this.budget = HEAD_BUDGET;
  }

  /** Whether a talk's title, topic or summary has every one of these words. */
  isAbout(doc: number, list: string[]): boolean {
    // Asked of every talk in turn: a word's term is remembered, not stemmed again per talk.
    const ids = list.map((word) => this.wordTerm(word));
    if (ids.length === 0 || ids.includes(-1)) return false;
    return this.about(
      doc,
      ids.map((id) => [[id, 1]]),
    );
  }

  /**
   * Whether a talk's title, topic or summary has every one of the words (any of each word's
   * terms): what the talk is about, not a word its notes say in passing.
   */
  about(doc: number, words: QueryTerm[]): boolean {
    const own = this.headTerms(doc);
    return (
      own !== undefined && words.every((variants) => variants.some(([id]) => hasSorted(own, id)))
    );
  }

  /** Whether a talk's title, topic, kind, speakers or companies have one of the words. */
  names(doc: number, list: QueryTerm[]): boolean {
    const talk = this.talks[doc] as Talk;
    const text = [
      talk.title,
      talk.officialTitle,
      talk.topic,
      talk.kind,
      ...talk.speakers.flatMap((speaker) => [speaker.name, speaker.company]),
    ].join(' ');
    const ids = new Set(words(text).map((word) => this.wordTerm(word)));
    return list.some((variants) => variants.some(([id, weight]) => weight >= 1 && ids.has(id)));
  }

  /** Whether a talk's speakers' names and companies have every one of the words. */
  people(doc: number, list: QueryTerm[]): boolean {
    const talk = this.talks[doc] as Talk;
    const text = talk.speakers.flatMap((speaker) => [speaker.name, speaker.company]).join(' ');
    const ids = new Set(words(text).map((word) => this.wordTerm(word)));
    return list.every((variants) => variants.some(([id]) => ids.has(id)));
  }

  /** Whether a talk's title or topic (not its summary) has one of the terms of `variants`. */
  titled(doc: number, variants: QueryTerm): boolean {
    const talk = this.talks[doc] as Talk;
    const text = [talk.title, talk.officialTitle, talk.topic].join(' ');
    const ids = new Set(words(text).map((word) => this.wordTerm(word)));
    return variants.some(([id]) => ids.has(id));
  }

  /** A word's term id, -1 for none; remembered, as stemming is most of the cost. */
  private wordTerm(word: string): number {
    let id = this.wordTerms.get(word);
    if (id === undefined) {
      id = this.termIds.get(termOf(word) ?? '') ?? -1;
      this.wordTerms.set(word, id);
    }
    return id;
  }

  /**
   * The terms of a talk's title, official title, topic, kind and summary, read on first use and
   * kept as a sorted array (a few dozen ids: ~16 MB at 100,000 talks, where a Set each was ~10×).
   * A question reads at most `HEAD_BUDGET` talks' worth for the first time: reading every talk of
   * 10,000 at once held the answering thread for ~370 ms.
   */
  private headTerms(doc: number): Int32Array | undefined {
    let own = this.heads[doc];
    if (own) return own;
    if (this.budget-- <= 0) return undefined;
    const talk = this.talks[doc] as Talk;
    const text = [talk.title, talk.officialTitle, talk.topic, talk.kind, talk.summary].join(' ');
    const ids = new Set<number>();
    for (const word of words(text)) {
      // Stemming is most of the cost, and titles and summaries share most of their words.
      const id = this.wordTerm(word);
      if (id >= 0) ids.add(id);
    }
    own = Int32Array.from(ids).sort();
    this.heads[doc] = own;
    return own;
  }
}

/** Whether a sorted array holds `value`. */
export function hasSorted(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle] as number;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
