import type { QueryTerm, Ranked, Scorer, SearchOptions } from './postings.ts';
import type { Unit } from './query-units.ts';
import { familyOf } from './related-words.ts';
import { RELATED_WEIGHT, type Vocabulary, WEAK_SHARE } from './vocabulary.ts';

/**
 * The tiers of matching a question's units against the talks: every word, those that say the
 * words themselves before those with only related words; whether the best of them has a word only
 * faintly; and the talks alike to one (`anyWord`, "related talks"). Apart from `talk-index.ts`,
 * which decides which tier answers a question, because these are how each tier ranks.
 */

/** Most words of a question searched for. */
export const MAX_QUERY_TERMS = 12;
/** Hits scoring below this share of the best hit are noise, not answers. */
export const FLOOR_ALL_WORDS = 0.1;
export const FLOOR_ANY_WORD = 0.25;
export const NO_RANKED: Ranked = { total: 0, wordsFound: 0, top: () => [], has: () => false };
/**
 * Related talks (`anyWord`): a word in more than this share of the talks (and more than
 * `RELATED_COMMON_LEAST`) says nothing of what a talk is about; a related talk shares words of
 * at least `RELATED_LEAST` times the weight of a word in two talks.
 */
const RELATED_COMMON_SHARE = 0.05;
const RELATED_COMMON_LEAST = 3;
const RELATED_LEAST = 1;

/**
 * Ranked talks `first`, then the others of `rest` in its order, each scored below the last of
 * `first`. `first` is a narrower search than `rest` (its talks are among them, nearly always).
 */
function thenOthers(first: Ranked, rest: Ranked): Ranked {
  // Both lists, once each: a talk with the words themselves may be under the floor of the search
  // with related words (whose best talk scores higher), so the first is no part of the second.
  const extra = first.top(first.total).filter(({ doc }) => !rest.has(doc)).length;
  return {
    total: rest.total + extra,
    wordsFound: (first.wordsFound | rest.wordsFound) >>> 0,
    has: (doc) => first.has(doc) || rest.has(doc),
    top: (count) => {
      const top = first.top(count);
      if (top.length >= count) return top;
      const last = top.at(-1)?.score ?? 1;
      const others = rest
        .top(count)
        .filter(({ doc }) => !first.has(doc))
        .slice(0, count - top.length)
        .map(({ doc, score }, i) => ({
          doc,
          score: Math.min(score, (last * 0.99) / (1 + i * 0.01)),
        }));
      return [...top, ...others];
    },
  };
}

export class MatchTiers {
  constructor(
    private readonly scorer: Scorer,
    private readonly terms: Vocabulary,
  ) {}

  /**
   * Talks with every word: those with the words themselves (or synonyms) first, then those with
   * only related words for some ("security": the talks that say it, then the passkeys and secrets
   * talks that do not), however much more the latter say of them.
   */
  allWords(variants: QueryTerm[], options: SearchOptions): Ranked {
    const ranked = this.scorer.search(variants, options);
    const own = variants.map((list) => list.filter(([, weight]) => weight > RELATED_WEIGHT));
    if (
      ranked.total === 0 ||
      own.some((list) => list.length === 0) ||
      own.every((list, i) => list.length === (variants[i] as QueryTerm).length)
    )
      return ranked;
    const first = this.scorer.search(own, options);
    return first.total === 0 ? ranked : thenOthers(first, ranked);
  }

  /**
   * Whether a talk has some word of the question only faintly (in a link's address), by each
   * word's share of its weight in the talk's score.
   */
  weakly(doc: number | undefined, units: Unit[]): boolean {
    if (doc === undefined) return false;
    return units.some((unit) => {
      let score = 0;
      for (const [id, weight] of unit.variants) score += weight * this.terms.scoreIn(id, doc);
      return score < unit.weight * WEAK_SHARE;
    });
  }

  /**
   * Talks that share what one is about (`anyWord`, the words of its title or summary): by the
   * words of it that few talks have, enough of them to weigh as much as a word two talks have
   * — one word in common ("anger" of "… in anger") is not enough, nor common words.
   */
  alike(units: Unit[], keep?: (doc: number) => boolean): Ranked {
    const n = this.terms.postings.docCount;
    const common = Math.max(RELATED_COMMON_LEAST, n * RELATED_COMMON_SHARE);
    const telling = units.filter(
      (unit) =>
        unit.exact &&
        unit.variants.every(([id, weight]) => weight < 1 || this.terms.df(id) <= common),
    );
    if (telling.length === 0) return NO_RANKED;
    // "Passkeys at a bank" is like the other security talks, "Karpenter in anger" like the
    // Kubernetes ones: the broader subject of a word and its other words, below the word itself,
    // each weighing as much as a word two talks share.
    const family: Unit[] = [];
    for (const unit of telling) {
      const own = new Set(unit.variants.map(([id]) => id));
      for (const other of family) for (const [id] of other.variants) own.add(id);
      const variants = this.terms.relatedTerms((unit.asked ?? []).flatMap(familyOf), own);
      if (variants.length > 0) family.push({ variants, weight: this.terms.idf(2), exact: true });
    }
    telling.push(...family.slice(0, MAX_QUERY_TERMS));
    const weights = telling.map((unit) => unit.weight);
    const total = weights.reduce((sum, w) => sum + w, 0);
    const least = (this.terms.idf(2) * RELATED_LEAST) / total;
    if (least > 1) return NO_RANKED;
    return this.scorer.search(
      telling.map((unit) => unit.variants),
      { all: false, floor: FLOOR_ANY_WORD, cover: { weights, least }, ...(keep ? { keep } : {}) },
    );
  }
}
