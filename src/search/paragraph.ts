import type { Talk } from '../model.ts';
import { termOf, words } from './analyze.ts';
import type { PostingsData, QueryTerm, Scorer } from './postings.ts';

/**
 * A question of this many words or more is a paragraph ("I was at the conference but missed …"):
 * most of its words tell a story, not what to find, so it is searched by the words the notes have.
 */
export const LONG_QUESTION = 6;
/** In a paragraph, a talk must have this many of the words the notes have, and this share. */
const LEAST_WORDS = 2;
const LEAST_COVER = 0.25;
/**
 * …or, in a message that names several talks ("the idempotent apis talk or the secrets in ci
 * one"), this share, where two of its words are in the talk's title: each talk named has only
 * its own few of the message's words.
 */
const LEAST_COVER_NAMED = 0.1;
const TITLE_WORDS = 2;
/** …and those words count only if at most this share of the talks has them ("good" does not). */
const MOST_COMMON = 0.3;
/** The best-scored talks a paragraph's words reach that are looked at more closely. */
const CANDIDATES = 200;
/** A talk with this many of a paragraph's telling words is about it, even in its notes only. */
const MANY_WORDS = 4;

interface Unit {
  variants: QueryTerm;
  /** IDF of the word. */
  weight: number;
  /** Found as written (or as a synonym), not read as a typo or a prefix. */
  exact?: boolean;
}

/**
 * Which talks a pasted paragraph is about. Its narrative words ("keep", "team", "run") are in the
 * notes of many talks by chance, a couple in each; a talk it is about has one of its words in its
 * title, speakers, companies or topic ("postgres", "uber", "culture"), or many of them.
 */
export class ParagraphReader {
  private readonly heads = new Map<number, Set<string>>();

  constructor(
    private readonly talks: Talk[],
    private readonly postings: PostingsData,
  ) {}

  /**
   * The telling words of a paragraph, at most `most`, the most informative: only words as
   * written, and not common ones — its "great" is no typo of "treat", and its "good" and "time"
   * are in many talks without being what it asks about. None when fewer than two.
   */
  telling<U extends Unit>(units: U[], idf: (df: number) => number, most: number): U[] {
    const common = idf(this.postings.docCount * MOST_COMMON);
    const known = units.filter((unit) => unit.exact && unit.weight >= common);
    const informative = [...known].sort((a, b) => b.weight - a.weight).slice(0, most);
    const kept = known.filter((unit) => informative.includes(unit));
    return kept.length < LEAST_WORDS ? [] : kept;
  }

  /** The talks a paragraph of these telling words is about, best first. */
  find(
    scorer: Scorer,
    query: QueryTerm[],
    weights: number[],
    floor: number,
    keep?: (doc: number) => boolean,
  ): { doc: number; score: number }[] {
    const ranked = scorer.search(query, {
      all: false,
      floor,
      keep,
      cover: { weights, least: LEAST_COVER_NAMED },
      leastWords: LEAST_WORDS,
    });
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return ranked
      .top(Math.min(ranked.total, CANDIDATES))
      .filter(({ doc }) => this.about(doc, query))
      .filter(
        ({ doc }) =>
          this.covers(doc, query, weights) >= LEAST_COVER * total || this.named(doc, query),
      );
  }

  /** The weight of the words of the paragraph the talk at `doc` has. */
  private covers(doc: number, query: QueryTerm[], weights: number[]): number {
    let sum = 0;
    query.forEach((variants, i) => {
      if (variants.some(([id]) => this.has(id, doc))) sum += weights[i] ?? 0;
    });
    return sum;
  }

  /** Whether the talk's title has two of the paragraph's words: the message names it. */
  private named(doc: number, query: QueryTerm[]): boolean {
    const title = this.title(doc);
    let found = 0;
    for (const variants of query)
      if (variants.some(([id]) => title.has(this.postings.terms[id] as string))) found++;
    return found >= TITLE_WORDS;
  }

  /** Whether the talk at `doc` is about a paragraph of these words (query terms). */
  about(doc: number, query: QueryTerm[]): boolean {
    let matched = 0;
    const head = this.head(doc);
    for (const variants of query) {
      const found = variants.find(([id]) => this.has(id, doc));
      if (!found) continue;
      if (head.has(this.postings.terms[found[0]] as string)) return true;
      matched++;
    }
    return matched >= MANY_WORDS;
  }

  /** Postings of a term are in document order: a binary search. */
  private has(term: number, doc: number): boolean {
    const { offsets, docs } = this.postings;
    let low = offsets[term] as number;
    let high = (offsets[term + 1] as number) - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = docs[mid] as number;
      if (at === doc) return true;
      if (at < doc) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }

  private readonly titles = new Map<number, Set<string>>();

  /** Terms of a talk's title (and official title); made for the few talks a paragraph reaches. */
  private title(doc: number): Set<string> {
    let terms = this.titles.get(doc);
    if (terms) return terms;
    const talk = this.talks[doc] as Talk;
    terms = new Set(
      words(`${talk.title} ${talk.officialTitle ?? ''}`).flatMap((w) => termOf(w) ?? []),
    );
    if (this.titles.size >= 1000) this.titles.clear();
    this.titles.set(doc, terms);
    return terms;
  }

  /** Terms of the fields that say what a talk is; made for the few talks a paragraph reaches. */
  private head(doc: number): Set<string> {
    let terms = this.heads.get(doc);
    if (terms) return terms;
    const talk = this.talks[doc] as Talk;
    const names = talk.speakers.flatMap((s) => [s.name ?? '', s.company ?? '']);
    const text = [talk.title, talk.officialTitle ?? '', talk.topic ?? '', ...names].join(' ');
    terms = new Set(words(text).flatMap((word) => termOf(word) ?? []));
    if (this.heads.size >= 1000) this.heads.clear();
    this.heads.set(doc, terms);
    return terms;
  }
}
