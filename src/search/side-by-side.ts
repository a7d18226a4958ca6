import { LRUCache } from 'lru-cache';
import type { Talk } from '../model.ts';
import { escapeRegExp as escaped } from '../text.ts';
import { fold, termOf, words } from './analyze.ts';
import type { EventNames } from './event-names.ts';
import type { FindOptions, QueryWord } from './talk-index.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Words side by side in the notes' own text: whether two words are written together ("Node.js",
 * "node js"), and which talks have a quoted saying as said. Apart from `talk-index.ts` because
 * these read the talks' text with a regular expression, not the postings, and so look at only a
 * bounded number of talks.
 */

/**
 * Little words a concept of several words may have between two of them, in the languages of
 * the notes: "as" of "infrastructure as code", "de" of "cadena de suministro".
 */
const LITTLE =
  '(?:as|of|in|on|for|and|the|a|an|to|with|at|by|&|de|del|la|el|las|los|des|du|le|les|di|della|da|do|dos|das|der|die|von|van|het|en|y|et|e|und|para|pour|per|fur|voor)';

/** Talks whose text `together` reads for two words side by side. */
const TOGETHER_LOOKS = 16;
/** Talks a quoted saying is looked for in, by its rarest word. */
const SAYING_LOOKS = 64;

export class SideBySide {
  /**
   * Answers of `together`, which the notes fix: a question's words are asked of it several times
   * while it is read, and the same words by the next questions. Bounded, the words being typed.
   */
  private readonly pairs = new LRUCache<string, boolean>({ max: 10_000 });
  /**
   * Of the words a version is asked with ("php 7"), the talks `writing` read, and whether each
   * writes them together: the next question of the same words reads no talk again.
   */
  private readonly written = new LRUCache<string, Map<number, boolean>>({ max: 64 });

  constructor(
    private readonly talks: Talk[],
    private readonly terms: Vocabulary,
    private readonly events: EventNames,
  ) {}

  /**
   * Whether some talk has the two words side by side ("Node.js", "node js"): a split word is read
   * as its parts. Side by side, not only in one talk: "Server components … ship less JavaScript"
   * does not make "serverless" server and less. Read in the text of at most `TOGETHER_LOOKS` of
   * the talks that have both.
   */
  together(a: string, b: string): boolean {
    const ids = [a, b].map((word) => this.terms.termIds.get(termOf(word) ?? ''));
    const [x, y] = ids;
    if (x === undefined || y === undefined) return false;
    const key = `${a}\u0000${b}`;
    let side = this.pairs.get(key);
    if (side === undefined) {
      side = this.readTogether(a, b, x, y);
      this.pairs.set(key, side);
    }
    return side;
  }

  private readTogether(a: string, b: string, x: number, y: number): boolean {
    const { offsets, docs } = this.terms.postings;
    const has = new Set(docs.subarray(offsets[x] as number, offsets[x + 1] as number));
    const side = sideBySide(a, b);
    let looks = 0;
    for (let p = offsets[y] as number; p < (offsets[y + 1] as number); p++) {
      const doc = docs[p] as number;
      if (!has.has(doc)) continue;
      if (side.test(fold(talkText(this.talks[doc] as Talk)))) return true;
      if (++looks >= TOGETHER_LOOKS) return false;
    }
    return false;
  }

  /** Which talks write two words side by side or joined ("PHP 7", "PHP7", "php-7"). */
  /**
   * `keep`, and of the talks a name and its version are asked of, or a concept's words ("data
   * lake"), those writing them together: "data team … the lake" is no data lake.
   */
  kept(
    query: QueryWord[],
    keep: FindOptions['keep'],
    says: (doc: number, word: string) => boolean,
  ): FindOptions['keep'] {
    const writing = query.flatMap((q, i) => {
      const next = query[i + 1];
      // Only a talk with both words apart is left out: one found by the concept's related words
      // ("Dagger for CI pipelines" of "ci/cd") stays.
      if (next && conceptPair(q, next)) {
        const together = this.writingForms(q.word, next.word);
        return [(doc: number) => together(doc) || !says(doc, q.word) || !says(doc, next.word)];
      }
      return q.versioned && next ? [this.writing(q.word, next.word)] : [];
    });
    if (writing.length === 0) return keep;
    return (doc) => (!keep || keep(doc)) && writing.every((writes) => writes(doc));
  }

