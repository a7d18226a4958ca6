import { type Library, type Talk, talkRef } from '../model.ts';
import { derivedFrom, fold, isCjkPair, termOf, words } from './analyze.ts';
import { Completions } from './completions.ts';
import { LONG_QUESTION, ParagraphReader } from './paragraph.ts';
import { type PostingsData, type QueryTerm, type Ranked, Scorer } from './postings.ts';
import { isFiller } from './question-words.ts';
import { fromSnapshot, type IndexSnapshot, toSnapshot } from './snapshot.ts';
import { Spelling } from './spelling.ts';
import { NAMED_SENSES, relatedTo } from './synonyms.ts';
import { TalkIndexBuilder } from './talk-index-builder.ts';
import { plausibleTypo } from './typos.ts';

export type { IndexSnapshot };

export interface Hit {
  ref: string;
  score: number;
}

/** Hits best first: how many there are, and only as many of them as a page needs. */
export interface Hits {
  readonly total: number;
  top(count: number): Hit[];
}

/** One word of a question, with the words it also means (synonyms). */
export interface QueryWord {
  word: string;
  alternatives?: string[];
}

export interface FindOptions {
  event?: string;
  /** Only these talks (a speaker's, a day's, a topic's), by position in the library. */
  keep?: (doc: number) => boolean;
  /** Skip the all-words pass: for "related talks", where any shared word counts. */
  anyWord?: boolean;
  /**
   * The last word is the last thing typed, so it may be a word being typed (a prefix); false
   * when other words follow it ("which talks did the author like": "author" is whole).
   */
  typing?: boolean;
}

/** What a search found, and how it read the question. */
export interface Found extends Hits {
  /** Words corrected to the one close word the notes have: typed → corrected. */
  corrections: [string, string][];
}

const MAX_QUERY_TERMS = 12;
/** Most words a question is read for (a pasted paragraph is longer). */
const MAX_READ_TERMS = 32;
/** Hits scoring below this share of the best hit are noise, not answers. */
const FLOOR_ALL_WORDS = 0.1;
const FLOOR_ANY_WORD = 0.25;
/**
 * When no talk has every word, a talk with some of them counts only if its words carry this
 * share of the question's information (IDF), and the answer as a whole most of it.
 */
const LEAST_DOC_COVER = 0.3;
const LEAST_ANSWER_COVER = 0.5;
/** A word in this many talks or more is a general word ("data", "service"), not a name. */
const PHRASE_HEAD_TALKS = 3;
/** minisearch's weight for words matched by prefix, which these scores follow. */
const PREFIX_WEIGHT = 0.375;
/** A word corrected to the one close word the notes have is that word, nearly. */
const CORRECTED_WEIGHT = 0.9;
/** A related word (see `relatedTo`) counts for this share of the word asked for. */
const RELATED_WEIGHT = 0.4;
/** Letters the notes' form of a word may have past a word that the stemmer reads as it. */
const SAME_WORD_ENDING = 4;
const NO_HITS: Found = { total: 0, top: () => [], corrections: [] };
/** Talks whose text `together` reads for two words side by side. */
const TOGETHER_LOOKS = 16;
/** Talks a question may read the head terms of before they are read ahead (~4 ms). */
const HEAD_BUDGET = 100;

interface Unit {
  variants: QueryTerm;
  /** IDF of the word: how much it tells apart. */
  weight: number;
  corrected?: [string, string];
  /** Found as written (or as a synonym), not read as a typo or a prefix. */
  exact?: boolean;
  /** Read as the beginning of longer words: the last word, maybe still being typed. */
  prefix?: boolean;
  /** A pair of Chinese or Japanese characters: one of several a single word is read as. */
  pair?: boolean;
  /** A word of no Latin letter or digit. */
  foreign?: boolean;
}

/**
 * How long a question is, in words: "ツールチェーン" is read as six character pairs (see
 * `cjkWords`) but is one word, not a pasted paragraph; four pairs count as one word.
 */
function questionSize(units: { pair?: boolean }[]): number {
  const pairs = units.filter((unit) => unit.pair).length;
  return units.length - pairs + Math.ceil(pairs / 4);
}

export class TalkIndex {
  private readonly talks: Talk[];
  private readonly postings: PostingsData;
  /** The first word each term came from: suggestions show "microservices", not "microservic". */
  private readonly surfaces: string[];
  private readonly termIds: Map<string, number>;
  private readonly scorer: Scorer;
  private readonly eventIds: Map<string, number>;
  private readonly eventOf: Uint16Array | Uint32Array;
  private readonly spelling: Spelling;
  private readonly paragraphs: ParagraphReader;
  // Built on first use: a question of known words (most of them) never needs them.
  private completionList?: Completions;

