import { type Library, type Talk, talkRef } from '../model.ts';
import { termOf, words } from './analyze.ts';
import { cognate } from './cognates.ts';
import { Completions } from './completions.ts';
import { EventNames, withTier } from './event-names.ts';
import { HeadTerms } from './head-terms.ts';
import {
  FLOOR_ALL_WORDS,
  FLOOR_ANY_WORD,
  MAX_QUERY_TERMS,
  MatchTiers,
  NO_RANKED,
} from './match-tiers.ts';
import { withoutMissingConcept } from './missing-concept.ts';
import { withoutMissingWord } from './missing-word.ts';
import { LONG_QUESTION, ParagraphReader } from './paragraph.ts';
import { type Ranked, Scorer } from './postings.ts';
import { QueryReader, questionSize } from './query-units.ts';
import { isFiller } from './question-words.ts';
import { everydayIds, relatedEvidence } from './related-evidence.ts';
import type { FindOptions, Found, QueryWord } from './search-types.ts';
import { SideBySide } from './side-by-side.ts';
import {
  fromSnapshot,
  fromSnapshotInSlices,
  type IndexSnapshot,
  type RestoredIndex,
  toSnapshot,
} from './snapshot.ts';
import { Spelling } from './spelling.ts';
import { subjectsFirst } from './subject-weights.ts';
import { TalkIndexBuilder } from './talk-index-builder.ts';
import { withoutVersion } from './version-left-out.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * The index of the talks and its search: what callers use (`TalkIndex`, its options and hits),
 * and which tier of matching answers a question. The parts it is made of are modules of their
 * own: the notes' terms (`vocabulary.ts`), the reading of a question's words (`query-units.ts`),
 * the tiers of matching (`match-tiers.ts`), events by their names (`event-names.ts`), what a talk
 * is about (`head-terms.ts`) and words side by side in its text (`side-by-side.ts`).
 */

export type { FindOptions, Found, Hit, Hits, QueryWord } from './search-types.ts';
export type { IndexSnapshot };

/**
 * When no talk has every word, a talk with some of them counts only if its words carry this
 * share of the question's information (IDF), and the answer as a whole most of it.
 */
const LEAST_DOC_COVER = 0.3;
const LEAST_ANSWER_COVER = 0.5;
/** A word in this many talks or more is a general word ("data", "service"), not a name. */
const PHRASE_HEAD_TALKS = 3;
/** Talks looked at for a word in their title or speakers, when none has every word. */
const PARTIAL_LOOKS = 5;
const NO_HITS: Found = { total: 0, top: () => [], corrections: [] };

export class TalkIndex {
  private readonly talks: Talk[];
  private readonly terms: Vocabulary;
  private readonly scorer: Scorer;
  private readonly events: EventNames;
  /** `events.eventOf`, read here by the filter of every search within one event. */
  private readonly eventOf: Uint16Array | Uint32Array;
  private readonly spelling: Spelling;
  private readonly paragraphs: ParagraphReader;
  private readonly reader: QueryReader;
  private readonly tiers: MatchTiers;
  private readonly heads: HeadTerms;
  private everyday: Set<number> | undefined;
  private readonly sideBySide: SideBySide;
  // Built on first use: a question of known words (most of them) never needs them.
  private completionList?: Completions;

  constructor(library: Library, snapshot?: IndexSnapshot | TalkIndexBuilder | RestoredIndex) {
    this.talks = library.talks;
    let index: RestoredIndex;
    if (snapshot instanceof TalkIndexBuilder) index = snapshot.finish(library.talks);
    else if (snapshot && 'termIds' in snapshot) index = snapshot;
    else if (snapshot) index = fromSnapshot(snapshot);
    else {
      const builder = new TalkIndexBuilder();
      builder.add(this.talks);
      index = builder.finish(this.talks);
    }
    const { postings, surfaces, forms, termIds } = index;
    this.terms = new Vocabulary(postings, surfaces, termIds, forms);
    this.scorer = new Scorer(postings);
    this.spelling = new Spelling(termIds, surfaces);
    this.paragraphs = new ParagraphReader(this.talks, postings);
    this.events = new EventNames(library, this.talks, termIds, this.scorer);
    this.eventOf = this.events.eventOf;
    this.reader = new QueryReader(this.terms, this.spelling);
    this.tiers = new MatchTiers(this.scorer, this.terms);
    this.heads = new HeadTerms(this.talks, termIds);
    this.sideBySide = new SideBySide(this.talks, this.terms, this.events);
  }

