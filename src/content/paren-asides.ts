import type { Speaker } from '../model.ts';
import { leadBeforeName } from './case-exact.ts';

/**
 * What parentheses after a name or a title say when they hold no company: the author's aside
 * ("Rhys was ill", "stood in for Rhys"), two terms the title compares ("RTL و LTR", "REST vs
 * gRPC"), a book's publisher line ("Larkspur Press, 2025, 312 pages"), and a co-speaker ("with
 * Tomasz Kowal").
 */

/** "RTL و LTR", "REST vs. gRPC", "iOS & Android": two short terms joined, as titles compare them. */
const JOINED_TERMS =
  /^(?:\p{Lu}{2,6}|\p{Ll}{1,2}\p{Lu}[\p{L}\d]{0,8})\s+(?:and|&|vs\.?|versus|or|و|أو|y|et|und|ve|और)\s+(?:\p{Lu}{2,6}|\p{Ll}{1,2}\p{Lu}[\p{L}\d]{0,8})$/u;

/** "Rhys was ill", "stood in for Rhys", "replacing Sam", "pre-recorded": a sentence, no company. */
const SENTENCE =
  /\b(?:was|were|is|are|had|has|got|could ?n[o’']t|could not|did ?n[o’']t|did not|stood|standing|stepped|filling|filled|replac(?:ed|ing)|instead of|on behalf of|ill|sick|cancell?ed|pre-?recorded)\b/i;

/** "Larkspur Press, 2025, 312 pages", "O'Reilly, 2nd edition": a book's publication line. */
const PUBLICATION = /\b\d{2,4}\s+(?:pages|pp\.?)$|\b\d+(?:st|nd|rd|th)\s+edition\b|\bISBN\b/i;

/** Two terms of a title: the parentheses are part of it, and the text before them names no one. */
export const joinedTerms = (text: string): boolean => JOINED_TERMS.test(text.trim());

/** "(부제: Web Worker …)", "(subtitle: why it matters)", "(副題: …)": the title's own subtitle. */
const SUBTITLE =
  /^(?:sub-?title|부제|副題|サブタイトル|副标题|副標題|untertitel|sous-titre|subt[íi]tulo|sottotitolo)\s*[:：]/iu;

/**
 * "(New tab : Top)", "(Part 2: the rewrite)": a label and what it names, the title's own part; a
 * company has no colon in its name.
 */
const LABELLED = /^\p{L}[^:：]{0,40}?\s*[:：]\s*\p{L}[^:：]{0,60}$/u;

/**
 * "(Leveraging Meetups to Educate, Grow, and Facilitate Conversation)": five words or more with a
 * word that leads a phrase ("to", "how", "your"), or three small words — a subtitle, no company
 * ("Department for Work and Pensions", "Bank of America" have two at most and none of the first).
 */
function phraseOfTitle(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 5) return false;
  let small = 0;
  for (const word of words) {
    const bare = word.replace(/[,;]$/, '');
    if (PHRASE_WORDS.has(bare)) return true;
    if (SMALL_WORDS.has(bare)) small += 1;
  }
  return small >= 3;
}

const PHRASE_WORDS = new Set(['to', 'how', 'your', 'our', 'into', 'why', 'what']);
const SMALL_WORDS = new Set(['and', 'the', 'for', 'with', 'from', 'of', 'in', 'on', 'a']);

export const asideInParens = (text: string): boolean => {
  const trimmed = text.trim();
  return (
    phraseOfTitle(trimmed) ||
    JOINED_TERMS.test(trimmed) ||
    SENTENCE.test(trimmed) ||
    PUBLICATION.test(trimmed) ||
    SUBTITLE.test(trimmed) ||
    LABELLED.test(trimmed)
  );
};

/** "with", "feat.", "mit": in any case; the name after it starts with a capital, case-exact. */
const WITH = {
  lead: /^(?:with|feat\.?|featuring|ft\.|mit|avec|con|com|met)\s+(?=\S)/iu,
  capital: true,
};

/** "(with Tomasz Kowal)": who gave the talk too, named by "with". */
export function withWhom(
  text: string,
  read: (names: string) => Speaker[] | undefined,
): Speaker[] | undefined {
  const trimmed = text.trim();
  const named = leadBeforeName(trimmed, [WITH]);
  return named ? read(trimmed.slice(named[0].length)) : undefined;
}
