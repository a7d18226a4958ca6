import { termOf } from './analyze.ts';
import { addCompounds, compoundsByWord, compoundTerms } from './compound-words.ts';
import { foreignEnding } from './foreign-endings.ts';
import type { PostingsData, QueryTerm } from './postings.ts';
import { oneIzeVerb } from './stems.ts';

/**
 * The notes' terms as a question's reading and ranking weigh them: each term's id, the form the
 * notes write it in, how many talks have it and what that tells apart (IDF), its score in one talk,
 * and whether a word is truly that term's word. Apart from `talk-index.ts` because the reading of
 * a question (`query-units.ts`), the tiers of matching (`match-tiers.ts`) and the index itself all
 * ask these, and none of them owns the terms.
 */

/** A related word (see `relatedTo`) counts for this share of the word asked for. */
/**
 * A word a talk has only this share of its weight's worth of (an address's, "…/container-
 * management-netflix") is no word the talk says: a talk with every word of a question only so is
 * no answer to it.
 */
export const WEAK_SHARE = 0.15;

export const RELATED_WEIGHT = 0.4;
/** Letters the notes' form of a word may have past a word that the stemmer reads as it. */
const SAME_WORD_ENDING = 4;

export class Vocabulary {
  constructor(
    readonly postings: PostingsData,
    /** The first word each term came from: suggestions show "microservices", not "microservic". */
    readonly surfaces: string[],
    readonly termIds: Map<string, number>,
    /** The other words each term was seen as ("experience" beside "experiments"). */
    readonly forms: readonly string[][] = [],
  ) {}

  /**
   * Related words as terms of the notes at `RELATED_WEIGHT`, those not among `exact`. A related
   * word is looked up by its stem: only where the notes' form of that stem is the word, not a
   * word of another sense sharing it ("managing" is not the notes' "management").
   */
  relatedTerms(list: string[], exact: Set<number>): QueryTerm {
    const related: QueryTerm = [];
    for (const other of list) {
      const id = this.termIds.get(termOf(other) ?? '');
      if (id === undefined || exact.has(id) || related.some(([r]) => r === id)) continue;
      if (this.sameWord(other, id, false)) related.push([id, RELATED_WEIGHT]);
    }
    return related;
  }

  private compounds: Map<string, number[]> | undefined;

  /** The notes' names made of `word` and a short part ("PyTorch" of "torch"): see compound-words. */
  compoundTerms(word: string, exact: Set<number>): QueryTerm {
    this.compounds ??= compoundsByWord(this.surfaces);
    return compoundTerms(this.compounds, word, exact, RELATED_WEIGHT);
  }

  /**
   * The compounds built ahead, in slices of `sliceMs` with `turn` between: at 10k talks they take
   * tens of ms, which the first question after a reload would otherwise wait for.
   */
  async prepare(turn: () => Promise<unknown>, sliceMs = 8): Promise<void> {
    const byWord = new Map<string, number[]>();
    let sliced = performance.now();
    for (let id = 0; id < this.surfaces.length && !this.compounds; id++) {
      addCompounds(byWord, this.surfaces[id] as string, id);
      if ((id & 1023) === 1023 && performance.now() - sliced > sliceMs) {
        await turn();
        sliced = performance.now();
      }
    }
    this.compounds ??= byWord;
  }

  /**
   * Whether a word is a form of the term the stemmer gives it, judged by the term's written form
   * in the notes: "author" shares the stem of "authorization", and "billing" (a synonym of
   * "finops") that of "bill", but neither is that word. A word typed may be longer than the
   * notes' form ("authorizations" → "authorization"); a synonym, the author's or built in, only
   * an ending longer ("costs" → "cost").
   */
  sameWord(word: string, id: number, typed: boolean): boolean {
    const surface = (this.surfaces[id] as string).toLowerCase();
    if (surface === word || !/^[a-z]+$/.test(word)) return true;
    // A word the notes write, whichever of its term's words they wrote first.
    if (this.forms[id]?.includes(word)) return true;
    // "Documents" is no Spanish "documental" (a documentary), though the stemmer reads both so.
    if (foreignEnding(word, surface, this.forms[id] ?? [])) return false;
    // Three letters are a name as written, not a plural of two: "ios" is not the "io" of
    // "zipkin.io" ("run" is still "running").
    if (word.length <= 3 && surface.length < word.length) return false;
    // "Organizing" where the notes wrote "organization": one verb in -ize, however long its ending.
    if (oneIzeVerb(word, surface)) return true;
    let common = 0;
    while (common < word.length && word[common] === surface[common]) common++;
    const longerSurface = surface.length - common;
    return longerSurface <= SAME_WORD_ENDING && (typed || word.length - common <= 2);
  }

  /** A term's score in a talk (0 when it has none): its postings are in talk order. */
  scoreIn(id: number, doc: number): number {
    const { offsets, docs, scores } = this.postings;
    let low = offsets[id] as number;
    let high = (offsets[id + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = docs[middle] as number;
      if (at === doc) return scores[middle] as number;
      if (at < doc) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /**
   * Whether some talk says term `id` as more than an address's word: "cheat" of
   * "cheat.readthedocs.io" is no word the notes say, so no slip of "chat" is corrected to it.
   */
  said(id: number): boolean {
    const { offsets, scores } = this.postings;
    const least = this.idf(this.df(id)) * WEAK_SHARE;
    for (let at = offsets[id] as number; at < (offsets[id + 1] as number); at++)
      if ((scores[at] as number) >= least) return true;
    return false;
  }

  df(id: number): number {
    return (this.postings.offsets[id + 1] as number) - (this.postings.offsets[id] as number);
  }

  idf(df: number): number {
    const n = this.postings.docCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