  /** An index from its snapshot on the answering thread, its tables made between `turn()`s. */
  static async restore(
    library: Library,
    snapshot: IndexSnapshot,
    turn: () => Promise<unknown>,
  ): Promise<TalkIndex> {
    const index = await fromSnapshotInSlices(snapshot, turn);
    await turn();
    return new TalkIndex(library, index);
  }

  get completions(): Completions {
    this.completionList ??= new Completions({ talks: this.talks });
    return this.completionList;
  }

  /** The spelling tree built ahead, in slices that let answers through (see Spelling.prepare). */
  prepare(turn: () => Promise<unknown>): Promise<void> {
    return this.spelling.prepare(turn).then(() => this.terms.prepare(turn));
  }

  snapshot(): IndexSnapshot {
    return toSnapshot(this.terms.postings, this.terms.surfaces, this.terms.forms);
  }

  /** How many talks the notes have a word in (0 when none). */
  frequency(word: string): number {
    const term = termOf(word);
    const id = term === null ? undefined : this.terms.termIds.get(term);
    return id === undefined ? 0 : this.terms.df(id);
  }

  /** Whether a talk's text (any field) has the word's term. */
  says(doc: number, word: string): boolean {
    const term = termOf(word);
    const id = term === null ? undefined : this.terms.termIds.get(term);
    return id !== undefined && this.terms.scoreIn(id, doc) > 0;
  }

  /** Whether some talk has the asked word, as typed or in one of the forms it was read as. */
  knows(q: QueryWord): boolean {
    return (
      this.frequency(q.word) > 0 ||
      (q.alternatives ?? []).some((w) => this.frequency(w) > 0) ||
      // "torch" of the notes' "PyTorch" (see compound-words.ts).
      this.terms.compoundTerms(q.word, new Set()).length > 0 ||
      // "intrinsic" of French notes' "intrinsèques".
      cognate(q.word, this.terms, this.spelling) !== undefined
    );
  }

  /** Whether some talk has the two words side by side ("Node.js", "node js"): see `SideBySide`. */
  together(a: string, b: string): boolean {
    return this.sideBySide.together(a, b);
  }

