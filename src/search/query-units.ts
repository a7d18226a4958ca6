import { derivedFrom, ingNoun, isCjkPair, termOf } from './analyze.ts';
import { broaderUnit } from './broad-subjects.ts';
import { cognate, stemCognates } from './cognates.ts';
import { englishWord, meantAsTyped } from './english-words.ts';
import { extraLetter } from './extra-letter.ts';
import { initialismAt } from './initialisms.ts';
import { LONG_QUESTION } from './paragraph.ts';
import type { QueryTerm } from './postings.ts';
import { privativeOf } from './privative-words.ts';
import { familyOf, relatedTo } from './related-words.ts';
import { siblingTerm } from './sibling-endings.ts';
import type { Spelling } from './spelling.ts';
import { suggestWords } from './suggest-words.ts';
import { membersOf, NAMED_SENSES, sameWords } from './synonyms.ts';
import type { QueryWord } from './talk-index.ts';
import { otherEnding, otherLetter, plausibleTypo } from './typos.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * The reading of a question's words as units, each the terms of the notes it stands for: as
 * written or a synonym, a hyphenated compound ("fine-tuning"), a broad subject of two words
 * ("platform engineering"), the narrower words the notes use for one they never do, a prefix
 * being typed, or one clear typo; and, for a question that found nothing, the words the notes
 * have close to its own ("did you mean"). Apart from `talk-index.ts` because this is what the
 * question means, read before any talk is looked at; the index then ranks talks by these units.
 */

/** Most words a question is read for (a pasted paragraph is longer). */
const MAX_READ_TERMS = 32;
/** minisearch's weight for words matched by prefix, which these scores follow. */
const PREFIX_WEIGHT = 0.375;
/** A word corrected to the one close word the notes have is that word, nearly. */
const CORRECTED_WEIGHT = 0.9;
/** Fewest letters of a word corrected where no word of the notes is one plausible slip away. */
const TWO_SLIPS_LEAST = 7;

export interface Unit {
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

/**
 * How long a question is, in words: "ツールチェーン" is read as six character pairs (see
 * `cjkWords`) but is one word, not a pasted paragraph; four pairs count as one word.
 */
export function questionSize(units: { pair?: boolean }[]): number {
  const pairs = units.filter((unit) => unit.pair).length;
  return units.length - pairs + Math.ceil(pairs / 4);
}

export class QueryReader {
  constructor(
    private readonly terms: Vocabulary,
    private readonly spelling: Spelling,
  ) {}

