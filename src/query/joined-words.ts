import { termOf } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { SynonymTable } from '../search/synonyms.ts';
import type { Token } from './question-tokens.ts';

/**
 * A question's words joined or cut apart as the notes write them ("multi sig", "oncall",
 * "Containerverwaltung"): the first reading of `QueryReader.queryWords`.
 */
export class JoinedWords {
  constructor(
    /** How many talks have a word: 0 when the notes never use it. */
    private readonly frequency: (word: string) => number,
    /** Whether some talk has both words. */
    private readonly together: (a: string, b: string) => boolean,
    /** Whether the notes have a word this unknown one begins or is a slip from. */
    private readonly near: (word: string) => boolean,
    private readonly synonyms: SynonymTable,
  ) {}

  /**
   * Words written apart or together as the notes write them: "multi sig" is "multisig" and
   * "post mortems" "postmortems" when the notes have only the joined word; "nodejs" is "node js"
   * and "oncall" "on call" when the notes have only the parts. Only for words the notes lack.
   */
  read(tokens: Token[], keep: (word: string) => boolean): Token[] {
    const known = (word: string) => !isFiller(word) && (this.frequency(word) > 0 || keep(word));
    const stems = tokens.map((token) => termOf(token.word) ?? token.word);
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const word = token.word;
      // The halves of a hyphenated word kept as typed: searched as one word (see `hyphenated`).
      if (token.joined || tokens[i + 1]?.joined) {
        out.push(token);
        continue;
      }
      const next = tokens[i + 1]?.word;
      if (
        next !== undefined &&
        !(isFiller(word) && isFiller(next)) &&
        (!known(word) || !known(next)) &&
        this.frequency(word + next) > 0 &&
        !gluesFiller(word + next) &&
        !inLongerPhrase(this.synonyms, stems, i)
      ) {
        out.push({ word: word + next });
        i++;
        continue;
      }
      // "front end", "real time" typed apart where the notes write "front-end", "real-time": the
      // one word, as typed with its hyphen (see `hyphenated`): the "end" of "back-ends" and the
      // "time" of "time zones … the real world" are none of it.
      if (
        next !== undefined &&
        known(word) &&
        known(next) &&
        this.frequency(word + next) > 0 &&
        !gluesFiller(word + next) &&
        !inLongerPhrase(this.synonyms, stems, i) &&
        this.together(word, next)
      ) {
        out.push({ word: word + next });
        i++;
        continue;
      }
      const parts = known(word) || isFiller(word) ? [word] : this.split(word, known);
      out.push(...parts.map((part) => ({ word: part })));
    }
    return out;
  }

  /**
   * An unknown word as two words the notes have (one may be a filler: "on call"), or a name and
   * its version, or itself.
   */
  private split(word: string, known: (word: string) => boolean): string[] {
    // "http3", "java21": a name and its version typed together, where the notes write them
    // apart ("HTTP/3", "Java 21"); "log4j", "k8s" are words of their own.
    const version = /^([a-z]{2,})(\d{1,3})$/.exec(word);
    if (version?.[1] && version[2] && known(version[1]) && this.frequency(version[2]) > 0)
      return [version[1], version[2]];
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return [word];
    // "serverles" is "serverless" half typed, not "server" and a French "les".
    const unfinished = this.near(word);
    let best: { parts: string[]; rank: number } | undefined;
    for (let at = 2; at <= word.length - 2; at++) {
      const left = word.slice(0, at);
      const right = word.slice(at);
      const content = [left, right].filter(known);
      if (content.length === 0 || ![left, right].every((p) => known(p) || isFiller(p))) continue;
      // A word beside a filler is a word of four letters or more: "on call" of "oncall", not
      // the "act" of "react" (a filler "re" and three letters are too likely to be chance).
      if (content.length === 1 && (content[0] as string).length < 4) continue;
      if (content.length === 1 && unfinished) continue;
      // "serverless" is not "server" and "less" unless the notes use them together.
      if (content.length === 2 && !this.together(left, right)) continue;
      // Two words of the notes beat a word and a filler; then the more even split.
      const rank = content.length * 100 + Math.min(left.length, right.length);
      if (!best || rank > best.rank) best = { parts: [left, right], rank };
    }
    return best?.parts ?? this.glued(word);
  }

  /**
   * "Containerverwaltung", "Sicherheitsvorträge", "Passwortsicherheit": a German compound the
   * notes never write, as its two parts where each is a word the notes have, a word of the
   * field's synonyms whose words they have ("Sicherheit": security), or a word of the asking
   * ("Vorträge"); the linking "s" of German compounds ("Sicherheits-") is no part of the word.
   * Parts of four letters or more, so a long word is not cut into chance pieces, and one of
   * them a word the notes do not write, read by the synonyms: English words glued ("serverless")
   * are the other splits' to read.
   */
  private glued(word: string): string[] {
    if (word.length < GLUED_LEAST) return [word];
    let best: { parts: string[]; rank: number } | undefined;
    for (let at = GLUED_PART; at <= word.length - GLUED_PART; at++) {
      const right = word.slice(at);
      const typed = word.slice(0, at);
      const left = this.finds(typed) ? typed : typed.replace(/s$/, '');
      const parts = [left, right];
      if (left.length < GLUED_PART || !parts.every((part) => this.finds(part) || isFiller(part)))
        continue;
      const content = parts.filter((part) => !isFiller(part));
      // A word of another language among them: "serverless" is no "server" and a "less".
      if (!content.some((part) => this.frequency(part) === 0)) continue;
      // Two words of the notes beat a word and a word of the asking; then the more even split.
      const rank = content.length * 100 + Math.min(left.length, right.length);
      if (!best || rank > best.rank) best = { parts: content, rank };
    }
    return best?.parts ?? [word];
  }

  /** Whether the notes have a word, or the words of a synonym it is ("sicherheit": security). */
  private finds(word: string): boolean {
    if (this.frequency(word) > 0) return true;
    const match = this.synonyms.match([termOf(word) ?? word], 0);
    return (match?.alternatives ?? []).some((phrase) =>
      phrase.every((one) => termOf(one) === null || this.frequency(one) > 0),
    );
  }
}

/** Fewest letters of a word read as a compound of two (see `glued`). */
const GLUED_LEAST = 9;
/** Fewest letters of either part of such a compound. */
const GLUED_PART = 4;

/** A phrase of the field this far back at most: "infrastructure as code". */
const PHRASE_BACK = 3;

/**
 * Whether the words at `at` and after it are inside a phrase of three words or more of the
 * synonyms ("policy as code", "infrastructure as code"), which the halves of a hyphenated word
 * the notes write elsewhere ("Infrastructure-as-Code": "ascode", "infrastructureas") must not
 * cut apart.
 */
function inLongerPhrase(synonyms: SynonymTable, stems: string[], at: number): boolean {
  for (let from = Math.max(0, at - PHRASE_BACK); from <= at; from++) {
    const match = synonyms.match(stems, from);
    if (match && match.length > 2 && from + match.length > at + 1) return true;
  }
  return false;
}

/**
 * Whether two words typed apart make, glued, only a form of a word of the asking: "the ring" is
 * no "thering", which the search reads as "there" (the ring of Ring, the talk), and "a ring" no
 * "are". Such a word names no subject, whatever talks say it.
 */
function gluesFiller(word: string): boolean {
  return isFiller(word) || isFiller(termOf(word) ?? word);
}