  constructor(library: Library, snapshot?: IndexSnapshot | TalkIndexBuilder) {
    this.talks = library.talks;
    if (snapshot instanceof TalkIndexBuilder) {
      ({
        postings: this.postings,
        surfaces: this.surfaces,
        termIds: this.termIds,
      } = snapshot.finish(library.talks));
    } else if (snapshot) {
      ({ postings: this.postings, surfaces: this.surfaces } = fromSnapshot(snapshot));
      // A loop, not a Map of 24,000 [term, id] pairs: this runs on the answering thread.
      const termIds = new Map<string, number>();
      const { terms } = this.postings;
      for (let id = 0; id < terms.length; id++) termIds.set(terms[id] as string, id);
      this.termIds = termIds;
    } else {
      const builder = new TalkIndexBuilder();
      builder.add(this.talks);
      ({
        postings: this.postings,
        surfaces: this.surfaces,
        termIds: this.termIds,
      } = builder.finish(this.talks));
    }
    this.scorer = new Scorer(this.postings);
    this.spelling = new Spelling(this.termIds, this.surfaces);
    this.paragraphs = new ParagraphReader(this.talks, this.postings);
    this.eventIds = new Map(library.events.map((event, i) => [event.id, i]));
    this.eventOf =
      library.events.length < 65536
        ? new Uint16Array(this.talks.length)
        : new Uint32Array(this.talks.length);
    this.talks.forEach((talk, doc) => {
      this.eventOf[doc] = this.eventIds.get(talk.event) ?? 0;
    });
  }

  get completions(): Completions {
    this.completionList ??= new Completions({ talks: this.talks });
    return this.completionList;
  }

  /** The spelling tree built ahead, in slices that let answers through (see Spelling.prepare). */
  prepare(turn: () => Promise<unknown>): Promise<void> {
    return this.spelling.prepare(turn);
  }

  snapshot(): IndexSnapshot {
    return toSnapshot(this.postings, this.surfaces);
  }

  /** How many talks the notes have a word in (0 when none). */
  frequency(word: string): number {
    const term = termOf(word);
    const id = term === null ? undefined : this.termIds.get(term);
    return id === undefined ? 0 : this.df(id);
  }

  /**
   * Whether some talk has the two words side by side ("Node.js", "node js"): a split word is read
   * as its parts. Side by side, not only in one talk: "Server components … ship less JavaScript"
   * does not make "serverless" server and less. Read in the text of at most `TOGETHER_LOOKS` of
   * the talks that have both.
   */
  together(a: string, b: string): boolean {
    const ids = [a, b].map((word) => this.termIds.get(termOf(word) ?? ''));
    const [x, y] = ids;
    if (x === undefined || y === undefined) return false;
    const { offsets, docs } = this.postings;
    const has = new Set(docs.subarray(offsets[x] as number, offsets[x + 1] as number));
    const side = new RegExp(
      `(?<![\\p{L}\\p{N}])${escaped(a)}[^\\p{L}\\p{N}]{0,3}${escaped(b)}`,
      'u',
    );
    let looks = 0;
    for (let p = offsets[y] as number; p < (offsets[y + 1] as number); p++) {
      const doc = docs[p] as number;
      if (!has.has(doc)) continue;
      if (side.test(fold(talkText(this.talks[doc] as Talk)))) return true;
      if (++looks >= TOGETHER_LOOKS) return false;
    }
    return false;
  }

  /**
   * Whether the notes have a word this one begins ("serverles" → serverless) or is one slip
   * from: an unknown word is then that word unfinished or mistyped, not two words run together.
   */
  hasNear(word: string): boolean {
    for (const [key] of this.spelling.prefixed(word)) if (key !== word) return true;
    return this.spelling.close(word).length > 0;
  }

  /** Words of plain text, fillers dropped, with no synonyms (related talks). */
  find(query: string, options: FindOptions = {}): Found {
    return this.search(
      words(query)
        .filter((word) => !isFiller(word))
        .map((word) => ({ word })),
      options,
    );
  }

