import { eachWord, type WordSink } from './analyze.ts';
import { bm25Postings } from './bm25-postings.ts';
import { grow, narrow } from './int-arrays.ts';
import { joinedSpellings, pairedPhrasesIn } from './paired-phrases.ts';
import type { PostingsData } from './postings.ts';
import type { PostingsPart } from './postings-part.ts';
import { termForms } from './term-forms.ts';
import { WordTable } from './word-table.ts';
import {
  CAMEL_LEAST,
  camelTailOf,
  isBareNet,
  isCapitalIt,
  isDotNet,
  isGo,
  isWordAt,
} from './written-names.ts';

/**
 * Builds the postings (see `postings.ts`) a field at a time from the field's pieces of text,
 * scored by `bm25-postings.ts`. At 10,000 talks the notes are ~2.5 million words: each is looked
 * up once in a table of the words seen so far, and counted with arrays stamped by field (no Set
 * or Map per field).
 */

export type { PostingsPart };

export class PostingsBuilder implements WordSink {
  /** Each word seen, with an id; per word id its term id (-1: none) and the field it was last counted in. */
  private readonly wordIds = new WordTable();
  private wordTerm = new Int32Array(1 << 12);
  private wordSeen = new Int32Array(1 << 12);
  /** Words whose term is known: ids are given in order, so id `known` is a new word. */
  private known = 0;
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** The first word each term came from: suggestions show "microservices", not "microservic". */
  private readonly surfaces: string[] = [];
  /** Per term: the field it was last counted in, and its count there. */
  private termSeen = new Int32Array(1 << 12);
  private termCount = new Int32Array(1 << 12);
  /** Per term and field: how many documents have the term in the field. */
  private docFreq = new Int32Array(1 << 12);
  /** Per term: how many documents have it (its postings), and the last one that did. */
  private termDocs = new Int32Array(1 << 12);
  private termLastDoc = new Int32Array(1 << 12).fill(-1);
  /** Terms of the current field, once each. */
  private fieldTerms = new Int32Array(1 << 10);
  private fieldTermCount = 0;
  private distinct = 0;
  /** Current field: 1 + document × fields + field; 0 before the first. */
  private slot = 0;
  /** Distinct words of each field of each document. */
  private lengths = new Int32Array(1 << 12);
  /** (term, slot, count) of every field a term is in, in document and field order. */
  private entryTerm = new Int32Array(1 << 16);
  private entrySlot = new Int32Array(1 << 16);
  private entryCount = new Int32Array(1 << 16);
  private entries = 0;

  constructor(
    private readonly fieldCount: number,
    private readonly termOf: (word: string) => string | null,
    /** A field of addresses, whose hyphens join no words ("…/microservices-and-devops-at-…"). */
    private readonly addressField = -1,
  ) {}

  /** Starts field `field` of document `doc`: documents in order, each one's fields in order. */
  field(doc: number, field: number): void {
    this.close();
    this.slot = 1 + doc * this.fieldCount + field;
  }

  /** Adds a piece of the current field's text (pieces read as if joined by spaces). */
  text(text: string): void {
    eachWord(text, this);
  }

  span(text: string, from: number, to: number, upper: boolean, hash: number): void {
    const id = this.wordIds.spanId(text, from, to, hash);
    this.count(id);
    // Two looks at the character before a word, and more only for the few words they pick.
    const before = from > 0 ? text.charCodeAt(from - 1) : 0;
    if (before === HYPHEN) {
      if (!this.inAddress()) this.joined(text, from, to);
    } else if (before === SPACE) {
      if (upper && to - from === 2 && isGo(text, from)) this.golang();
      else if (upper && to - from === 3 && text.startsWith('NET', from)) this.dotnet();
      else if (this.lastTo === from - 1 && this.lastText === text) this.apart(id);
    } else if (to - from === 3 && (before === DOT ? isDotNet(text, from) : isBareNet(text, from)))
      this.dotnet();
    if (upper && to - from >= CAMEL_LEAST && !this.inAddress()) this.camelTail(text, from, to);
    else if (upper && to - from === 2 && isCapitalIt(text, from))
      this.count(this.wordIds.wordId('infotech'));
    this.lastText = text;
    this.lastFrom = from;
    this.lastTo = to;
    this.lastId = id;
  }

