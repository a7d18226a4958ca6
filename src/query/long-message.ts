/**
 * A long paste with the question at its end ("We had an outage last night … Anyway, is there a
 * talk on retry storms?"): the question is read, not the first 500 characters of the story. Only
 * the end of the message is looked at, a few sentences of it, so a 100,000-character paste costs
 * no more than a short one.
 */

/** The end of a long message where its question is looked for. */
const TAIL = 2_000;
/** Sentences from the end looked at. */
const SENTENCES = 12;
/** Sentences from the end that may be a question without a question mark. */
const UNMARKED = 2;

/** "Anyway, …", "TL;DR:", "Long story short," before the question: no words of it. */
const LEAD =
  /^(?:(?:so|and|anyway|anyways|ok(?:ay)?|but|also|btw|tl;?dr|question|q|long story short|in short|my question)\b[\s,:—-]*)+/i;
/** A sentence that asks, in the languages questions come in. */
const ASKS =
  /^(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|can|could|would|should|any|anything|anyone|has|have|show|find|list|recommend|talks?\b|i['’]?m\s+looking|qu[eé]|qui|quel(?:le)?s?|wer|welche[rnms]?|gibt|hay|cu[aá]l(?:es)?|d[oó]nde|onde|qual|quais|tem|y\s+a)\b/i;

/** The question of a message longer than `max`: its last sentence that asks; else the message. */
export function questionOfLong(raw: string, max: number): string {
  if (raw.length <= max) return raw;
  const sentences = raw
    .slice(-TAIL)
    .split(/(?<=[.!?。？！])\s+|\n+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim().replace(LEAD, ''))
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
    .slice(-SENTENCES);
  // The first sentence may have been cut by `TAIL`: only whole ones are read.
  if (raw.length > TAIL) sentences.shift();
  const fits = (sentence: string) => sentence.length <= max;
  const marked = sentences.findLast((s) => fits(s) && /[?？]\s*\S{0,3}$/u.test(s));
  if (marked) return marked;
  const unmarked = sentences.slice(-UNMARKED).findLast((s) => fits(s) && ASKS.test(s));
  return unmarked ?? raw;
}
