import SearchableMap from 'minisearch/SearchableMap';
import { type Library, type NoteNode, type Talk, talkRef } from '../model.ts';
import { termOf, Vocabulary, words } from './analyze.ts';
import { Completions } from './completions.ts';
import {
  buildPostings,
  type PostingsData,
  type QueryTerm,
  type Ranked,
  Scorer,
} from './postings.ts';
import { fromSnapshot, type IndexSnapshot, toSnapshot } from './snapshot.ts';

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

export interface FindOptions {
  event?: string;
  /** Skip the all-words pass: for "related talks", where any shared word counts. */
  anyWord?: boolean;
}

/** Title and speaker matter most; the notes mention everything, so they count least. */
const BOOST = {
  title: 4,
  officialTitle: 3,
  speakers: 4,
  companies: 2.5,
  topic: 2,
  links: 1.5,
  notes: 1,
} as const;
const MAX_QUERY_TERMS = 12;
/** Hits scoring below this share of the best hit are noise, not answers. */
const FLOOR_ALL_WORDS = 0.1;
const FLOOR_ANY_WORD = 0.25;
/** minisearch's weights for words matched by prefix or by a typo, which these scores follow. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const NO_HITS: Hits = { total: 0, top: () => [] };

export class TalkIndex {
  private readonly talks: Talk[];
  private readonly postings: PostingsData;
  /** The first word each term came from: suggestions show "microservices", not "microservic". */
  private readonly surfaces: string[];
  private readonly termIds: Map<string, number>;
  private readonly scorer: Scorer;
  private readonly eventIds: Map<string, number>;
  private readonly eventOf: Uint16Array | Uint32Array;
  // Built on first use: a question of known words (most of them) never needs them.
  private termTree?: SearchableMap<number>;
  private completionList?: Completions;
  private readonly nearCache = new Map<string, Map<string, [number, number]>>();

  constructor(library: Library, snapshot?: IndexSnapshot) {
    this.talks = library.talks;
    if (snapshot) {
      ({ postings: this.postings, surfaces: this.surfaces } = fromSnapshot(snapshot));
    } else {
      const vocabulary = new Vocabulary();
      this.postings = buildPostings(library.talks.map(fieldTexts), Object.values(BOOST), {
        words,
        term: (word) => vocabulary.index(word),
      });
      this.surfaces = [...vocabulary.surface.values()];
    }
    this.termIds = new Map(this.postings.terms.map((term, id) => [term, id]));
    this.scorer = new Scorer(this.postings);
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

  snapshot(): IndexSnapshot {
    return toSnapshot(this.postings, this.surfaces);
  }

  /**
   * Talks matching every word, or — when no talk has them all — any word. Exact terms first;
   * prefix and typo matching only for words the index does not know, so they cost nothing
   * for ordinary questions.
   */
  find(query: string, options: FindOptions = {}): Hits {
    const terms = this.queryTerms(query);
    if (terms.length === 0) return NO_HITS;
    const variants = terms.map((term) => this.variants(term));
    const event = options.event === undefined ? undefined : this.eventIds.get(options.event);
    if (options.event !== undefined && event === undefined) return NO_HITS;
    const keep = event === undefined ? undefined : (doc: number) => this.eventOf[doc] === event;
    if (options.anyWord)
      return this.hits(this.scorer.search(variants, false, FLOOR_ANY_WORD, keep));
    const all = this.scorer.search(variants, true, FLOOR_ALL_WORDS, keep);
    if (all.total > 0 || terms.length === 1) return this.hits(all);
    return this.hits(this.scorer.search(variants, false, FLOOR_ANY_WORD, keep));
  }

  /** Index words close to the words of a question that found nothing ("did you mean"). */
  suggest(query: string, limit = 5): string[] {
    const found = new Map<string, number>();
    for (const term of this.queryTerms(query)) {
      if (this.termIds.has(term) || term.length < 3) continue;
      const distance = term.length < 5 ? 1 : term.length < 8 ? 2 : 3;
      for (const [key, [id, d]] of this.near(term, distance)) {
        if (key.length < 3) continue;
        const surface = this.surfaces[id] as string;
        found.set(surface, Math.min(found.get(surface) ?? d, d));
      }
      for (const [, id] of this.tree().atPrefix(term)) {
        const surface = this.surfaces[id] as string;
        found.set(surface, found.get(surface) ?? 1);
      }
    }
    return [...found.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([surface]) => surface);
  }

  /** Processed terms of a question, deduplicated and bounded (a 10,000-character question is fine). */
  private queryTerms(query: string): string[] {
    const terms: string[] = [];
    for (const word of words(query)) {
      const term = termOf(word);
      if (term !== null && !terms.includes(term)) terms.push(term);
      if (terms.length >= MAX_QUERY_TERMS) break;
    }
    return terms;
  }

  /**
   * The index terms a query term stands for: itself when the index knows it; otherwise the terms
   * it starts (from 3 letters) and those a typo or two away (from 4), weighted as minisearch does.
   */
  private variants(term: string): QueryTerm {
    const id = this.termIds.get(term);
    if (id !== undefined) return [[id, 1]];
    const variants: QueryTerm = [];
    const prefixed = new Set<number>();
    if (term.length >= 3) {
      for (const [key, termId] of this.tree().atPrefix(term)) {
        const distance = key.length - term.length;
        prefixed.add(termId);
        variants.push([termId, (PREFIX_WEIGHT * key.length) / (key.length + 0.3 * distance)]);
      }
    }
    if (term.length >= 4) {
      for (const [key, [termId, distance]] of this.near(term, term.length >= 6 ? 2 : 1)) {
        if (prefixed.has(termId)) continue;
        variants.push([termId, (FUZZY_WEIGHT * key.length) / (key.length + distance)]);
      }
    }
    return variants;
  }

  /**
   * Terms within `distance` edits of `term`, with their distance. Three edits are looked for only
   * among terms with the same first letter: a fuzzy walk of the whole vocabulary at distance 3
   * costs ~1 ms at 24,000 terms (every path three letters deep), a twentieth of that within
   * one letter, and a long word's typo rarely sits in its first letter. The last few lookups
   * are kept, since a question that finds nothing looks its words up again for suggestions.
   */
  private near(term: string, distance: number): Map<string, [number, number]> {
    const key = `${distance}:${term}`;
    let found = this.nearCache.get(key);
    if (found) return found;
    if (distance <= 2) found = this.tree().fuzzyGet(term, distance);
    else {
      found = new Map(this.near(term, 2));
      const first = term.slice(0, 1);
      for (const [rest, match] of this.tree().atPrefix(first).fuzzyGet(term.slice(1), distance))
        if (!found.has(first + rest)) found.set(first + rest, match);
    }
    if (this.nearCache.size >= 32) this.nearCache.clear();
    this.nearCache.set(key, found);
    return found;
  }

  private tree(): SearchableMap<number> {
    this.termTree ??= SearchableMap.from(this.termIds);
    return this.termTree;
  }

  private hits(ranked: Ranked): Hits {
    return {
      total: ranked.total,
      top: (count) =>
        ranked
          .top(count)
          .map(({ doc, score }) => ({ ref: talkRef(this.talks[doc] as Talk), score })),
    };
  }
}

/** The searchable text of a talk, one string per field in the order of BOOST. */
function fieldTexts(talk: Talk): string[] {
  return [
    talk.title,
    talk.officialTitle ?? '',
    talk.speakers.map((s) => [s.name, s.role].filter(Boolean).join(' ')).join(' '),
    talk.speakers.map((s) => s.company ?? '').join(' '),
    talk.topic ?? '',
    talk.links.map((link) => `${link.text} ${urlWords(link.url)}`).join(' '),
    flattenNotes(talk.notes),
  ];
}

export function flattenNotes(notes: NoteNode[]): string {
  return notes.map((note) => `${note.text} ${flattenNotes(note.children)}`).join(' ');
}

/** "https://pgbouncer.github.io" → "pgbouncer github": the words a person would search for. */
function urlWords(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname
      .split('.')
      .filter((part) => !/^(www|com|org|net|io|co|html?)$/.test(part));
    return `${host.join(' ')} ${pathname.replace(/\.(html?|pdf|php)$/, '')}`;
  } catch {
    return '';
  }
}