  /**
   * Talks whose notes have a quoted saying as said, in the notes' order (see `SideBySide`); none
   * when no talk has it so (then its words are searched as usual).
   */
  saying(phrase: string, options: Pick<FindOptions, 'event' | 'keep'> = {}): Found {
    const found = this.sideBySide.saying(phrase, options);
    if (found === undefined) return NO_HITS;
    return this.hits(
      {
        total: found.length,
        wordsFound: 0,
        top: (n) => found.slice(0, n).map((doc) => ({ doc, score: 1 })),
        has: (doc) => found.includes(doc),
      },
      [],
    );
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

  /** Searches inside `withoutEventNames` find no talk by its event's name alone. */
  private eventNamesOff = 0;

  /**
   * `read` with no talk found by its event's name alone ("python" finds PyDay's talks): what a
   * question leaves out ("non-rust talks at rustfjord") is only the talks that say the words.
   */
  withoutEventNames<T>(read: () => T): T {
    this.eventNamesOff++;
    try {
      return read();
    } finally {
      this.eventNamesOff--;
    }
  }

  /**
   * Talks matching every word, or — when no talk has them all — enough of the question's
   * information. A word the index does not know is corrected only to one close, frequent word
   * (five letters or more); the last word of a question may be a prefix being typed.
   */
  search(query: QueryWord[], options: FindOptions = {}): Found {
    this.heads.reset();
    query = withoutMissingConcept(query, (q) => this.knows(q));
    let units = this.reader.units(query, options.typing !== false);
    if (units.length === 0) return NO_HITS;
    const long = questionSize(units) >= LONG_QUESTION;
    if (long) {
      units = this.paragraphs.telling(units, (df) => this.terms.idf(df), MAX_QUERY_TERMS);
      if (units.length === 0) return NO_HITS;
    } else units = units.slice(0, MAX_QUERY_TERMS).map((unit) => this.events.asSubject(unit));
    const event = options.event === undefined ? undefined : this.events.eventIds.get(options.event);
    if (options.event !== undefined && event === undefined) return NO_HITS;
    const only = this.sideBySide.kept(query, options.keep, (doc, word) => this.says(doc, word));
    const keep =
      event === undefined
        ? only
        : (doc: number) => this.eventOf[doc] === event && (!only || only(doc));
    const variants = units.map((unit) => unit.variants);
    const corrections = units.flatMap((unit) => (unit.corrected ? [unit.corrected] : []));
    if (options.anyWord) return this.hits(this.tiers.alike(units, keep), []);
    // "security": a talk with one everyday related word ("secrets") in passing is no answer.
    this.everyday ??= everydayIds(this.terms.termIds);
    const everyday = this.everyday;
    const evidence = relatedEvidence(variants, this.terms, this.heads, (id) => everyday.has(id));
    const kept =
      evidence === undefined ? keep : (doc: number) => (!keep || keep(doc)) && evidence(doc);
    let all = this.tiers.allWords(variants, {
      all: true,
      floor: FLOOR_ALL_WORDS,
      keep: kept,
      ...(units.every((unit) => unit.exact)
        ? { keepBelowFloor: (doc: number) => this.heads.about(doc, variants) }
        : {}),
    });
    // "engineering management": one talk says engineering, and has management only in a link's
    // address. A best talk that has a word only so has no talk with every word said.
    if (all.total > 0 && units.length > 1 && this.tiers.weakly(all.top(1)[0]?.doc, units))
      all = NO_RANKED;
    // "python": the talks that say it, then the other talks of PyHarbour and PyDay.
    const tier =
      long || this.eventNamesOff > 0 || !units.every((unit) => unit.exact)
        ? []
        : this.events.tier(units, all, keep);
    if (tier.length > 0) return this.hits(withTier(all, tier), corrections);
    if (all.total > 0 || units.length === 1) return this.hits(all, corrections);
    // "DDD", "domain-driven design": talks with "design" or "driven" alone are not about it.
    if (query.length > 1 && query.every((q) => q.concept)) return NO_HITS;
    // "Signing container images standup": the talks with every word but one no talk has.
    const missing = long ? undefined : withoutMissingWord(units, this.tiers, this.heads, keep);
    if (missing) return this.hits(missing, corrections);
    const version = long ? undefined : withoutVersion(units, this.tiers, this.heads, keep);
    if (version) return { ...this.hits(version.ranked, corrections), leftOut: [version.number] };
    // Two words the notes both have as written, never in one talk, one of them a general word
    // several talks use, read as a phrase the notes do not have: "data mesh" beside a "service
    // mesh" talk and the data talks is no answer. Two names ("netflix coinbase") still are.
    if (
      units.length === 2 &&
      units.every((unit) => unit.exact) &&
      units.some((unit) => unit.weight <= this.terms.idf(PHRASE_HEAD_TALKS))
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
      return this.hits(
        {
          total: about.length,
          wordsFound: 0,
          top: (n) => about.slice(0, n),
          has: (doc) => about.some((hit) => hit.doc === doc),
        },
        [],
      );
    }
    const any = this.scorer.search(variantsLeft, {
      all: false,
      floor: FLOOR_ANY_WORD,
      keep,
      cover: { weights, least: LEAST_DOC_COVER },
      coordinate: true,
    });
    const total = weights.reduce((sum, w) => sum + w, 0);
    const found = weights.reduce((sum, w, i) => (any.wordsFound & (2 ** i) ? sum + w : sum), 0);
    if (found <= total * LEAST_ANSWER_COVER) return NO_HITS;
    // "what's the wifi password": no talk has both, one says wifi in passing, another password.
    // Talks with some of the words are an answer where they name them: a title, a speaker, a
    // company ("netflix coinbase"), not a word of their notes.
    // Two of the words in one talk ("supply chain") are no word in passing.
    const told = (doc: number) =>
      variantsLeft.filter((variants) => variants.some(([id]) => this.terms.scoreIn(id, doc) > 0))
        .length > 1 || this.heads.names(doc, variantsLeft);
    if (!any.top(PARTIAL_LOOKS).some(({ doc }) => told(doc))) return NO_HITS;
    const subject = subjectsFirst(any, units, (id, doc) => this.terms.scoreIn(id, doc) > 0);
    return this.hits(subject, corrections);
  }

  /** "Did you mean": words the notes have, close to a question's words (see `QueryReader`). */
  suggest(query: QueryWord[] | string, limit = 5): string[] {
    return this.reader.suggest(query, limit);
  }

  /** Whether a talk's title, topic or summary has every one of these words. */
  isAbout(doc: number, list: string[]): boolean {
    return this.heads.isAbout(doc, list);
  }

  private hits(ranked: Ranked, corrections: [string, string][]): Found {
    return {
      total: ranked.total,
      corrections: ranked.total > 0 ? corrections : [],
      top: (count) =>
        ranked.top(count).map(({ doc, score, byEventName }) => ({
          ref: talkRef(this.talks[doc] as Talk),
          score,
          ...(byEventName ? { byEventName: true as const } : {}),
        })),
    };
  }
}
