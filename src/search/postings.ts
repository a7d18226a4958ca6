/**
 * A compact inverted index: per term, the documents that have it and the term's score in each,
 * computed once at build time. minisearch keeps a Map per term and field and scores every posting
 * on every query, which at 10,000 talks cost ~10 ms for a common word, ~5 s to build and ~400 MB;
 * here a posting is 8 bytes in typed arrays and a query adds precomputed numbers.
 *
 * The scores are minisearch's BM25+ (k 1.2, b 0.7, d 0.5; field length = distinct words; document
 * frequency per field; field boosts), so ranking is the one minisearch gave.
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Plain data: what a snapshot keeps (typed arrays are written as base64 by the snapshot code). */
export interface PostingsData {
  docCount: number;
  terms: string[];
  /** Postings of term i are offsets[i] .. offsets[i + 1] in `docs` and `scores`. */
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float32Array;
}

/** Text of each field of one document, in the order of the boosts. */
export type FieldTexts = string[];

export interface Analyzer {
  words(text: string): string[];
  term(word: string): string | null;
}

export function buildPostings(
  documents: Iterable<FieldTexts>,
  boosts: number[],
  analyzer: Analyzer,
): PostingsData {
  const fieldCount = boosts.length;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const entries = new Entries();
  const fieldLengths = new GrowableInt32();
  const docFreq = new GrowableInt32();
  let docCount = 0;
  for (const fields of documents) {
    const doc = docCount++;
    for (let field = 0; field < fieldCount; field++) {
      const tokens = analyzer.words(fields[field] ?? '');
      fieldLengths.push(new Set(tokens).size);
      const freqs = new Map<number, number>();
      for (const token of tokens) {
        const term = analyzer.term(token);
        if (term === null) continue;
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.push(term) - 1;
          termIds.set(term, id);
          for (let f = 0; f < fieldCount; f++) docFreq.push(0);
        }
        freqs.set(id, (freqs.get(id) ?? 0) + 1);
      }
      for (const [id, freq] of freqs) {
        entries.push(id, doc, field, freq);
        docFreq.add(id * fieldCount + field, 1);
      }
    }
  }
  const averages = boosts.map((_, field) => {
    let total = 0;
    for (let doc = 0; doc < docCount; doc++) total += fieldLengths.at(doc * fieldCount + field);
    return docCount === 0 ? 0 : total / docCount;
  });

  // Entries arrive in document order; a stable counting sort by term keeps that order per term,
  // so the fields of one document are adjacent and merge into one posting.
  const counts = new Int32Array(terms.length + 1);
  for (let i = 0; i < entries.length; i++) {
    const slot = entries.term.at(i) + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  for (let t = 0; t < terms.length; t++)
    counts[t + 1] = (counts[t + 1] as number) + (counts[t] as number);
  const order = new Int32Array(entries.length);
  const cursor = counts.slice(0, terms.length);
  for (let i = 0; i < entries.length; i++) {
    const term = entries.term.at(i);
    order[cursor[term] as number] = i;
    cursor[term] = (cursor[term] as number) + 1;
  }

  const offsets = new Int32Array(terms.length + 1);
  const docs = new Int32Array(entries.length);
  const scores = new Float32Array(entries.length);
  let n = 0;
  for (let t = 0; t < terms.length; t++) {
    offsets[t] = n;
    let lastDoc = -1;
    for (let k = counts[t] as number; k < (counts[t + 1] as number); k++) {
      const i = order[k] as number;
      const doc = entries.doc.at(i);
      const field = entries.field.at(i);
      const score =
        (boosts[field] as number) *
        bm25(
          entries.freq.at(i),
          docFreq.at(t * fieldCount + field),
          docCount,
          fieldLengths.at(doc * fieldCount + field),
          averages[field] as number,
        );
      if (doc === lastDoc) scores[n - 1] = (scores[n - 1] as number) + score;
      else {
        docs[n] = doc;
        scores[n++] = score;
        lastDoc = doc;
      }
    }
  }
  offsets[terms.length] = n;
  return { docCount, terms, offsets, docs: docs.slice(0, n), scores: scores.slice(0, n) };
}

function bm25(freq: number, matching: number, total: number, length: number, average: number) {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (D + (freq * (K + 1)) / (freq + K * (1 - B + (B * length) / average)));
}

/** One query word and the index terms it stands for, each with its weight (1 for itself). */
export type QueryTerm = [termId: number, weight: number][];

export interface Ranked {
  /** Documents and scores, best first, only as many as asked for. */
  top(count: number): { doc: number; score: number }[];
  readonly total: number;
  /** Bit i set: some ranked document has query word i. */
  readonly wordsFound: number;
}

export interface SearchOptions {
  /** Every word needed (else any word). */
  all: boolean;
  /** Below `floor` × the best score a document is noise. */
  floor: number;
  /** Keep only these documents (an event, a speaker, a day). */
  keep?: (doc: number) => boolean;
  /**
   * How informative each query word is (its IDF), in query order, with the share of that weight
   * a document must cover to count: an any-word match of one common word is no answer.
   */
  cover?: { weights: number[]; least: number };
  /** Any word: a document needs at least this many of the query words (default 1). */
  leastWords?: number;
}

/**
 * Scores queries over postings with buffers reused between queries (one query at a time: the
 * bot answers synchronously), so a query allocates only its result.
 */
export class Scorer {
  private readonly score: Float64Array;
  /** Query words a document has (all words: rounds it has passed). */
  private readonly matched: Uint8Array;
  /** Last query word that counted for a document (any word), 0 when untouched. */
  private readonly stamp: Uint8Array;
  /** Which query words a document has, one bit per word in query order. */
  private readonly mask: Uint32Array;
  private readonly touched: Int32Array;