  /**
   * Talks matching every word, or — when no talk has them all — enough of the question's
   * information. A word the index does not know is corrected only to one close, frequent word
   * (five letters or more); the last word of a question may be a prefix being typed.
   */
  search(query: QueryWord[], options: FindOptions = {}): Found {
    this.headBudget = HEAD_BUDGET;
    let units = this.units(query, options.typing !== false);
    if (units.length === 0) return NO_HITS;
    const long = questionSize(units) >= LONG_QUESTION;
    if (long) {
      units = this.paragraphs.telling(units, (df) => this.idf(df), MAX_QUERY_TERMS);
      if (units.length === 0) return NO_HITS;
    } else units = units.slice(0, MAX_QUERY_TERMS);
    const event = options.event === undefined ? undefined : this.eventIds.get(options.event);
    if (options.event !== undefined && event === undefined) return NO_HITS;
    const { keep: only } = options;
    const keep =
      event === undefined
        ? only
        : (doc: number) => this.eventOf[doc] === event && (!only || only(doc));
    const variants = units.map((unit) => unit.variants);
    const corrections = units.flatMap((unit) => (unit.corrected ? [unit.corrected] : []));
    if (options.anyWord)
      return this.hits(
        this.scorer.search(variants, { all: false, floor: FLOOR_ANY_WORD, keep }),
        corrections,
      );
    const all = this.scorer.search(variants, {
      all: true,
      floor: FLOOR_ALL_WORDS,
      keep,
      ...(units.every((unit) => unit.exact)
        ? { keepBelowFloor: (doc: number) => this.about(doc, variants) }
        : {}),
    });
    if (all.total > 0 || units.length === 1) return this.hits(all, corrections);
    // Two words the notes both have as written, never in one talk, one of them a general word
    // several talks use, read as a phrase the notes do not have: "data mesh" beside a "service
    // mesh" talk and the data talks is no answer. Two names ("netflix coinbase") still are.
    if (
      units.length === 2 &&
      units.every((unit) => unit.exact) &&
      units.some((unit) => unit.weight <= this.idf(PHRASE_HEAD_TALKS))
    )
      return NO_HITS;
    // "cargo cult": no talk has "cargo" and a word starting "cult", so "cult" was a whole word
    // the notes lack, not the beginning of "culture" beside a word found as written.
    if (units.some((unit) => unit.prefix) && units.some((unit) => unit.exact))
      units = units.map((unit) => (unit.prefix ? { ...unit, variants: [] } : unit));
    const variantsLeft = units.map((unit) => unit.variants);
    const weights = units.map((unit) => unit.weight);
    if (long) {
      const about = this.paragraphs.find(this.scorer, variantsLeft, weights, FLOOR_ANY_WORD, keep);
      return this.hits({ total: about.length, wordsFound: 0, top: (n) => about.slice(0, n) }, []);
    }
    const any = this.scorer.search(variantsLeft, {
      all: false,
      floor: FLOOR_ANY_WORD,
      keep,
      cover: { weights, least: LEAST_DOC_COVER },
    });
    const total = weights.reduce((sum, w) => sum + w, 0);
    const found = weights.reduce((sum, w, i) => (any.wordsFound & (2 ** i) ? sum + w : sum), 0);
    if (found <= total * LEAST_ANSWER_COVER) return NO_HITS;
    return this.hits(any, corrections);
  }

