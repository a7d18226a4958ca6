import { type Library, type Talk, talkRef } from '../model.ts';
import { derivedFrom, fold, isCjkPair, termOf, words } from './analyze.ts';
import { Completions } from './completions.ts';
import { LONG_QUESTION, ParagraphReader } from './paragraph.ts';
import {
  type PostingsData,
  type QueryTerm,
  type Ranked,
  Scorer,
  type SearchOptions,
} from './postings.ts';
import { isFiller } from './question-words.ts';
import { fromSnapshot, type IndexSnapshot, toSnapshot } from './snapshot.ts';
import { Spelling } from './spelling.ts';
import { BROADER_PHRASES, familyOf, NAME_PARTS, NAMED_SENSES, relatedTo } from './synonyms.ts';
import { TalkIndexBuilder } from './talk-index-builder.ts';
import { plausibleTypo } from './typos.ts';

export type { IndexSnapshot };

export interface Hit {
  ref: string;
  score: number;
  /**
   * Found only by its event's name ("python": a PyHarbour talk that never says Python), after
   * every talk that says the words: no talk to take out for "talks not about python".
   */
  byEventName?: true;
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
  /**
   * Written joined to the word before by a hyphen ("fine-tuning"): the two are one word, found
   * where the notes write it so ("fine-tuning", "finetuning"), never by either half alone.
   */
  joined?: boolean;
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
const NO_RANKED: Ranked = { total: 0, wordsFound: 0, top: () => [], has: () => false };

/** Ranked talks, then `tier` after them, each scored below the last of them. */
function withTier(ranked: Ranked, tier: number[]): Ranked {
  return {
    total: ranked.total + tier.length,
    wordsFound: ranked.wordsFound,
    has: (doc) => ranked.has(doc) || tier.includes(doc),
    top: (count) => {
      const top = ranked.top(count);
      const last = top.at(-1)?.score ?? 1;
      const rest = tier
        .slice(0, Math.max(0, count - top.length))
        .map((doc, i) => ({ doc, score: (last * 0.5) / (1 + i * 0.01), byEventName: true }));
      return [...top, ...rest];
    },
  };
}
/**
 * Ranked talks `first`, then the others of `rest` in its order, each scored below the last of
 * `first`. `first` is a narrower search than `rest` (its talks are among them, nearly always).
 */
function thenOthers(first: Ranked, rest: Ranked): Ranked {
  return {
    total: Math.max(first.total, rest.total),
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

/** Talks whose text `together` reads for two words side by side. */
const TOGETHER_LOOKS = 16;
/** Talks a question may read the head terms of before they are read ahead (~4 ms). */
const HEAD_BUDGET = 100;
/**
 * A word a talk has only this share of its weight's worth of (an address's, "…/container-
 * management-netflix") is no word the talk says: a talk with every word of a question only so is
 * no answer to it.
 */
const WEAK_SHARE = 0.15;
/** Talks looked at for a word in their title or speakers, when none has every word. */
const PARTIAL_LOOKS = 5;
/**
 * Related talks (`anyWord`): a word in more than this share of the talks (and more than
 * `RELATED_COMMON_LEAST`) says nothing of what a talk is about; a related talk shares words of
 * at least `RELATED_LEAST` times the weight of a word in two talks.
 */
const RELATED_COMMON_SHARE = 0.05;
const RELATED_COMMON_LEAST = 3;
const RELATED_LEAST = 1;
/** Events whose names a question's word is looked for in (see `eventTier`). */
const MOST_NAMED_EVENTS = 8;
/** Words of event names that say what kind of event, not what about. */
const EVENT_KIND_WORDS = new Set(
  'conf conference conferences con day days summit meetup meet camp fest festival local edition live week'.split(
    ' ',
  ),
);
/** Talks a quoted saying is looked for in, by its rarest word. */
const SAYING_LOOKS = 64;

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
  /** The word asked and its synonyms, known to the notes or not. */
  asked?: string[];
}

/** BROADER_PHRASES by their words' terms: "static typing" → its words. */
const BROADER_BY_STEMS = new Map(
  BROADER_PHRASES.map(
    ([phrase, own, related]) =>
      [
        words(phrase)
          .map((word) => termOf(word) ?? word)
          .join(' '),
        [own, related],
      ] as const,
  ),
);

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
  /** Per event, the terms its name says it is about ("PyHarbour": py, python), sorted. */
  private readonly eventTerms: Int32Array[];
  /**
   * Per event, the subjects its name says as terms, whether the notes use them or not
   * ("SecOpsCon": security; "LeadDev Harbour": leadership); undefined for none.
   */
  private readonly eventSubjects: (Set<string> | undefined)[] = [];
  /** Talks of event e: `eventDocs[eventStarts[e]]` .. before `eventStarts[e + 1]`, in order. */
  private readonly eventStarts: Int32Array;
  private readonly eventDocs: Int32Array;
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
    this.eventTerms = library.events.map((event, e) => this.nameTerms(event.name, e));
    // The talks of each event, in library order: a count per event, then a place for each.
    const events = library.events.length;
    this.eventStarts = new Int32Array(events + 1);
    for (let doc = 0; doc < this.talks.length; doc++) {
      const at = (this.eventOf[doc] as number) + 1;
      this.eventStarts[at] = (this.eventStarts[at] as number) + 1;
    }
    for (let e = 0; e < events; e++)
      this.eventStarts[e + 1] =
        (this.eventStarts[e + 1] as number) + (this.eventStarts[e] as number);
    this.eventDocs = new Int32Array(this.talks.length);
    const next = this.eventStarts.slice(0, events);
    for (let doc = 0; doc < this.talks.length; doc++) {
      const e = this.eventOf[doc] as number;
      this.eventDocs[next[e] as number] = doc;
      next[e] = (next[e] as number) + 1;
    }
  }