  constructor(private readonly data: PostingsData) {
    this.score = new Float64Array(data.docCount);
    this.matched = new Uint8Array(data.docCount);
    this.stamp = new Uint8Array(data.docCount);
    this.mask = new Uint32Array(data.docCount);
    this.touched = new Int32Array(data.docCount);
  }

  /**
   * Documents with every query word (`all`) or any of them, each scored as minisearch does: the
   * sum of its term scores times the number of query words it has. At most 32 query words.
   */
  search(query: QueryTerm[], options: SearchOptions): Ranked {
    const { all } = options;
    const { offsets, docs, scores } = this.data;
    const { score, matched, stamp, mask, touched } = this;
    const size = (variants: QueryTerm) =>
      variants.reduce(
        (sum, [term]) => sum + (offsets[term + 1] as number) - (offsets[term] as number),
        0,
      );
    // With all words needed, the rarest word first bounds the candidates for the others.
    const order = query.map((_, i) => i);
    if (all) order.sort((a, b) => size(query[a] as QueryTerm) - size(query[b] as QueryTerm));
    let touchedCount = 0;
    let round = 0;
    for (const word of order) {
      round++;
      const bit = 2 ** word;
      let advanced = 0;
      for (const [term, weight] of query[word] as QueryTerm) {
        for (let p = offsets[term] as number; p < (offsets[term + 1] as number); p++) {
          const doc = docs[p] as number;
          if (all) {
            const passed = matched[doc] as number;
            if (passed < round - 1) continue;
            if (passed === 0) touched[touchedCount++] = doc;
            if (passed < round) advanced++;
            matched[doc] = round;
          } else if (stamp[doc] !== round) {
            if (stamp[doc] === 0) touched[touchedCount++] = doc;
            stamp[doc] = round;
            matched[doc] = (matched[doc] as number) + 1;
          }
          mask[doc] = ((mask[doc] as number) | bit) >>> 0;
          score[doc] = (score[doc] as number) + weight * (scores[p] as number);
        }
      }
      if (all && advanced === 0) break;
    }
    return this.collect(touchedCount, all ? query.length : (options.leastWords ?? 1), options);
  }

  private collect(touchedCount: number, need: number, options: SearchOptions): Ranked {
    const { floor, keep, cover } = options;
    const { score, matched, stamp, mask, touched } = this;
    const totalWeight = cover ? cover.weights.reduce((sum, w) => sum + w, 0) : 0;
    const covered = (bits: number) => {
      if (!cover) return 1;
      let sum = 0;
      cover.weights.forEach((weight, i) => {
        if (bits & (2 ** i)) sum += weight;
      });
      return totalWeight === 0 ? 0 : sum / totalWeight;
    };
    // `touched` is reused in place: the first `kept` slots take the documents that qualify.
    const totals = new Float64Array(touchedCount);
    const masks = new Uint32Array(touchedCount);
    let kept = 0;
    let best = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const words = matched[doc] as number;
      const total = (score[doc] as number) * words;
      const bits = mask[doc] as number;
      score[doc] = 0;
      matched[doc] = 0;
      stamp[doc] = 0;
      mask[doc] = 0;
      if (words < need || (keep && !keep(doc))) continue;
      if (cover && covered(bits) < cover.least) continue;
      touched[kept] = doc;
      masks[kept] = bits;
      totals[kept++] = total;
      if (total > best) best = total;
    }
    let count = 0;
    for (let i = 0; i < kept; i++) if ((totals[i] as number) >= best * floor) count++;
    const docs = new Int32Array(count);
    const scores = new Float64Array(count);
    let wordsFound = 0;
    for (let i = 0, n = 0; i < kept; i++) {
      if ((totals[i] as number) < best * floor) continue;
      docs[n] = touched[i] as number;
      wordsFound = (wordsFound | (masks[i] as number)) >>> 0;
      scores[n++] = totals[i] as number;
    }
    return { total: count, wordsFound, top: (wanted) => topOf(docs, scores, wanted) };
  }
}

/** The `count` best, by score then document order: a bounded insertion, not a full sort. */
function topOf(docs: Int32Array, scores: Float64Array, count: number) {
  const before = (a: number, b: number) =>
    (scores[a] as number) > (scores[b] as number) ||
    (scores[a] === scores[b] && (docs[a] as number) < (docs[b] as number));
  let picked: number[] = [];
  if (count * 8 >= docs.length) {
    picked = Array.from(docs, (_, i) => i)
      .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
      .slice(0, count);
  } else {
    for (let i = 0; i < docs.length; i++) {
      if (picked.length === count && !before(i, picked[count - 1] as number)) continue;
      let at = picked.length === count ? count - 1 : picked.length;
      while (at > 0 && before(i, picked[at - 1] as number)) {
        picked[at] = picked[at - 1] as number;
        at--;
      }
      picked[at] = i;
    }
  }
  return picked.map((i) => ({ doc: docs[i] as number, score: scores[i] as number }));
}

/** (term, document, field, frequency) of every field a term occurs in, in typed arrays. */
class Entries {
  readonly term = new GrowableInt32();
  readonly doc = new GrowableInt32();
  readonly field = new GrowableInt32();
  readonly freq = new GrowableInt32();
  length = 0;
  push(term: number, doc: number, field: number, freq: number): void {
    this.term.push(term);
    this.doc.push(doc);
    this.field.push(field);
    this.freq.push(freq);
    this.length++;
  }
}

class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  add(index: number, value: number): void {
    this.data[index] = (this.data[index] as number) + value;
  }
  at(index: number): number {
    return this.data[index] as number;
  }
}