  /** The last word `span` was given, where it was. */
  private lastText = '';
  private lastFrom = 0;
  private lastTo = 0;
  private lastId = -1;

  /**
   * "micro VMs", "data lake" written apart: a word the built-in lists also write joined
   * ("microVMs", "datalake") is counted joined too, as "micro-VMs" is, so a question for any
   * spelling finds each (`joinedSpellings`).
   */
  private apart(id: number): void {
    const first = this.wordIds.words[this.lastId] as string;
    const seconds = JOINED.get(first);
    if (!seconds) return;
    const second = this.wordIds.words[id] as string;
    if (seconds.has(second)) this.count(this.wordIds.wordId(first + second));
  }

  /**
   * "on-call", "fine-tuning", "end-to-end": the words joined are a word too, so "oncall" finds
   * "on-call" and a question's "on call" is read as that word where the notes have it, not as
   * the "call" of "tool calls".
   */
  private joined(text: string, from: number, to: number): void {
    if (this.lastText !== text || this.lastTo !== from - 1) return;
    const word = text.slice(this.lastFrom, to).replace('-', '').toLowerCase();
    if (/^[a-z]+$/.test(word)) this.count(this.wordIds.wordId(word));
  }

  /**
   * "Go" capitalized inside a sentence ("an operator in Go") is the language: counted as
   * "golang" too, so a question for the language finds it and the verb "go" does not.
   */
  private golang(): void {
    this.count(this.wordIds.wordId('golang'));
  }

  /**
   * "OpenTracing", "OpenTelemetry", "WebAssembly", "CloudFormation": a name written in two
   * capitals is a kind of its last word, counted as that word too ("tracing", "telemetry",
   * "assembly", "formation"), so a question for the kind finds the talks that only name it so. A
   * shorter last word is no kind of anything, or a word too common to say which ("GitHub",
   * "ThoughtWorks", "JavaScript": `script` finds no JavaScript talk).
   */
  private camelTail(text: string, from: number, to: number): void {
    const tail = camelTailOf(text.slice(from, to));
    if (tail) this.count(this.wordIds.wordId(tail));
  }

  /** Whether the current field is the addresses', whose words stand for no other word. */
  private inAddress(): boolean {
    return (this.slot - 1) % this.fieldCount === this.addressField;
  }

  /**
   * ".NET", "ASP.NET", "in .net 8", "NET 8" in capitals: the platform, counted as "dotnet" too
   * (as a question's ".net" is read, `chat-speak.ts`), never the "net" of an address
   * ("slideshare.net") or a safety net.
   */
  private dotnet(): void {
    this.count(this.wordIds.wordId('dotnet'));
  }

  word(word: string, before?: string): void {
    const id = this.wordIds.wordId(word);
    this.count(id);
    if (before === undefined) return;
    // Notes with accents, read the general way, join words as the ASCII notes' `span`s do:
    // "micro-services" is "microservices" too, and so is "micro services" (see `apart`).
    const last = this.lastGeneral;
    this.lastGeneral = word;
    if (last === '') return;
    if (before === '-') {
      if (!this.inAddress() && /^[a-z]+$/.test(last + word))
        this.count(this.wordIds.wordId(last + word));
    } else if (before === ' ' && JOINED.get(last)?.has(word))
      this.count(this.wordIds.wordId(last + word));
  }

  /** The last word read the general way in the current text ('' before the first). */
  private lastGeneral = '';