  /**
   * The terms of the notes an event's name has ("RustFjord": rust; "PyHarbour": py, python;
   * "KubeHarbor": kube, kubernetes; "Tidewater DevOpsDays": devops), its words run together
   * read apart by their capitals. Not its year, nor the words every event name has ("Conf").
   */
  private nameTerms(name: string, e: number): Int32Array {
    const ids = new Set<number>();
    const add = (word: string) => {
      if (word.length < 2 || /^\d+$/.test(word) || EVENT_KIND_WORDS.has(word)) return;
      const parts = NAME_PARTS.get(word) ?? [];
      for (const each of [word, ...parts]) {
        const id = this.termIds.get(termOf(each) ?? '');
        if (id !== undefined) ids.add(id);
      }
      for (const each of parts) {
        const subjects = this.eventSubjects[e] ?? new Set<string>();
        subjects.add(termOf(each) ?? each);
        this.eventSubjects[e] = subjects;
      }
    };
    for (const whole of name.split(/[\s.:_/-]+/)) {
      const parts = words(whole.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
      // "DevOpsDays": dev, ops, days, and devops, opsdays, devopsdays.
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j <= Math.min(parts.length, i + 3); j++)
          add(parts.slice(i, j).join(''));
    }
    return Int32Array.from(ids).sort();
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
   * Talks whose notes have a quoted saying as said, its words side by side ("boring is the
   * point"), in the notes' order: read in the text of at most `SAYING_LOOKS` of the talks that
   * have its rarest word. None when no talk has it so (then its words are searched as usual).
   */
  saying(phrase: string, options: Pick<FindOptions, 'event' | 'keep'> = {}): Found {
    const list = words(phrase);
    const ids = list.map((word) => this.termIds.get(termOf(word) ?? ''));
    if (list.length < 2 || ids.some((id, i) => id === undefined && termOf(list[i] as string)))
      return NO_HITS;
    const known = ids.filter((id): id is number => id !== undefined);
    if (known.length === 0) return NO_HITS;
    const rarest = known.reduce((a, b) => (this.df(b) < this.df(a) ? b : a));
    const event = options.event === undefined ? undefined : this.eventIds.get(options.event);
    const side = new RegExp(
      `(?<![\\p{L}\\p{N}])${list.map(escaped).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    const { offsets, docs } = this.postings;
    const found: number[] = [];
    const end = Math.min(offsets[rarest + 1] as number, (offsets[rarest] as number) + SAYING_LOOKS);
    for (let p = offsets[rarest] as number; p < end; p++) {
      const doc = docs[p] as number;
      if (event !== undefined && this.eventOf[doc] !== event) continue;
      if (options.keep && !options.keep(doc)) continue;
      if (side.test(fold(talkText(this.talks[doc] as Talk)))) found.push(doc);
    }
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

  /**
   * Talks matching every word, or — when no talk has them all — enough of the question's
   * information. A word the index does not know is corrected only to one close, frequent word
   * (five letters or more); the last word of a question may be a prefix being typed.
   */
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
    if (options.anyWord) return this.hits(this.alike(units, keep), []);
    let all = this.allWords(variants, {
      all: true,
      floor: FLOOR_ALL_WORDS,
      keep,
      ...(units.every((unit) => unit.exact)
        ? { keepBelowFloor: (doc: number) => this.about(doc, variants) }
        : {}),
    });
    // "engineering management": one talk says engineering, and has management only in a link's
    // address. A best talk that has a word only so has no talk with every word said.
    if (all.total > 0 && units.length > 1 && this.weakly(all.top(1)[0]?.doc, units))
      all = NO_RANKED;
    // "python": the talks that say it, then the other talks of PyHarbour and PyDay.
    const tier =
      long || this.eventNamesOff > 0 || !units.every((unit) => unit.exact)
        ? []
        : this.eventTier(units, all, keep);
    if (tier.length > 0) return this.hits(withTier(all, tier), corrections);
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
    });
    const total = weights.reduce((sum, w) => sum + w, 0);
    const found = weights.reduce((sum, w, i) => (any.wordsFound & (2 ** i) ? sum + w : sum), 0);
    if (found <= total * LEAST_ANSWER_COVER) return NO_HITS;
    // "what's the wifi password": no talk has both, one says wifi in passing, another password.
    // Talks with some of the words are an answer where they name them: a title, a speaker, a
    // company ("netflix coinbase"), not a word of their notes.
    // Two of the words in one talk ("supply chain") are no word in passing.
    const told = (doc: number) =>
      variantsLeft.filter((variants) => variants.some(([id]) => this.scoreIn(id, doc) > 0)).length >
        1 || this.names(doc, variantsLeft);
    if (!any.top(PARTIAL_LOOKS).some(({ doc }) => told(doc))) return NO_HITS;
    return this.hits(any, corrections);
  }

  /**
   * Talks with every word: those with the words themselves (or synonyms) first, then those with
   * only related words for some ("security": the talks that say it, then the passkeys and secrets
   * talks that do not), however much more the latter say of them.
   */
  private allWords(variants: QueryTerm[], options: SearchOptions): Ranked {
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
  private weakly(doc: number | undefined, units: Unit[]): boolean {
    if (doc === undefined) return false;
    return units.some((unit) => {
      let score = 0;
      for (const [id, weight] of unit.variants) score += weight * this.scoreIn(id, doc);
      return score < unit.weight * WEAK_SHARE;
    });
  }

  /** A term's score in a talk (0 when it has none): its postings are in talk order. */
  private scoreIn(id: number, doc: number): number {
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

  /** Whether a talk's title, topic, kind, speakers or companies have one of the words. */
  private names(doc: number, list: QueryTerm[]): boolean {
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
   * The talks of events whose name has a word of the question ("python": PyHarbour, "go":
   * GopherLake), with the question's other words, that the search did not find: after them, in
   * the notes' order. An event's name counts for a word, not for the whole question.
   */
  private eventTier(units: Unit[], found: Ranked, keep?: (doc: number) => boolean): number[] {
    const asked = new Map(
      units.map((unit) => [unit, (unit.asked ?? []).map((word) => termOf(word) ?? word)]),
    );
    const named = (unit: Unit, e: number) =>
      unit.variants.some(
        ([id, weight]) => weight >= 1 && hasSorted(this.eventTerms[e] as Int32Array, id),
      ) ||
      // "leadership" at LeadDev, a word the notes may never use.
      (asked.get(unit)?.some((term) => this.eventSubjects[e]?.has(term)) ?? false);
    const events: number[] = [];
    for (let e = 0; e < this.eventTerms.length && events.length < MOST_NAMED_EVENTS; e++)
      if (
        ((this.eventTerms[e] as Int32Array).length > 0 || this.eventSubjects[e]) &&
        units.some((unit) => named(unit, e))
      )
        events.push(e);
    if (events.length === 0) return [];
    const tier: number[] = [];
    for (const e of events) {
      const inEvent = (doc: number) => this.eventOf[doc] === e && (!keep || keep(doc));
      const rest = units.filter((unit) => !named(unit, e)).map((unit) => unit.variants);
      const from = this.eventStarts[e] as number;
      const to = this.eventStarts[e + 1] as number;
      const docs =
        rest.length === 0
          ? Array.from(this.eventDocs.subarray(from, to)).filter((doc) => !keep || keep(doc))
          : (() => {
              const ranked = this.scorer.search(rest, { all: true, floor: 0, keep: inEvent });
              return ranked.top(ranked.total).map(({ doc }) => doc);
            })();
      for (const doc of docs) if (!found.has(doc)) tier.push(doc);
    }
    return tier;
  }

  /**
   * Talks that share what one is about (`anyWord`, the words of its title or summary): by the
   * words of it that few talks have, enough of them to weigh as much as a word two talks have
   * — one word in common ("anger" of "… in anger") is not enough, nor common words.
   */
  private alike(units: Unit[], keep?: (doc: number) => boolean): Ranked {
    const n = this.postings.docCount;
    const common = Math.max(RELATED_COMMON_LEAST, n * RELATED_COMMON_SHARE);
    const telling = units.filter(
      (unit) =>
        unit.exact && unit.variants.every(([id, weight]) => weight < 1 || this.df(id) <= common),
    );
    if (telling.length === 0) return NO_RANKED;
    // "Passkeys at a bank" is like the other security talks, "Karpenter in anger" like the
    // Kubernetes ones: the broader subject of a word and its other words, below the word itself,
    // each weighing as much as a word two talks share.
    const family: Unit[] = [];
    for (const unit of telling) {
      const own = new Set(unit.variants.map(([id]) => id));
      for (const other of family) for (const [id] of other.variants) own.add(id);
      const variants = this.relatedTerms((unit.asked ?? []).flatMap(familyOf), own);
      if (variants.length > 0) family.push({ variants, weight: this.idf(2), exact: true });
    }
    telling.push(...family.slice(0, MAX_QUERY_TERMS));
    const weights = telling.map((unit) => unit.weight);
    const total = weights.reduce((sum, w) => sum + w, 0);
    const least = (this.idf(2) * RELATED_LEAST) / total;
    if (least > 1) return NO_RANKED;
    return this.scorer.search(
      telling.map((unit) => unit.variants),
      { all: false, floor: FLOOR_ANY_WORD, cover: { weights, least }, ...(keep ? { keep } : {}) },
    );
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
    const unknown = query.filter(({ word }) => this.unknownWord(word)).length;
    let inPhrase = false;
    query.forEach(({ word, alternatives = [] }, i) => {
      if (inPhrase) {
        inPhrase = false;
        return;
      }
      // "fine-tuning": one word, not the "fine" of "it's actually fine now".
      const compound = this.compound(query, i);
      if (compound) {
        units.push(compound);
        inPhrase = true;
        return;
      }
      // "platform engineering", "static typing": one broad subject, by the words its talks use.
      const phrase = paragraph ? undefined : this.broader(query, i);
      if (phrase) {
        units.push(phrase);
        inPhrase = true;
        return;
      }
      const term = termOf(word);
      if (term === null || seen.has(term) || units.length >= MAX_READ_TERMS) return;
      seen.add(term);
      const asked = [word, ...alternatives];
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
      const related = this.relatedTerms([word, ...alternatives].flatMap(relatedTo), exact);
      // "leadership", "jvm": a word the notes never use is the narrower words they do.
      if (exact.size === 0 && related.length > 0) {
        units.push({
          variants: related,
          weight: this.idf(Math.max(...related.map(([id]) => this.df(id)))),
          exact: true,
          asked,
        });
        return;
      }
      if (exact.size > 0) {
        const df = Math.max(...[...exact].map((id) => this.df(id)));
        units.push({
          variants: [...[...exact].map((id): [number, number] => [id, 1]), ...related],
          weight: this.idf(df),
          exact: true,
          asked,
          ...(isCjkPair(word) ? { pair: true } : {}),
        });
        return;
      }
      const unit = paragraph
        ? { variants: [], weight: this.idf(0) }
        : this.inexact(word, typing && i === query.length - 1, unknown > 1);
      const foreign = !/[a-z0-9]/.test(word) ? { foreign: true } : {};
      units.push({ ...unit, asked, ...(isCjkPair(word) ? { pair: true } : {}), ...foreign });
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

  /**
   * Related words as terms of the notes at `RELATED_WEIGHT`, those not among `exact`. A related
   * word is looked up by its stem: only where the notes' form of that stem is the word, not a
   * word of another sense sharing it ("managing" is not the notes' "management").
   */
  private relatedTerms(list: string[], exact: Set<number>): QueryTerm {
    const related: QueryTerm = [];
    for (const other of list) {
      const id = this.termIds.get(termOf(other) ?? '');
      if (id === undefined || exact.has(id) || related.some(([r]) => r === id)) continue;
      if (this.sameWord(other, id, false)) related.push([id, RELATED_WEIGHT]);
    }
    return related;
  }

  /**
   * A word and the next one joined to it by a hyphen ("fine-tuning") as one word: the term the
   * notes have for the two written together, or a word the notes lack (then neither half counts
   * alone). Undefined where the next word is not joined so.
   */
  private compound(query: QueryWord[], at: number): Unit | undefined {
    const first = query[at];
    const second = query[at + 1];
    if (!first || !second?.joined) return undefined;
    const whole = first.word + second.word;
    const id = this.termIds.get(termOf(whole) ?? '');
    const asked = [whole];
    if (id === undefined) return { variants: [], weight: this.idf(0), asked };
    const related = this.relatedTerms(relatedTo(whole), new Set([id]));
    return { variants: [[id, 1], ...related], weight: this.idf(this.df(id)), exact: true, asked };
  }

  /** Whether the notes lack a word and every word it stands for. */
  private unknownWord(word: string): boolean {
    const term = termOf(word);
    return term !== null && !this.termIds.has(term) && relatedTo(word).length === 0;
  }

  /**
   * Two words of the question at `at` that name a broad subject (see BROADER_PHRASES), as one
   * word: its own words at full weight, the related at `RELATED_WEIGHT`; undefined when none
   * starts there or the notes have none of its words.
   */
  private broader(query: QueryWord[], at: number): Unit | undefined {
    const first = query[at];
    const second = query[at + 1];
    if (!first || !second) return undefined;
    const entry = BROADER_BY_STEMS.get(`${termOf(first.word)} ${termOf(second.word)}`);
    if (!entry) return undefined;
    const [own, related] = entry;
    const variants: QueryTerm = [];
    let df = 0;
    for (const [list, weight] of [
      [own, 1],
      [related, RELATED_WEIGHT],
    ] as const)
      for (const word of list) {
        const id = this.termIds.get(termOf(word) ?? '');
        if (id === undefined || variants.some(([other]) => other === id)) continue;
        variants.push([id, weight]);
        if (weight === 1) df = Math.max(df, this.df(id));
      }
    if (variants.length === 0) return undefined;
    return { variants, weight: this.idf(df), exact: true };
  }

  /**
   * A word the index does not know: a prefix being typed, one clear typo, or nothing. Not a
   * typo of a word only one talk has where the question has other words the notes lack (in
   * another language, most likely: "hadden" is no "hidden").
   */
  private inexact(word: string, last: boolean, foreignLike = false): Unit {
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
    // Beside other words the notes lack, a question is in another language most likely, whose
    // words differ from the notes' by their endings: "prelekcje" is the plural of the notes'
    // "prelekcja", no slip of it. Only a slip inside the word is corrected there.
    if (
      only &&
      !(
        foreignLike &&
        (this.df(only[0]) <= 1 || otherEnding(word, this.surfaces[only[0]] as string))
      )
    ) {
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
      const id = this.wordTerm(word);
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
        ranked.top(count).map(({ doc, score, byEventName }) => ({
          ref: talkRef(this.talks[doc] as Talk),
          score,
          ...(byEventName ? { byEventName: true as const } : {}),
        })),
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

/** Letters a word's ending may differ by and be another form of the word, not a slip. */
const INFLECTION = 2;

/** Whether two words differ only in their last few letters ("prelekcje", "prelekcja"). */
function otherEnding(typed: string, surface: string): boolean {
  const a = fold(typed);
  const b = fold(surface);
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 3 && a.length - common <= INFLECTION && b.length - common <= INFLECTION;
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
