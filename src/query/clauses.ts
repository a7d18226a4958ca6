import { fold, words } from '../search/analyze.ts';
import { plainWords } from './chat-speak.ts';
import { findNegation } from './negation.ts';

/**
 * Messages of two clauses, as people type them in chat: two questions in one ("kafka? also
 * anything on rust", "any postgres talks? and what about kafka", "rust and also wasm"), or a
 * refusal beside what is wanted ("no kubernetes pls, something on security", "I don't want AI
 * talks, what's on data?"). Read as one, the first needs a talk with both subjects, and the
 * second leaves out everything after the refusal, the subject wanted too.
 */

/** A clause of this many words or fewer is one question; a longer message is read whole. */
const MOST_CLAUSE_WORDS = 8;

/**
 * The second question after the first, joined by what adds one: "also", "plus", "what about",
 * "how about", "and anything on"; after a question mark or a comma (or "and also" alone).
 */
const SEVERAL = [
  /^(.+?)\s*(?:\?+|,|;)\s*(?:oh\s+)?(?:and\s+)?(?:also|plus)\s+(.+)$/,
  /^(.+?)\s*(?:\?+|;)\s*(?:oh\s+)?(?:and\s+)?((?:what|how)\s+about\s+.+)$/,
  /^(.+?)\s*\?+\s*(?:oh\s+)?(?:and|also)\s+((?:anything|something|any\s+talks?)\s+(?:on|about)\s+.+)$/,
  /^(.+?)\s+and\s+also\s+(.+)$/,
];

/** A side's words: no question mark, no "also" or "too" closing it. */
function side(text: string): string {
  return text
    .replace(/[?!.]+/g, ' ')
    .replace(/\s+(?:too|as\s+well)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The two questions of a message that asks two, each short; undefined for one question. */
export function findSeveral(text: string): [string, string] | undefined {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  for (const pattern of SEVERAL) {
    const found = pattern.exec(folded);
    if (!found) continue;
    const [a, b] = [side(found[1] as string), side(found[2] as string)];
    const sizes = [a, b].map((one) => words(one).length);
    if (sizes.some((size) => size === 0 || size > MOST_CLAUSE_WORDS)) return undefined;
    return a !== b ? [a, b] : undefined;
  }
  return undefined;
}

/**
 * "Other than postgres what was there on data", "besides kafka anything on streaming": a leading
 * exclusion with no comma after it, which ends where a question opens (its "what", "anything").
 */
const LEADING_EXCEPT =
  /^(?:other\s+than|besides|apart\s+from|aside\s+from|except\s+for)\s+((?:(?!(?:what|which|who|anything|something|any|are|were|is|was|did|do|how)\b)[^\s,;]+\s+){1,4}?)((?:what|which|who|anything|something|any|(?:are|were|is|was)\s+there|did|how)\b.+?)[?!.\s]*$/;

/** A clause boundary: a comma, a semicolon, or a sentence's end before more words. */
const BOUNDARY = /\s*(?:[,;]|[.?!]+(?=\s))\s*/;

/**
 * "No kubernetes pls, something on security": the clause wanted, then what the refusal turns
 * down after "except" ("something on security except kubernetes"), so the negation reads it as
 * it reads "security except kubernetes". Only a message of two clauses, one a whole refusal and
 * the other no negation; undefined otherwise.
 */
export function refusalLast(text: string): string | undefined {
  const leading = LEADING_EXCEPT.exec(fold(text).trim());
  if (leading) return `${leading[2]} except ${leading[1]}`;
  const at = BOUNDARY.exec(text);
  if (!at || at.index === 0) return undefined;
  const clauses = [text.slice(0, at.index), text.slice(at.index + at[0].length)].map((clause) =>
    clause.replace(/[?!.]+\s*$/, '').trim(),
  );
  if (clauses.some((clause) => clause === '' || BOUNDARY.test(clause))) return undefined;
  const read = clauses.map((clause) => findNegation(fold(plainWords(clause))));
  const refused = read.findIndex((negation) => negation?.index === 0);
  const wanted = clauses[1 - refused];
  const negation = read[refused];
  if (refused < 0 || !negation || !wanted || read[1 - refused]) return undefined;
  if (words(wanted).length > MOST_CLAUSE_WORDS) return undefined;
  return `${wanted} except ${negation.words}`;
}
