import type { Talk } from '../model.ts';
import { termOf, words } from './analyze.ts';
import type { PostingsData, QueryTerm } from './postings.ts';

/** A talk with this many of a paragraph's telling words is about it, even in its notes only. */
const MANY_WORDS = 4;

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