  /**
   * Words the notes have, close to the words of a question that found nothing ("did you mean"):
   * a letter or two away (five letters or more), most frequent first; never a stop word.
   */
  suggest(query: QueryWord[] | string, limit = 5): string[] {
    const list = typeof query === 'string' ? words(query).map((word) => ({ word })) : query;
    // A paragraph that found nothing is no typo: "did you mean treat" for its "great" is noise.
    if (list.length >= LONG_QUESTION) return [];
    const found = new Map<string, [number, number]>();
    for (const { word } of list.slice(0, MAX_QUERY_TERMS)) {
      const term = termOf(word);
      if (term === null || this.termIds.has(term)) continue;
      // The first letter as typed, as for corrections: "relevant" is no slip of "irrelevant".
      const close = this.spelling
        .close(word, true)
        .filter(([id]) => (this.surfaces[id] as string).toLowerCase().startsWith(word.charAt(0)));
      // Only the nearest: "security" for "secority", not "secret" three letters off as well.
      for (const [id, distance] of close.filter(([, d]) => d === close[0]?.[1])) {
        const surface = this.surfaces[id] as string;
        if (termOf(surface) === null || isFiller(surface)) continue;
        const previous = found.get(surface);
        if (!previous || distance < previous[0]) found.set(surface, [distance, this.df(id)]);
      }
    }
    return [...found.entries()]
      .sort((a, b) => a[1][0] - b[1][0] || b[1][1] - a[1][1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([surface]) => surface);
  }

  private units(query: QueryWord[], typing: boolean): Unit[] {
    // A paragraph is searched by the words the notes have as written: no typo look-ups for the
    // rest, which cost a fuzzy walk of the vocabulary each.
    const paragraph =
      questionSize(query.map(({ word }) => ({ pair: isCjkPair(word) }))) >= LONG_QUESTION;
    const units: Unit[] = [];
    const seen = new Set<string>();
    query.forEach(({ word, alternatives = [] }, i) => {
      const term = termOf(word);
      if (term === null || seen.has(term) || units.length >= MAX_READ_TERMS) return;
      seen.add(term);
      const exact = new Set<number>();
      for (const candidate of this.senses(word, alternatives, query.length === 1)) {
        // A derived word the notes never use is the word it is made from, as they write it:
        // "containerization" finds the containers talk; "accessibility" does not find "access"
        // where the notes say "accessibility".
        let id = this.termIds.get(termOf(candidate) ?? '');
        for (const stem of id === undefined ? derivedFrom(candidate) : [])
          id ??= this.termIds.get(stem);
        if (id !== undefined && this.sameWord(candidate, id, candidate === word)) exact.add(id);
      }
      if (exact.size > 0) {
        const df = Math.max(...[...exact].map((id) => this.df(id)));
        const related: QueryTerm = [];
        for (const other of [word, ...alternatives].flatMap(relatedTo)) {
          const id = this.termIds.get(termOf(other) ?? '');
          if (id !== undefined && !exact.has(id) && !related.some(([r]) => r === id))
            related.push([id, RELATED_WEIGHT]);
        }
        units.push({
          variants: [...[...exact].map((id): [number, number] => [id, 1]), ...related],
          weight: this.idf(df),
          exact: true,
          ...(isCjkPair(word) ? { pair: true } : {}),
        });
        return;
      }
      const unit = paragraph
        ? { variants: [], weight: this.idf(0) }
        : this.inexact(word, typing && i === query.length - 1);
      const foreign = !/[a-z0-9]/.test(word) ? { foreign: true } : {};
      units.push({ ...unit, ...(isCjkPair(word) ? { pair: true } : {}), ...foreign });
    });
    // "有关于Kubernetes的演讲吗", "есть доклады про kubernetes": the words of another script than
    // the notes' are the asking around the word they have; they carry no weight beside it.
    if (units.some((unit) => unit.exact && !unit.foreign))
      return units.filter((unit) => unit.exact || !unit.foreign);
    return units;
  }

  /**
   * A question's word and its synonyms, a word with a named sense read as that sense where the
   * question says so and the notes have it: "in Go" (its synonym golang) and "go" alone are the
   * language, not the verb (see NAMED_SENSES).
   */
  private senses(word: string, alternatives: string[], alone: boolean): string[] {
    const all = [word, ...alternatives];
    const sense = NAMED_SENSES.get(word);
    if (sense === undefined || !this.termIds.has(termOf(sense) ?? '')) return all;
    if (!alone && !alternatives.includes(sense)) return all;
    return [sense, ...alternatives.filter((other) => other !== sense)];
  }

  /** A word the index does not know: a prefix being typed, one clear typo, or nothing. */
  private inexact(word: string, last: boolean): Unit {
    if (last && word.length >= 4) {
      const variants: QueryTerm = [];
      let df = 0;
      for (const [key, termId] of this.spelling.prefixed(word)) {
        // A word being typed is most of the word it becomes ("kubern" → kubernetes); one that
        // is less than half of it is a whole word of its own: "java" is not JavaScript.
        if (key.length > 2 * word.length) continue;
        if (variants.some(([id]) => id === termId)) continue;
        const distance = key.length - word.length;
        variants.push([termId, (PREFIX_WEIGHT * key.length) / (key.length + 0.3 * distance)]);
        df = Math.max(df, this.df(termId));
      }
      if (variants.length > 0) return { variants, weight: this.idf(df), prefix: true };
    }
    // People rarely miss a word's first letter: "review" is no typo of "preview".
    const close = this.spelling
      .close(word)
      .filter(([id]) => (this.surfaces[id] as string).startsWith(word.charAt(0)));
    const nearest = close.filter(([, d]) => d === close[0]?.[1]);
    // "serverles" is a slip from "serverless" as typed, and from "server" only by its stem:
    // the word of the notes closest to what was typed is the one meant.
    const slips = nearest.filter(([id]) =>
      plausibleTypo(word, (this.surfaces[id] as string).toLowerCase()),
    );
    const best = slips.length > 0 ? slips : nearest;
    const dfs = best.map(([id]) => this.df(id));
    const top = Math.max(0, ...dfs);
    // "Close, frequent": one candidate, or one clearly more used than the others.
    const clear = best.filter((_, i) => (dfs[i] as number) * 2 > top);
    const only = clear.length === 1 ? clear[0] : undefined;
    if (only) {
      const [id] = only;
      return {
        variants: [[id, CORRECTED_WEIGHT]],
        weight: this.idf(this.df(id)),
        corrected: [word, this.surfaces[id] as string],
      };
    }
    return { variants: [], weight: this.idf(0) };
  }

  /** Whether a talk's title, topic or summary has every one of these words. */
  isAbout(doc: number, list: string[]): boolean {
    const ids = list.map((word) => this.termIds.get(termOf(word) ?? ''));
    if (ids.length === 0 || ids.some((id) => id === undefined)) return false;
    return this.about(
      doc,
      ids.map((id) => [[id as number, 1]]),
    );
  }

  /**
   * Whether a talk's title, topic or summary has every one of the words (any of each word's
   * terms): what the talk is about, not a word its notes say in passing.
   */
  private about(doc: number, words: QueryTerm[]): boolean {
    const own = this.headTerms(doc);
    return (
      own !== undefined && words.every((variants) => variants.some(([id]) => hasSorted(own, id)))
    );
  }

  private heads: (Int32Array | undefined)[] = [];
  /** A word's term id (-1: none), as the head terms read it. */
  private readonly wordTerms = new Map<string, number>();
  /** Talks whose head terms a question may still read for the first time (see `headTerms`). */
  private headBudget = HEAD_BUDGET;
  /**
   * The terms of a talk's title, official title, topic, kind and summary, read on first use and
   * kept as a sorted array (a few dozen ids: ~16 MB at 100,000 talks, where a Set each was ~10×).
   * A question reads at most `HEAD_BUDGET` talks' worth for the first time: reading every talk of
   * 10,000 at once held the answering thread for ~370 ms.
   */
  private headTerms(doc: number): Int32Array | undefined {
    let own = this.heads[doc];
    if (own) return own;
    if (this.headBudget-- <= 0) return undefined;
    const talk = this.talks[doc] as Talk;
    const text = [talk.title, talk.officialTitle, talk.topic, talk.kind, talk.summary].join(' ');
    const ids = new Set<number>();
    for (const word of words(text)) {
      // Stemming is most of the cost, and titles and summaries share most of their words.
      let id = this.wordTerms.get(word);
      if (id === undefined) {
        id = this.termIds.get(termOf(word) ?? '') ?? -1;
        this.wordTerms.set(word, id);
      }
      if (id >= 0) ids.add(id);
    }
    own = Int32Array.from(ids).sort();
    this.heads[doc] = own;
    return own;
  }

  /**
   * Whether a word is a form of the term the stemmer gives it, judged by the term's written form
   * in the notes: "author" shares the stem of "authorization", and "billing" (a synonym of
   * "finops") that of "bill", but neither is that word. A word typed may be longer than the
   * notes' form ("authorizations" → "authorization"); a synonym, the author's or built in, only
   * an ending longer ("costs" → "cost").
   */
  private sameWord(word: string, id: number, typed: boolean): boolean {
    const surface = (this.surfaces[id] as string).toLowerCase();
    if (surface === word || !/^[a-z]+$/.test(word)) return true;
    // Three letters are a name as written, not a plural of two: "ios" is not the "io" of
    // "zipkin.io" ("run" is still "running").
    if (word.length <= 3 && surface.length < word.length) return false;
    let common = 0;
    while (common < word.length && word[common] === surface[common]) common++;
    const longerSurface = surface.length - common;
    return longerSurface <= SAME_WORD_ENDING && (typed || word.length - common <= 2);
  }

  private df(id: number): number {
    return (this.postings.offsets[id + 1] as number) - (this.postings.offsets[id] as number);
  }

  private idf(df: number): number {
    const n = this.postings.docCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private hits(ranked: Ranked, corrections: [string, string][]): Found {
    return {
      total: ranked.total,
      corrections: ranked.total > 0 ? corrections : [],
      top: (count) =>
        ranked
          .top(count)
          .map(({ doc, score }) => ({ ref: talkRef(this.talks[doc] as Talk), score })),
    };
  }
}

/** A talk's words as the notes write them: titles, topic, summary and notes. */
function talkText(talk: Talk): string {
  const parts = [talk.title, talk.officialTitle ?? '', talk.topic ?? '', talk.summary];
  const walk = (notes: Talk['notes']) => {
    for (const note of notes) {
      parts.push(note.text);
      walk(note.children);
    }
  };
  walk(talk.notes);
  return parts.join('\n');
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a sorted array holds `value`. */
function hasSorted(sorted: Int32Array, value: number): boolean {
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
