import { LRUCache } from 'lru-cache';
import { fold } from './analyze.ts';
import { englishWord } from './english-words.ts';
import { otherWordOf } from './foreign-endings.ts';
import type { QueryTerm } from './postings.ts';
import type { Unit } from './query-units.ts';
import type { Spelling } from './spelling.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Letters of a word typed, at least, to be read as a word of another language beginning so. */
const SHORT = 5;
/** Letters from which a word typed need only begin as the other language's word. */
const LONG = 8;
/** Of a long word, the share of its letters the other language's word begins with. */
const SHARE = 0.75;
/** A word of another language weighs as a word's beginning does (`PREFIX_WEIGHT`). */
const WEIGHT = 0.375;

/**
 * The same word in another language the notes are written in, where it begins as the English
 * one typed: "intrinsic" the French notes' "intrinsèques", "asynchronous" (and "async") their
 * "asynchrone". A long English word shares most of its letters (seven at least, three in four);
 * a short one that is no English word, all of them ("async"; "react" is no "réactivité"); a long
 * word of no English, none ("informatique" is not the notes' "informations"). Only words of the
 * notes that are no English words: "generation" is not the notes' "generative". German writes
 * English's hard "c" as "k": "communication" is the German notes' "Kommunikation".
 */
export function cognate(word: string, terms: Vocabulary, spelling: Spelling): Unit | undefined {
  let cache = read.get(terms);
  if (cache === undefined) {
    cache = new LRUCache({ max: 1_000 });
    read.set(terms, cache);
  }
  let found = cache.get(word);
  if (found === undefined) {
    found = lookUp(word, terms, spelling) ?? false;
    cache.set(word, found);
  }
  return found || undefined;
}

/**
 * Each index's cognates, by the word typed: a word the notes lack is asked of `cognate` twice per
 * question (whether the index knows it, then its query unit), and again by the next questions.
 */
const read = new WeakMap<Vocabulary, LRUCache<string, Unit | false>>();

function lookUp(word: string, terms: Vocabulary, spelling: Spelling): Unit | undefined {
  if (!/^[a-z]+$/.test(word) || word.length < SHORT) return undefined;
  const english = englishWord(word);
  const start =
    word.length < LONG
      ? english
        ? undefined
        : word
      : english
        ? word.slice(0, Math.max(LONG - 1, Math.ceil(word.length * SHARE)))
        : undefined;
  const variants = english ? stemCognates(word, terms, spelling) : [];
  let df = Math.max(0, ...variants.map(([id]) => terms.df(id)));
  if (!start) return done(variants, df, terms);
  const kSpelled = withGermanK(start);
  for (const begins of kSpelled === start ? [start] : [start, kSpelled]) {
    for (const [key, id] of spelling.prefixed(begins)) {
      const surface = (terms.surfaces[id] as string).toLowerCase();
      if (key.length > 2 * word.length || englishWord(surface) || !terms.said(id)) continue;
      // "Documentary" is no Spanish "documentar" (to document): the English word less its "y".
      if (english && /[ao]ry$/.test(word) && fold(surface) === word.slice(0, -1)) continue;
      // "Documents" is no Spanish "documental" (a documentary) either.
      if (english && otherWordOf(word, fold(surface))) continue;
      if (variants.some(([seen]) => seen === id)) continue;
      variants.push([id, WEIGHT]);
      df = Math.max(df, terms.df(id));
    }
  }
  return done(variants, df, terms);
}

function done(variants: QueryTerm, df: number, terms: Vocabulary): Unit | undefined {
  return variants.length > 0 ? { variants, weight: terms.idf(df), exact: true } : undefined;
}

/**
 * The notes' words in another language that are an English "-tion" or "-ing" word by its stem
 * and their ending (see `sharedStem`): "documentation" finds Spanish notes' "Documentar",
 * "mentoring" their "mentores", though the notes have a word of its stem too. None for any
 * other word, looked up only for those.
 */
export function stemCognates(word: string, terms: Vocabulary, spelling: Spelling): QueryTerm {
  const stemmed = sharedStem(word);
  if (!stemmed) return [];
  const variants: QueryTerm = [];
  for (const root of new Set([stemmed.root, withGermanK(stemmed.root)]))
    for (const [, id] of spelling.prefixed(root)) {
      const surface = fold(terms.surfaces[id] as string);
      if (!stemmed.endings.test(surface.slice(root.length))) continue;
      if (englishWord(surface) || !terms.said(id)) continue;
      if (!variants.some(([seen]) => seen === id)) variants.push([id, WEIGHT]);
    }
  return variants;
}

/**
 * An English word's stem and the endings the same word has in Spanish, French, Italian,
 * Portuguese or German, where they differ from its own: "documentation" is "documentar",
 * "documentación", "documentazione", "documentação", "dokumentieren" (German's "k" as above);
 * "solution" is "solución", "soluzione". Only "-tion" words, whose stem is the word's
 * (five letters or more before "-ation": "station" is no "estar"), and only those endings, so
 * no other word beginning with the stem is read for it ("documentary" stays no documentation).
 */
function sharedStem(word: string): { root: string; endings: RegExp } | undefined {
  if (!englishWord(word)) return undefined;
  // "Mentoring" is the Spanish notes' "mentores", "mentoría"; "documenting" their "documentar",
  // never "documental" (a documentary). Only of a stem of six letters or more.
  const doing = /^(.{6,})ing$/.exec(word)?.[1];
  if (doing) return { root: doing, endings: DOING };
  if (!word.endsWith('tion')) return undefined;
  const verb = /^(.{5,})ation$/.exec(word)?.[1];
  if (verb) return { root: verb, endings: VERB_OR_NOUN };
  const noun = /^(.{4,})tion$/.exec(word)?.[1];
  return noun ? { root: noun, endings: NOUN } : undefined;
}

/** After an "-ation" word's stem: its verb's infinitive and participles, or its noun. */
const VERB_OR_NOUN =
  /^(?:ar|are|er|ieren|iert|ierung|ado|ada|ados|adas|ato|ata|ando|acion|aciones|azione|azioni|acao|acoes)$/;
/**
 * After an "-ing" word's stem: its verb's infinitive and participles, or the noun of its doer
 * or of its doing, in Spanish, French, Italian, Portuguese or German.
 */
const DOING =
  /^(?:es|ia|ias|ar|er|ando|ado|ada|ados|are|ato|ata|ieren|iert|ierung|eo|eos|aggio|agem|age)$/;
/** After a "-tion" word's stem: the noun in Spanish, Italian or Portuguese. */
const NOUN = /^(?:cion|ciones|zione|zioni|cao|coes)$/;

/**
 * The beginning of an English word as German writes its hard "c": "k" ("communicat" →
 * "kommunikat", "function" → "funktion"), "c" before e, i or y and in "ch", "ck" as typed.
 */
function withGermanK(start: string): string {
  return start.replace(/c(?![eihyk])/g, 'k');
}