  units(query: QueryWord[], typing: boolean): Unit[] {
    // A paragraph is searched by the words the notes have as written: no typo look-ups for the
    // rest, which cost a fuzzy walk of the vocabulary each.
    const paragraph =
      questionSize(query.map(({ word }) => ({ pair: isCjkPair(word) }))) >= LONG_QUESTION;
    const units: Unit[] = [];
    const seen = new Set<string>();
    const unknown = query.filter(({ word }) => this.unknownWord(word)).length;
    let inPhrase = false;
    let skip = 0;
    query.forEach(({ word, alternatives = [], name }, i) => {
      if (skip > 0) {
        skip--;
        return;
      }
      if (inPhrase) {
        inPhrase = false;
        return;
      }
      // "search engine optimization" where the notes only say SEO: that word.
      const initials = paragraph ? undefined : initialismAt(query, i, this.terms);
      if (initials) {
        const { id, size, asked } = initials;
        // Said as read ("object oriented programming" as OOP), since initials may be a chance.
        units.push({
          variants: [[id, 1]],
          weight: this.terms.idf(this.terms.df(id)),
          exact: true,
          asked: [asked],
          corrected: [asked, (this.terms.surfaces[id] as string).toUpperCase()],
        });
        skip = size - 1;
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
      const phrase = paragraph ? undefined : broaderUnit(this.terms, query, i);
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
        let id = this.terms.termIds.get(termOf(candidate) ?? '');
        // "accessability" is a slip from the notes' "accessibility", not "access" + "ability":
        // a word typed one letter off a word of the notes is corrected to it, and says so.
        if (id === undefined && candidate === word && !paragraph && !name) {
          const slip = this.slipOf(word);
          if (slip) {
            units.push({ ...slip, asked });
            return;
          }
        }
        for (const stem of id === undefined ? derivedFrom(candidate) : [])
          id ??= this.terms.termIds.get(stem);
        // "brutalism" where the notes say "brutalist websites": the other ending's word.
        const sibling = id === undefined ? siblingTerm(candidate, this.terms.termIds) : undefined;
        id ??= sibling?.[1];
        if (
          id !== undefined &&
          this.terms.sameWord(sibling?.[0] ?? candidate, id, asTyped(candidate, word))
        )
          exact.add(id);
        // "embedding", "learning": the plural noun's term too ("embeddings", "learnings").
        const plural = candidate.endsWith('ing') ? this.terms.termIds.get(candidate) : undefined;
        if (plural !== undefined && plural !== id && ingNoun(`${candidate}s`)) exact.add(plural);
      }
      const related = [
        ...this.terms.relatedTerms(
          [word, ...alternatives].flatMap((one) => [...relatedTo(one), ...privativeOf(one)]),
          exact,
        ),
        ...(paragraph ? [] : this.terms.compoundTerms(word, exact)),
      ];
      // "leadership", "jvm": a word the notes never use is the narrower words they do.
      if (exact.size === 0 && related.length > 0) {
        units.push({
          variants: related,
          weight: this.terms.idf(Math.max(...related.map(([id]) => this.terms.df(id)))),
          exact: true,
          asked,
        });
        return;
      }
      if (exact.size > 0) {
        const df = Math.max(...[...exact].map((id) => this.terms.df(id)));
        // "Documentation" of Spanish notes' "Documentar" too, where they also say "documental".
        const cognates = stemCognates(word, this.terms, this.spelling).filter(
          ([id]) => !exact.has(id) && !related.some(([other]) => other === id),
        );
        units.push({
          variants: [...[...exact].map((id): [number, number] => [id, 1]), ...related, ...cognates],
          weight: this.terms.idf(df),
          exact: true,
          asked,
          ...(isCjkPair(word) ? { pair: true } : {}),
        });
        return;
      }
      const unit =
        paragraph || name
          ? { variants: [], weight: this.terms.idf(0) }
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
    if (sense === undefined || !this.terms.termIds.has(termOf(sense) ?? '')) return all;
    if (!alone && !alternatives.includes(sense)) return all;
    return [sense, ...alternatives.filter((other) => other !== sense)];
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
    const id = this.terms.termIds.get(termOf(whole) ?? '');
    const asked = [whole];
    if (id === undefined) return { variants: [], weight: this.terms.idf(0), asked };
    const related = this.terms.relatedTerms(relatedTo(whole), new Set([id]));
    return {
      variants: [[id, 1], ...related],
      weight: this.terms.idf(this.terms.df(id)),
      exact: true,
      asked,
    };
  }

  /** Whether the notes lack a word and every word it stands for. */
  private unknownWord(word: string): boolean {
    const term = termOf(word);
    return term !== null && !this.terms.termIds.has(term) && relatedTo(word).length === 0;
  }

  /**
   * The one word of the notes a typed word is a slip from (a letter added, left out, changed or
   * two swapped), as a corrected unit, when the stemmer would otherwise read it as another word
   * it is derived from. Undefined when there is no such word, or more than one.
   */
  private slipOf(word: string): Unit | undefined {
    if (derivedFrom(word).length === 0 || meantAsTyped(word)) return undefined;
    const slips = this.spelling
      .close(word)
      .filter(
        ([id]) =>
          this.terms.said(id) &&
          plausibleTypo(word, (this.terms.surfaces[id] as string).toLowerCase()),
      );
    if (slips.length !== 1) return undefined;
    const [id] = slips[0] as [number, number];
    return {
      variants: [[id, CORRECTED_WEIGHT]],
      weight: this.terms.idf(this.terms.df(id)),
      corrected: [word, this.terms.surfaces[id] as string],
    };
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
        df = Math.max(df, this.terms.df(termId));
      }
      if (variants.length > 0) return { variants, weight: this.terms.idf(df), prefix: true };
    }
    // "Mentoring" is a word of the field the built-in lists name, no slip of the notes'
    // "monitoring": a subject no talk has, said so, never another word's talks; the same word
    // in the notes' language is it all the same ("documentation" of "Documentar").
    if (fieldWord(word)) {
      const variants = stemCognates(word, this.terms, this.spelling);
      const df = Math.max(0, ...variants.map(([id]) => this.terms.df(id)));
      return {
        variants,
        weight: this.terms.idf(df),
        ...(variants.length > 0 ? { exact: true } : {}),
      };
    }
    // People rarely miss a word's first letter: "review" is no typo of "preview".
    // "Internal" is no slip of the notes' "interval": one letter for another, neither beside it
    // on the keyboard nor heard as it, makes another word, typed as meant. An English word in
    // common use is meant as typed ("stories" is no slip of "stores"): the notes lack it.
    const typed = meantAsTyped(word);
    const close = (typed ? [] : this.spelling.close(word)).filter(([id]) => {
      const surface = (this.terms.surfaces[id] as string).toLowerCase();
      // A word only in an address ("cheat" of "cheat.readthedocs.io") is no word meant.
      return (
        surface.startsWith(word.charAt(0)) && !otherLetter(word, surface) && this.terms.said(id)
      );
    });
    const nearest = close.filter(([, d]) => d === close[0]?.[1]);
    // "serverles" is a slip from "serverless" as typed, and from "server" only by its stem:
    // the word of the notes closest to what was typed is the one meant.
    // A slip of any form the notes write the word in: "secrts" of their "secrets", where the
    // word's first form is the title's "Secret".
    const slips = nearest.filter(([id]) =>
      [this.terms.surfaces[id] as string, ...(this.terms.forms[id] ?? [])].some((form) =>
        plausibleTypo(word, form.toLowerCase()),
      ),
    );
    // Two slips in a short word, or in an English word, make another word more often than the one
    // meant: "squads" is no "square", "invented" no "inventor"; a longer word is still itself.
    const best =
      slips.length > 0 || englishWord(word) ? slips : word.length >= TWO_SLIPS_LEAST ? nearest : [];
    const dfs = best.map(([id]) => this.terms.df(id));
    const top = Math.max(0, ...dfs);
    // "Close, frequent": one candidate, or one clearly more used than the others.
    const clear = best.filter((_, i) => (dfs[i] as number) * 2 > top);
    const only = clear.length === 1 ? clear[0] : typed ? undefined : extraLetter(word, this.terms);
    // Beside other words the notes lack, a question is in another language most likely, whose
    // words differ from the notes' by their endings: "prelekcje" is the plural of the notes'
    // "prelekcja", no slip of it. Only a slip inside the word is corrected there.
    if (
      only &&
      !(
        foreignLike &&
        (this.terms.df(only[0]) <= 1 || otherEnding(word, this.terms.surfaces[only[0]] as string))
      )
    ) {
      const [id, , meant] = only;
      return {
        variants: [[id, CORRECTED_WEIGHT]],
        weight: this.terms.idf(this.terms.df(id)),
        corrected: [word, meant ?? (this.terms.surfaces[id] as string)],
      };
    }
    return cognate(word, this.terms, this.spelling) ?? { variants: [], weight: this.terms.idf(0) };
  }

  /** Words the notes have close to those of a question that found nothing (see `suggestWords`). */
  suggest(query: QueryWord[] | string, limit = 5): string[] {
    return suggestWords(this.terms, this.spelling, query, limit);
  }
}

/**
 * Whether the built-in lists name a word as it was typed: a member of a group of synonyms, a
 * subject with related words or a related word of one, a kind of thing. A real word of the field,
 * then, not a typo, whatever word of the notes it is close to.
 */
function fieldWord(word: string): boolean {
  return (
    sameWords(word).length > 0 ||
    relatedTo(word).length > 0 ||
    membersOf(word).length > 0 ||
    familyOf(word).length > 0
  );
}

/**
 * Whether an alternative of a word is the word as typed: itself, or it as the other English
 * spelling writes it ("optimizing" of "optimising"), which is as near the notes' "optimize".
 */
function asTyped(candidate: string, word: string): boolean {
  if (candidate === word) return true;
  if (candidate.length !== word.length) return false;
  let differ = 0;
  for (let at = 0; at < word.length; at++) if (candidate[at] !== word[at]) differ++;
  return differ === 1 && /[sz]/.test(word) && /[sz]/.test(candidate);
}
