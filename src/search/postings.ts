/**
 * A compact inverted index: per term, the documents that have it and the term's score in each,
 * computed once at build time. minisearch keeps a Map per term and field and scores every posting
 * on every query, which at 10,000 talks cost ~10 ms for a common word, ~5 s to build and ~400 MB;
 * here a posting is 8 bytes in typed arrays and a query adds precomputed numbers.
 *
 * The scores are minisearch's BM25+, so ranking is the one minisearch gave (see
 * `build-postings.ts`).
 */

/** Plain data: what a snapshot keeps (its typed arrays are written as raw bytes). */
export interface PostingsData {
  docCount: number;
  terms: string[];
  /** Postings of term i are offsets[i] .. offsets[i + 1] in `docs` and `scores`. */
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float32Array;
}

/** One query word and the index terms it stands for, each with its weight (1 for itself). */
export type QueryTerm = [termId: number, weight: number][];

export interface Ranked {
  /** Documents and scores, best first, only as many as asked for. */
  top(count: number): { doc: number; score: number; byEventName?: boolean }[];
  readonly total: number;
  /** Bit i set: some ranked document has query word i. */
  readonly wordsFound: number;
  /** Whether a document is ranked. */
  has(doc: number): boolean;
}

/** Documents under the floor looked at for `keepBelowFloor`, the best-scored first. */
const BELOW_FLOOR_LOOKS = 64;

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
  /**
   * With `cover`: a document's score counts the question's words it has once more, so a talk
   * with two of them beats one with a single word in its title ("a boiler that ran for a year":
   * not "The DX survey we ran twice").
   */
  coordinate?: boolean;
  /**
   * Documents kept below the floor: a talk whose title or summary has the words is about them,
   * however much more another talk says of them. Asked of the best-scored few only.
   */
  keepBelowFloor?: (doc: number) => boolean;
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

  /**
   * Of the documents under the floor, the best-scored few that `keep` keeps (a talk about the
   * words scores well for them; looking at every one cost a question ~5 ms at 10,000 talks).
   */
  private belowScores = new Float64Array(0);
  /** Which kept documents pass the floor, per question (reused, as `belowScores`). */
  private passedBuffer = new Uint8Array(0);

  private keptBelow(
    totals: Float64Array,
    kept: number,
    passed: Uint8Array,
    below: number,
    keep: (doc: number) => boolean,
  ): number {
    // One buffer for every question: a new array of thousands of scores each time made work
    // for the young generation's collector, which the answering thread runs small.
    if (this.belowScores.length < below) this.belowScores = new Float64Array(below * 2);
    const values = this.belowScores.subarray(0, below);
    for (let i = 0, n = 0; i < kept; i++) if (passed[i] !== 1) values[n++] = totals[i] as number;
    // The score of the BELOW_FLOOR_LOOKS-th best: selected in place, not a sort of thousands.
    const least =
      below <= BELOW_FLOOR_LOOKS ? -Infinity : select(values, below - BELOW_FLOOR_LOOKS);
    let looked = 0;
    let count = 0;
    for (let i = 0; i < kept && looked < BELOW_FLOOR_LOOKS; i++) {
      if (passed[i] === 1 || (totals[i] as number) < least) continue;
      looked++;
      if (keep(this.touched[i] as number)) {
        passed[i] = 2;
        count++;
      }
    }
    for (let i = 0; i < kept; i++) if (passed[i] === 2) passed[i] = 1;
    return count;
  }

  private collect(touchedCount: number, need: number, options: SearchOptions): Ranked {
    const { floor, keep, cover, keepBelowFloor, coordinate } = options;
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
      const total = (score[doc] as number) * words * (coordinate ? words : 1);
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
    if (this.passedBuffer.length < kept) this.passedBuffer = new Uint8Array(kept * 2);
    const passed = this.passedBuffer.subarray(0, kept);
    passed.fill(0);
    let count = 0;
    let below = 0;
    for (let i = 0; i < kept; i++) {
      if ((totals[i] as number) < best * floor) below++;
      else {
        passed[i] = 1;
        count++;
      }
    }
    if (keepBelowFloor && below > 0)
      count += this.keptBelow(totals, kept, passed, below, keepBelowFloor);
    const docs = new Int32Array(count);
    const scores = new Float64Array(count);
    let wordsFound = 0;
    for (let i = 0, n = 0; i < kept; i++) {
      if (passed[i] !== 1) continue;
      docs[n] = touched[i] as number;
      wordsFound = (wordsFound | (masks[i] as number)) >>> 0;
      scores[n++] = totals[i] as number;
    }
    let ranked: Set<number> | undefined;
    return {
      total: count,
      wordsFound,
      top: (wanted) => topOf(docs, scores, wanted),
      has: (doc) => {
        ranked ??= new Set(docs);
        return ranked.has(doc);
      },
    };
  }
}

/**
 * The value that would be at `k` if `values` were sorted ascending (Hoare's quickselect; the
 * array is reordered). Linear on average, where a sort of a question's thousands of scores was
 * the most of its time.
 */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
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