  /**
   * Notes with accents are read the general way, where no span says how a word was written:
   * their "Go" inside a sentence ("Nebenläufigkeit in Go", "développer en Go") is the language
   * as an English sentence's is.
   */
  general(text: string, from: number): void {
    this.lastGeneral = '';
    for (const phrase of pairedPhrasesIn(text, from)) this.count(this.wordIds.wordId(phrase));
    for (let at = text.indexOf('.', from); at >= 0; at = text.indexOf('.', at + 1))
      if (isDotNet(text, at + 1)) this.dotnet();
    for (let at = text.indexOf('Go', from); at >= 0; at = text.indexOf('Go', at + 2))
      if (at >= 2 && text.charCodeAt(at - 1) === SPACE && isGo(text, at) && !isWordAt(text, at + 2))
        this.golang();
  }

  private count(id: number): void {
    if (id === this.known) this.learn(id, this.termId(this.wordIds.words[id] as string));
    const slot = this.slot;
    if (this.wordSeen[id] !== slot) {
      this.wordSeen[id] = slot;
      this.distinct++;
    }
    const term = this.wordTerm[id] as number;
    if (term < 0) return;
    if (this.termSeen[term] === slot) {
      this.termCount[term] = (this.termCount[term] as number) + 1;
      return;
    }
    this.termSeen[term] = slot;
    this.termCount[term] = 1;
    if (this.fieldTermCount === this.fieldTerms.length) this.fieldTerms = grow(this.fieldTerms);
    this.fieldTerms[this.fieldTermCount++] = term;
  }

  /** Word `id`, the next new one, is of `term` (-1: none). */
  private learn(id: number, term: number): void {
    this.known++;
    if (id === this.wordTerm.length) {
      this.wordTerm = grow(this.wordTerm);
      this.wordSeen = grow(this.wordSeen);
    }
    this.wordTerm[id] = term;
  }

  private termId(word: string): number {
    const term = this.termOf(word);
    return term === null ? -1 : this.newTerm(term, word);
  }

