import type { PostingsData } from './postings.ts';

/**
 * The postings' scores: minisearch's BM25+ (k 1.2, b 0.7, d 0.5; field length = distinct words,
 * stop words included; document frequency per field; field boosts), so ranking is the one
 * minisearch gave, from the counts `PostingsBuilder` made.
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** What was counted: per field of each document (slot) and per term, and every (term, slot) entry. */
export interface Counts {
  docCount: number;
  boosts: number[];
  fieldCount: number;
  terms: string[];
  /** Distinct words of each slot (at least `docCount × fieldCount` long). */
  lengths: Int32Array;
  /** Per term and field: how many documents have the term in the field. */
  docFreq: Int32Array;
  /** Per term: how many documents have it. */
  termDocs: Int32Array;
  /** (term, slot, count) of the first `entries` entries, in document and field order. */
  entries: number;
  entryTerm: Int32Array;
  entrySlot: Int32Array;
  entryCount: Int32Array;
}

/** Each term's documents and their scores. */
export function bm25Postings(counts: Counts): PostingsData {
  const { docCount, boosts, fieldCount, terms, lengths, docFreq, termDocs, entries } = counts;
  const { entryTerm, entrySlot, entryCount } = counts;
  const slots = docCount * fieldCount;
  const averages = boosts.map((_, field) => {
    let total = 0;
    for (let doc = 0; doc < docCount; doc++) total += lengths[doc * fieldCount + field] as number;
    return docCount === 0 ? 0 : total / docCount;
  });
  // BM25+'s length part per field of each document, and its IDF per term and field, each
  // computed once in the order of operations the per-posting formula used (same floats).
  const norms = new Float64Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    const average = averages[slot % fieldCount] as number;
    norms[slot] = K * (1 - B + (B * (lengths[slot] as number)) / average);
  }

  const idfs = new Float64Array(terms.length * fieldCount);
  for (let at = 0; at < idfs.length; at++) {
    const matching = docFreq[at] as number;
    idfs[at] = Math.log(1 + (docCount - matching + 0.5) / (matching + 0.5));
  }

  // Entries arrive in document order, each document's fields in order: placed at their term's
  // next posting, the fields of one document add up in field order, as minisearch's did.
  const offsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++)
    offsets[t + 1] = (offsets[t] as number) + (termDocs[t] as number);
  const n = offsets[terms.length] as number;
  const cursor = offsets.slice(0, terms.length);
  const lastDoc = new Int32Array(terms.length).fill(-1);
  const docs = new Int32Array(n);
  const scores = new Float32Array(n);
  for (let i = 0; i < entries; i++) {
    const term = entryTerm[i] as number;
    const slot = entrySlot[i] as number;
    const doc = (slot / fieldCount) | 0;
    const field = slot - doc * fieldCount;
    const freq = entryCount[i] as number;
    const score =
      (boosts[field] as number) *
      ((idfs[term * fieldCount + field] as number) *
        (D + (freq * (K + 1)) / (freq + (norms[slot] as number))));
    const at = cursor[term] as number;
    if (lastDoc[term] === doc) scores[at - 1] = (scores[at - 1] as number) + score;
    else {
      lastDoc[term] = doc;
      docs[at] = doc;
      scores[at] = score;
      cursor[term] = at + 1;
    }
  }
  return { docCount, terms, offsets, docs, scores };
}
