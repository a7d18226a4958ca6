import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { type Library, type NoteNode, type Talk, talkRef } from '../model.ts';
import { termOf, Vocabulary, words } from './analyze.ts';
import { Completions } from './completions.ts';

/** What the search index holds per talk: searchable text only; cards come from the library by ref. */
interface IndexedTalk {
  ref: string;
  event: string;
  title: string;
  officialTitle: string;
  topic: string;
  speakers: string;
  companies: string;
  notes: string;
  links: string;
}

export interface Hit {
  ref: string;
  score: number;
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
const FIELDS = Object.keys(BOOST) as (keyof typeof BOOST)[];
const MAX_QUERY_TERMS = 12;
/** Hits scoring below this share of the best hit are noise, not answers. */
const FLOOR_ALL_WORDS = 0.1;
const FLOOR_ANY_WORD = 0.25;

/** What a built index saves to disk, so the next start skips parsing and indexing. */
export interface IndexSnapshot {
  engine: AsPlainObject;
  vocabulary: [term: string, surface: string][];
}

export class TalkIndex {
  readonly vocabulary: Vocabulary;
  readonly completions: Completions;
  private readonly engine: MiniSearch<IndexedTalk>;
  private readonly terms: SearchableMap<string>;

  constructor(library: Library, snapshot?: IndexSnapshot) {
    this.vocabulary = new Vocabulary(snapshot?.vocabulary);
    const options: Options<IndexedTalk> = {
      idField: 'ref',
      fields: FIELDS,
      storeFields: ['event'],
      tokenize: words,
      processTerm: (word) => this.vocabulary.index(word),
      searchOptions: { tokenize: words, processTerm: termOf },
    };
    if (snapshot) {
      this.engine = MiniSearch.loadJS(snapshot.engine, options);
    } else {
      this.engine = new MiniSearch<IndexedTalk>(options);
      this.engine.addAll(library.talks.map(toIndexed));
      this.vocabulary.seal();
    }
    this.terms = SearchableMap.from(this.vocabulary.surface);
    this.completions = new Completions(library);
  }

  snapshot(): IndexSnapshot {
    return { engine: this.engine.toJSON(), vocabulary: [...this.vocabulary.surface] };
  }

  /**
   * Talks matching every word, or — when no talk has them all — any word. Exact terms first;
   * prefix and typo matching only for words the index does not know, so they cost nothing
   * for ordinary questions.
   */
  find(query: string, options: FindOptions = {}): Hit[] {
    const terms = this.queryTerms(query);
    if (terms.length === 0) return [];
    const text = terms.join(' ');
    if (options.anyWord) return floor(this.run(text, 'OR', options), FLOOR_ANY_WORD);
    const all = this.run(text, 'AND', options);
    if (all.length > 0 || terms.length === 1) return floor(all, FLOOR_ALL_WORDS);
    return floor(this.run(text, 'OR', options), FLOOR_ANY_WORD);
  }

  /** Index words close to the words of a question that found nothing ("did you mean"). */
  suggest(query: string, limit = 5): string[] {
    const found = new Map<string, number>();
    for (const term of this.queryTerms(query)) {
      if (this.vocabulary.has(term) || term.length < 3) continue;
      const distance = term.length < 5 ? 1 : term.length < 8 ? 2 : 3;
      for (const [key, [surface, d]] of this.terms.fuzzyGet(term, distance)) {
        if (key.length < 3) continue;
        found.set(surface, Math.min(found.get(surface) ?? d, d));
      }
      for (const [, surface] of this.terms.atPrefix(term))
        found.set(surface, found.get(surface) ?? 1);
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

  private run(text: string, combineWith: 'AND' | 'OR', { event }: FindOptions): Hit[] {
    const known = (term: string) => this.vocabulary.has(term);
    const options: SearchOptions = {
      combineWith,
      boost: BOOST,
      tokenize: (t) => t.split(' '),
      processTerm: (t) => t,
      prefix: (term) => !known(term) && term.length >= 3,
      fuzzy: (term) => (known(term) || term.length < 4 ? false : term.length >= 6 ? 2 : 1),
      maxFuzzy: 2,
    };
    if (event) options.filter = (result) => result.event === event;
    return this.engine.search(text, options).map((r) => ({ ref: String(r.id), score: r.score }));
  }
}

function floor(hits: Hit[], share: number): Hit[] {
  const best = hits[0]?.score ?? 0;
  return hits.filter((hit) => hit.score >= best * share);
}

function toIndexed(talk: Talk): IndexedTalk {
  return {
    ref: talkRef(talk),
    event: talk.event,
    title: talk.title,
    officialTitle: talk.officialTitle ?? '',
    topic: talk.topic ?? '',
    speakers: talk.speakers.map((s) => [s.name, s.role].filter(Boolean).join(' ')).join(' '),
    companies: talk.speakers.map((s) => s.company ?? '').join(' '),
    notes: flattenNotes(talk.notes),
    links: talk.links.map((link) => `${link.text} ${urlWords(link.url)}`).join(' '),
  };
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