  /** The id of `term`, numbered now if new, with `word` as the word it was first seen as. */
  private newTerm(term: string, word: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.termIds.set(term, id);
      this.surfaces.push(word);
      if (id === this.termSeen.length) {
        this.termSeen = grow(this.termSeen);
        this.termCount = grow(this.termCount);
        this.termDocs = grow(this.termDocs);
        this.termLastDoc = grow(this.termLastDoc, -1);
      }
      while ((id + 1) * this.fieldCount > this.docFreq.length) this.docFreq = grow(this.docFreq);
    }
    return id;
  }

  /** Records the current field: its length and an entry per term. */
  private close(): void {
    const slot = this.slot;
    if (slot === 0) return;
    while (slot > this.lengths.length) this.lengths = grow(this.lengths);
    this.lengths[slot - 1] = this.distinct;
    const doc = ((slot - 1) / this.fieldCount) | 0;
    const field = slot - 1 - doc * this.fieldCount;
    this.reserve(this.fieldTermCount);
    for (let k = 0; k < this.fieldTermCount; k++) {
      const term = this.fieldTerms[k] as number;
      this.entry(term, slot - 1, doc, field, this.termCount[term] as number);
    }
    this.distinct = 0;
    this.fieldTermCount = 0;
    this.slot = 0;
  }

  /**
   * What this builder counted, to be merged into another (`merge`) after the documents it holds
   * so far: a file's talks are counted once, and a reload merges what unchanged files counted.
   */
  part(docCount: number): PostingsPart {
    this.close();
    const slots = docCount * this.fieldCount;
    while (slots > this.lengths.length) this.lengths = grow(this.lengths);
    // Entries come in slot order: where each slot's end is says which slot each is of.
    const slotEnds = new Int32Array(slots);
    for (let k = 0; k < this.entries; k++) slotEnds[this.entrySlot[k] as number] = k + 1;
    for (let slot = 1; slot < slots; slot++)
      slotEnds[slot] = Math.max(slotEnds[slot] as number, slotEnds[slot - 1] as number);
    return {
      docCount,
      words: this.wordIds.words.slice(0, this.known),
      wordTerm: this.wordTerm.slice(0, this.known),
      terms: [...this.terms],
      lengths: this.lengths.slice(0, slots),
      slotEnds,
      entryTerm: narrow(this.entryTerm.subarray(0, this.entries)),
      entryCount: narrow(this.entryCount.subarray(0, this.entries)),
    };
  }

  /**
   * Adds a part's documents after the `docBase` documents counted so far, exactly as if their
   * text had been given here: words and terms new to this builder are numbered in the order the
   * part first saw them, which is the order counting the text here would have given them.
   */
  merge(part: PostingsPart, docBase: number): void {
    this.close();
    const { fieldCount } = this;
    const termOf = new Int32Array(part.terms.length);
    for (let local = 0; local < part.words.length; local++) {
      const word = part.words[local] as string;
      const id = this.wordIds.wordId(word);
      const term = part.wordTerm[local] as number;
      if (id === this.known)
        this.learn(id, term < 0 ? -1 : this.newTerm(part.terms[term] as string, word));
      if (term >= 0) termOf[term] = this.wordTerm[id] as number;
    }
    const base = docBase * fieldCount;
    const slots = base + part.docCount * fieldCount;
    while (slots > this.lengths.length) this.lengths = grow(this.lengths);
    this.lengths.set(part.lengths, base);
    this.reserve(part.entryTerm.length);
    let k = 0;
    for (let local = 0; local < part.slotEnds.length; local++) {
      const slot = base + local;
      const doc = (slot / fieldCount) | 0;
      const field = slot - doc * fieldCount;
      for (const end = part.slotEnds[local] as number; k < end; k++)
        this.entry(
          termOf[part.entryTerm[k] as number] as number,
          slot,
          doc,
          field,
          part.entryCount[k] as number,
        );
    }
  }

  /** Room for `count` more entries. */
  private reserve(count: number): void {
    while (this.entries + count > this.entryTerm.length) {
      this.entryTerm = grow(this.entryTerm);
      this.entrySlot = grow(this.entrySlot);
      this.entryCount = grow(this.entryCount);
    }
  }

  /** `term` is `count` times in `slot` (field `field` of document `doc`). */
  private entry(term: number, slot: number, doc: number, field: number, count: number): void {
    this.entryTerm[this.entries] = term;
    this.entrySlot[this.entries] = slot;
    this.entryCount[this.entries++] = count;
    const at = term * this.fieldCount + field;
    this.docFreq[at] = (this.docFreq[at] as number) + 1;
    if (this.termLastDoc[term] !== doc) {
      this.termLastDoc[term] = doc;
      this.termDocs[term] = (this.termDocs[term] as number) + 1;
    }
  }

  /** The postings of `docCount` documents with these field boosts, each term's first word and id. */
  finish(
    docCount: number,
    boosts: number[],
  ): {
    postings: PostingsData;
    surfaces: string[];
    forms: string[][];
    termIds: Map<string, number>;
  } {
    this.close();
    const { fieldCount, terms, entries, entryTerm, entrySlot, entryCount, docFreq } = this;
    const slots = docCount * fieldCount;
    while (slots > this.lengths.length) this.lengths = grow(this.lengths);
    const postings = bm25Postings({
      docCount,
      boosts,
      fieldCount,
      terms,
      lengths: this.lengths,
      docFreq,
      termDocs: this.termDocs,
      entries,
      entryTerm,
      entrySlot,
      entryCount,
    });
    return {
      postings,
      surfaces: this.surfaces,
      forms: termForms(terms.length, this.wordIds.words, this.wordTerm, this.known, this.surfaces),
      termIds: this.termIds,
    };
  }
}
/** First words of the lists' two-word spellings → the second words that join them. */
const JOINED = joinedSpellings();

const HYPHEN = 45;
const SPACE = 32;
const DOT = 46;
