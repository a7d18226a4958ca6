import type { Library, Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { findNegation } from './negation.ts';
import { echoing, type Plan } from './plan.ts';

/**
 * "Compare the RAG talk and the fine-tuning talk", "RAG vs fine-tuning", "difference between
 * kafka and pulsar": two sides, each its own question. Read as one, the words of both must be in
 * one talk, and only a talk that mentions the other side is found.
 */
const SIDES = [
  /^(?:please\s+)?(?:compare|comparing|contrast)\s+(.+?)\s+(?:and|with|to|vs\.?|versus|against)\s+(.+)$/,
  /^(?:what(?:['’]?s|\s+is|\s+are)\s+)?(?:the\s+)?differences?\s+between\s+(.+?)\s+and\s+(.+)$/,
  /^(.+?)\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(.+)$/,
  // "There was a talk about kafka and also one on postgres, can you send both": two talks.
  /\b(?:a|the)\s+(?:talk|session|one)\s+(?:about|on)\s+(.+?)\s+and\s+(?:also\s+)?(?:one|another(?:\s+one)?|a\s+talk|the\s+one)\s+(?:about|on)\s+(.+?)(?:\s+(?:can|could|would|will|please|pls|send|both|thanks|thx|too|as\s+well)\b.*)?$/,
];

/** "The RAG talk", "the fine-tuning one", "talks on kafka": the words that name the side. */
const SIDE_WORDS =
  /^(?:the\s+|a\s+|an\s+|that\s+|this\s+)?(?:talks?\s+(?:on|about)\s+)?(.+?)(?:\s+(?:talks?|ones?|sessions?|approach|approaches|panels?|debates?|discussions?|keynotes?))?$/;

/**
 * "Virtual threads or coroutines", "flutter or kmp talks": either will do, each side searched on
 * its own (read as one, a side the notes say less of is ranked out). Only a short question with
 * one "or", and never about links ("slides or video"), whose "or" the question's own reading has,
 * nor after a negation.
 */
const EITHER = /^(?!.*\bor\b.*\bor\b)(.+?)\s+or\s+(.+)$/;
const LINK_WORDS = /\b(?:slides?|decks?|videos?|recordings?|links?|recorded)\b/;
const MOST_EITHER_WORDS = 6;

export function findEither(text: string): [string, string] | undefined {
  const folded = fold(text)
    .replace(/[?!,;:"“”]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Day 1 or day 2", "2023 or 2024": days and years are read as such, not searched.
  if (/\d/.test(folded) || LINK_WORDS.test(folded)) return undefined;
  // Counted without the asking: "was there a talk on fairness or bias in ML" is short.
  const said = folded.split(' ').filter((word) => !isFiller(word));
  if (said.length > MOST_EITHER_WORDS) return undefined;
  // "Talks not about kubernetes or kafka": both sides are left out, which the negation reads.
  if (findNegation(folded)) return undefined;
  const found = EITHER.exec(folded);
  if (!found) return undefined;
  const [a, b] = [found[1], found[2]].map((side) => SIDE_WORDS.exec(side ?? '')?.[1]?.trim());
  return a && b && a !== b ? [a, b] : undefined;
}

export function findSides(text: string): [string, string] | undefined {
  const folded = fold(text)
    .replace(/[?!,;:"“”]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const pattern of SIDES) {
    const found = pattern.exec(folded);
    if (!found) continue;
    const sides = [found[1], found[2]].map((side) => SIDE_WORDS.exec(side ?? '')?.[1]?.trim());
    const [a, b] = sides;
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

/**
 * "Compare the rust and go wasm talks": talks in the plural after a side of one word and a side
 * of more, whose words after the first may be both sides' ("rust wasm", "go wasm"); the first
 * side with them, where it is read so. "The kafka and eda talks" share nothing.
 */
export function sharedSide(text: string, [a, b]: [string, string]): string | undefined {
  const [, ...rest] = b.split(' ');
  if (a.includes(' ') || rest.length === 0) return undefined;
  if (!/\s(?:talks|ones|sessions)[?!.\s]*$/.test(fold(text))) return undefined;
  return `${a} ${rest.join(' ')}`;
}

/**
 * Both sides' talks, each side's best first ("the RAG talk", then "the fine-tuning talk"), then
 * the rest of each; undefined unless both sides found talks, when the question is read as one.
 */
export function bothSides(
  text: string,
  event: string | undefined,
  sides: Plan[],
  said: [string, string] = ['', ''],
  either = false,
): Plan | undefined {
  const lists: Talk[][] = [];
  for (const side of sides) {
    if (side.kind !== 'talks' || side.total === 0) return undefined;
    lists.push(side.talks(side.total));
  }
  // "The go vs rust panel": a talk whose title names both sides is the one asked about; for
  // "the go or rust panel", the only one.
  const named = lists.flat().find((talk) => titleHas(talk, said));
  if (named && either) {
    const titled = [...new Set(lists.flat().filter((talk) => titleHas(talk, said)))];
    return {
      kind: 'talks',
      scope: echoing(text, event),
      total: titled.length,
      talks: (end) => titled.slice(0, end),
    };
  }
  const heads = [...(named ? [named] : []), ...lists.map((list) => list[0] as Talk)];
  const talks = [...new Set([...heads, ...lists.flat()])];
  return {
    kind: 'talks',
    scope: echoing(text, event),
    total: talks.length,
    talks: (end) => talks.slice(0, end),
  };
}

/**
 * "Kafka or pulsar?": one side, a word no talk has (nor anyone or any place), is said to be
 * missing, under the other side's talks, where the two sides' talks were listed (see
 * `bothSides`).
 */
export function oneSide(
  text: string,
  event: string | undefined,
  sides: Plan[],
  said: [string, string],
): Plan | undefined {
  const at = sides.findIndex((side) => side.kind === 'talks' && side.total > 0);
  const other = sides[1 - at];
  const plan = sides[at];
  if (at < 0 || !plan || plan.kind !== 'talks' || other?.kind !== 'none') return undefined;
  if (other.unknown || other.person || other.place) return undefined;
  const missing = words(fold(said[1 - at] ?? '')).filter((word) => !isFiller(word));
  if (missing.length !== 1) return undefined;
  return { ...plan, scope: { ...echoing(text, event), unmatched: missing } };
}

/** Whether a talk's title has a word of each side ("Go or Rust for your CLI?": go, rust). */
function titleHas(talk: Talk, said: [string, string]): boolean {
  const title = new Set(words(fold(talk.title)).map((word) => termOf(word) ?? word));
  return said.every((side) => {
    // "who was on the go": its last word, where every word is one of the asking ("go").
    const all = words(side);
    const own = all.filter((word) => !isFiller(word));
    return (own.length > 0 ? own : all.slice(-1)).some((word) => title.has(termOf(word) ?? word));
  });
}

/**
 * "Kubecon vs kubesummit": a side that names events (more than one of a name, "KubeCon EU 2025"
 * and "KubeCon NA 2019") is their talks, to compare as any side's.
 */
export function eventsTalks(plan: Plan, library: Library): Plan {
  if (plan.kind !== 'events') return plan;
  const named = new Set(plan.events);
  const talks = library.talks.filter((talk) => named.has(talk.event));
  return {
    kind: 'talks',
    scope: { kind: 'list' },
    total: talks.length,
    talks: (end) => talks.slice(0, end),
  };
}
