import { eachWord, type WordSink } from './analyze.ts';
import type { PostingsData } from './postings.ts';
import { WordTable } from './word-table.ts';

/**
 * Builds the postings (see `postings.ts`) a field at a time from the field's pieces of text.
 *
 * The scores are minisearch's BM25+ (k 1.2, b 0.7, d 0.5; field length = distinct words, stop
 * words included; document frequency per field; field boosts), so ranking is the one minisearch
 * gave. At 10,000 talks the notes are ~2.5 million words: each is looked up once in a table of
 * the words seen so far, and counted with arrays stamped by field (no Set or Map per field).
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export class PostingsBuilder implements WordSink {
  /** Each word seen, with an id; per word id its term id (-1: none) and the field it was last counted in. */
  private readonly wordIds = new WordTable();
  private wordTerm = new Int32Array(1 << 12);
  private wordSeen = new Int32Array(1 << 12);
  /** Words whose term is known: ids are given in order, so id `known` is a new word. */
  private known = 0;
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** The first word each term came from: suggestions show "microservices", not "microservic". */
  private readonly surfaces: string[] = [];
  /** Per term: the field it was last counted in, and its count there. */
  private termSeen = new Int32Array(1 << 12);
  private termCount = new Int32Array(1 << 12);
  /** Per term and field: how many documents have the term in the field. */
  private docFreq = new Int32Array(1 << 12);
  /** Terms of the current field, once each. */
  private fieldTerms = new Int32Array(1 << 10);
  private fieldTermCount = 0;
  private distinct = 0;
  /** Current field: 1 + document × fields + field; 0 before the first. */
  private slot = 0;
  /** Distinct words of each field of each document. */
  private lengths = new Int32Array(1 << 12);
  /** (term, slot, count) of every field a term is in, in document and field order. */
  private entryTerm = new Int32Array(1 << 16);
  private entrySlot = new Int32Array(1 << 16);
  private entryCount = new Int32Array(1 << 16);
  private entries = 0;

  constructor(
    private readonly fieldCount: number,
    private readonly termOf: (word: string) => string | null,
  ) {}

  /** Starts field `field` of document `doc`: documents in order, each one's fields in order. */
  field(doc: number, field: number): void {
    this.close();
    this.slot = 1 + doc * this.fieldCount + field;
  }

  /** Adds a piece of the current field's text (pieces read as if joined by spaces). */
  text(text: string): void {
    eachWord(text, this);
  }

  span(text: string, from: number, to: number, _upper: boolean, hash: number): void {
    this.count(this.wordIds.spanId(text, from, to, hash));
  }

  word(word: string): void {
    this.count(this.wordIds.wordId(word));
  }

  private count(id: number): void {
    if (id === this.known) {
      this.known++;
      if (id === this.wordTerm.length) {
        this.wordTerm = grow(this.wordTerm);
        this.wordSeen = grow(this.wordSeen);
      }
      this.wordTerm[id] = this.termId(this.wordIds.words[id] as string);
    }
    const slot = this.slot;
    if (this.wordSeen[id] !== slot) {
      this.wordSeen[id] = slot;
      this.distinct++;
    }
    const term = this.wordTerm[id] as number;
    if (term < 0) return;
    if (this.termSeen[term] === slot) {
      this.termCount[term] = (this.termCount[term] as number) + 1;
      return;
    }
    this.termSeen[term] = slot;
    this.termCount[term] = 1;
    if (this.fieldTermCount === this.fieldTerms.length) this.fieldTerms = grow(this.fieldTerms);
    this.fieldTerms[this.fieldTermCount++] = term;
  }

  private termId(word: string): number {
    const term = this.termOf(word);
    if (term === null) return -1;
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.termIds.set(term, id);
      this.surfaces.push(word);
      if (id === this.termSeen.length) {
        this.termSeen = grow(this.termSeen);
        this.termCount = grow(this.termCount);
      }
      while ((id + 1) * this.fieldCount > this.docFreq.length) this.docFreq = grow(this.docFreq);
    }
    return id;
  }

  /** Records the current field: its length and an entry per term. */
  private close(): void {
    const slot = this.slot;
    if (slot === 0) return;
    while (slot > this.lengths.length) this.lengths = grow(this.lengths);
    this.lengths[slot - 1] = this.distinct;
    const field = (slot - 1) % this.fieldCount;
    while (this.entries + this.fieldTermCount > this.entryTerm.length) {
      this.entryTerm = grow(this.entryTerm);
      this.entrySlot = grow(this.entrySlot);
      this.entryCount = grow(this.entryCount);
    }
    for (let k = 0; k < this.fieldTermCount; k++) {
      const term = this.fieldTerms[k] as number;
      this.entryTerm[this.entries] = term;
      this.entrySlot[this.entries] = slot - 1;
      this.entryCount[this.entries++] = this.termCount[term] as number;
      const at = term * this.fieldCount + field;
      this.docFreq[at] = (this.docFreq[at] as number) + 1;
    }
    this.distinct = 0;
    this.fieldTermCount = 0;
    this.slot = 0;
  }

  /** The postings of `docCount` documents with these field boosts, and each term's first word. */
  finish(docCount: number, boosts: number[]): { postings: PostingsData; surfaces: string[] } {
    this.close();
    const { fieldCount, terms, entries, entryTerm, entrySlot, entryCount, docFreq } = this;
    const slots = docCount * fieldCount;
    while (slots > this.lengths.length) this.lengths = grow(this.lengths);
    const lengths = this.lengths;
    const averages = boosts.map((_, field) => {
      let total = 0;
      for (let doc = 0; doc < docCount; doc++) total += lengths[doc * fieldCount + field] as number;
      return docCount === 0 ? 0 : total / docCount;
    });
    // The length part of BM25 per field of each document, computed as `bm25` below would.
    const norms = new Float64Array(slots);
    for (let slot = 0; slot < slots; slot++) {
      const average = averages[slot % fieldCount] as number;
      norms[slot] = K * (1 - B + (B * (lengths[slot] as number)) / average);
    }

    // Entries arrive in document order; a stable counting sort by term keeps that order per
    // term, so the fields of one document are adjacent and merge into one posting.
    const starts = new Int32Array(terms.length + 1);
    for (let i = 0; i < entries; i++) {
      const slot = (entryTerm[i] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
    for (let t = 0; t < terms.length; t++)
      starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    const cursor = starts.slice(0, terms.length);
    const sortedSlot = new Int32Array(entries);
    const sortedCount = new Int32Array(entries);
    for (let i = 0; i < entries; i++) {
      const term = entryTerm[i] as number;
      const at = cursor[term] as number;
      cursor[term] = at + 1;
      sortedSlot[at] = entrySlot[i] as number;
      sortedCount[at] = entryCount[i] as number;
    }

    const offsets = new Int32Array(terms.length + 1);
    const docs = new Int32Array(entries);
    const scores = new Float32Array(entries);
    const idfs = new Float64Array(fieldCount);
    let n = 0;
    for (let t = 0; t < terms.length; t++) {
      offsets[t] = n;
      for (let field = 0; field < fieldCount; field++) {
        const matching = docFreq[t * fieldCount + field] as number;
        idfs[field] = Math.log(1 + (docCount - matching + 0.5) / (matching + 0.5));
      }
      let lastDoc = -1;
      for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
        const slot = sortedSlot[k] as number;
        const doc = (slot / fieldCount) | 0;
        const field = slot - doc * fieldCount;
        const freq = sortedCount[k] as number;
        const score =
          (boosts[field] as number) *
          ((idfs[field] as number) * (D + (freq * (K + 1)) / (freq + (norms[slot] as number))));
        if (doc === lastDoc) scores[n - 1] = (scores[n - 1] as number) + score;
        else {
          docs[n] = doc;
          scores[n++] = score;
          lastDoc = doc;
        }
      }
    }
    offsets[terms.length] = n;
    return {
      postings: { docCount, terms, offsets, docs: docs.slice(0, n), scores: scores.slice(0, n) },
      surfaces: this.surfaces,
    };
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