  /**
   * Whether a talk writes a concept's two words together: side by side, or with little words
   * between as the concept has them ("infrastructure as code"), in their plurals too ("pruebas
   * de carga"), the second in its singular ("data lakes" of "data lake").
   */
  writingForms(a: string, b: string): (doc: number) => boolean {
    const one = /^(.{3,})s$/.exec(b)?.[1];
    const second = one ? `(?:${escaped(b)}|${escaped(one)})` : escaped(b);
    const side = new RegExp(
      `(?<![\\p{L}\\p{N}])${escaped(a)}(?:e?s)?(?:[^\\p{L}\\p{N}]{1,3}${LITTLE}){0,2}[^\\p{L}\\p{N}]{0,3}${second}`,
      'u',
    );
    const seen = new Map<number, boolean>();
    return (doc) => {
      let writes = seen.get(doc);
      if (writes === undefined) {
        const talk = this.talks[doc];
        writes = talk !== undefined && side.test(fold(talkText(talk)));
        seen.set(doc, writes);
      }
      return writes;
    };
  }

  writing(a: string, b: string): (doc: number) => boolean {
    const key = `${a}\u0000${b}`;
    let read = this.written.get(key);
    if (read === undefined) {
      read = new Map();
      this.written.set(key, read);
    }
    const seen = read;
    let side: RegExp | undefined;
    return (doc) => {
      let writes = seen.get(doc);
      if (writes === undefined) {
        const talk = this.talks[doc];
        side ??= sideBySide(a, b, '(?![\\p{N}])');
        writes = talk !== undefined && side.test(fold(talkText(talk)));
        seen.set(doc, writes);
      }
      return writes;
    };
  }

  /**
   * Talks whose notes have a quoted saying as said, its words side by side ("boring is the
   * point"), in the notes' order: read in the text of at most `SAYING_LOOKS` of the talks that
   * have its rarest word. None when no talk has it so (then its words are searched as usual);
   * undefined, unread, for fewer than two words or a word the notes lack.
   */
  saying(phrase: string, options: Pick<FindOptions, 'event' | 'keep'>): number[] | undefined {
    const list = words(phrase);
    const ids = list.map((word) => this.terms.termIds.get(termOf(word) ?? ''));
    if (list.length < 2 || ids.some((id, i) => id === undefined && termOf(list[i] as string)))
      return undefined;
    const known = ids.filter((id): id is number => id !== undefined);
    if (known.length === 0) return undefined;
    const rarest = known.reduce((a, b) => (this.terms.df(b) < this.terms.df(a) ? b : a));
    const event = options.event === undefined ? undefined : this.events.eventIds.get(options.event);
    const side = new RegExp(
      `(?<![\\p{L}\\p{N}])${list.map(escaped).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    const { offsets, docs } = this.terms.postings;
    const found: number[] = [];
    const end = Math.min(offsets[rarest + 1] as number, (offsets[rarest] as number) + SAYING_LOOKS);
    for (let p = offsets[rarest] as number; p < end; p++) {
      const doc = docs[p] as number;
      if (event !== undefined && this.events.eventOf[doc] !== event) continue;
      if (options.keep && !options.keep(doc)) continue;
      if (side.test(fold(talkText(this.talks[doc] as Talk)))) found.push(doc);
    }
    return found;
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

/** `a` then `b`, apart by at most three signs or spaces ("node.js", "php 7"), then `after`. */
function sideBySide(a: string, b: string, after = ''): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escaped(a)}[^\\p{L}\\p{N}]{0,3}${escaped(b)}${after}`,
    'u',
  );
}

/** Two words of one concept side by side in the question, each asked only as typed. */
function conceptPair(q: QueryWord, next: QueryWord): boolean {
  return (
    q.concept === true &&
    next.concept === true &&
    !q.versioned &&
    !q.alternatives?.length &&
    !next.alternatives?.length &&
    /^\p{L}{2,}$/u.test(q.word) &&
    /^\p{L}{2,}$/u.test(next.word)
  );
}
