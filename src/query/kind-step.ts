import type { Talk } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { truncate } from '../text.ts';
import type { Asking } from './asking.ts';
import { echoing, type Plan } from './plan.ts';
import { anyOfKind, isOfKind } from './talk-shapes.ts';

/**
 * "Keynotes at rustconf", "which talk was the keynote at QCon?", "workshops in 2022", "the go
 * panel": a kind of session the notes record (`Keynote:`, `(Lightning talk)`, `Closing panel:`)
 * is a filter, never a word searched beside the event (a talk whose notes only mention "the
 * keynote" is none). Where the talks asked about have none of that kind, they are the answer,
 * saying the kind was left out ("these match it without “keynotes”").
 */

/** The kinds a question names, each as `isOfKind` reads the notes' kinds. */
const KINDS: [string, string][] = [
  ['keynote', String.raw`keynotes?`],
  ['lightning talk', String.raw`lightning\s+talks?|lightnings`],
  ['workshop', String.raw`workshops?`],
  ['panel', String.raw`panels?|panel\s+discussions?`],
  ['fireside chat', String.raw`fireside\s+chats?`],
];

/** The same little words in French, Spanish, Italian, Portuguese, German (folded): "keynote à". */
const ELSEWHERE = String.raw`a|au|aux|en|de|du|des|del|al|sur|sobre|su|da|di|do|na|no|auf|bei|von|zu|der|im|am`;

/**
 * The kind word as a session's name: alone, at the end (a question mark after it too: "rust
 * keynotes?"), or before a word of the asking ("the keynote at qcon", "keynote speaker", "the go
 * panel"); "panel data in pandas" names no panel.
 */
const AFTER = String.raw`(?=$|[\s?!.,;:]+(?:$|(?:at|in|on|of|by|from|about|for|during|with|was|were|is|are|did|do|does|had|has|have|and|or|that|which|who|speakers?|sessions?|talks?|speech|topic|subject|titles?|called|named|${ELSEWHERE})\b))`;

const PATTERNS = KINDS.map(
  ([kind, said]) => [kind, new RegExp(String.raw`\b(?:${said})${AFTER}`)] as const,
);

/** The kind of session a question names, and the words it was typed with. */
export function kindAsked(text: string): { kind: string; said: string } | undefined {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  for (const [kind, pattern] of PATTERNS) {
    const found = pattern.exec(folded);
    if (found) return { kind, said: found[0] };
  }
  return undefined;
}

/** A talk of that kind: the notes say so, or its title calls it one ("Workshop: …" kept whole). */
function ofKind(talk: Talk, kind: string): boolean {
  if (isOfKind(talk, kind)) return true;
  const title = ` ${words(talk.title).join(' ')} `;
  return title.includes(` ${kind} `) || title.includes(` ${kind}s `);
}

/**
 * Keeps the talks of the kind asked for, where the notes record that kind for any talk (else the
 * word is searched as before). Where none of the talks still in the running is of it, the plan
 * for the question asked of talks instead ("talks at qcon" for "keynotes at qcon"), saying the
 * kind was left out; undefined otherwise.
 */
export function narrowToKind(ask: Asking, read: (text: string) => Plan): Plan | undefined {
  if (!ask.asked.kinds) return undefined;
  const asked = kindAsked(ask.asked.text);
  if (!asked || !anyOfKind(ask.library, asked.kind)) return undefined;
  const { kind, said } = asked;
  const named = new Set(words(said));
  const isKind = (talk: Talk) => ofKind(talk, kind);
  if (!ask.any(isKind)) {
    // "Keynotes at qcon" where QCon had none: its talks, saying the keynotes were left out.
    const plural = /s$/.test(said);
    const text = fold(ask.asked.text).replace(said, plural ? 'talks' : 'talk');
    const plan = read(text);
    if (plan.kind !== 'talks' || plan.total === 0) return undefined;
    const typed = spanTyped(ask.asked.text, said);
    return { ...plan, scope: { ...plan.scope, dropped: truncate(typed, 40) } };
  }
  ask.narrow(isKind);
  ask.query = ask.query.filter((q) => !named.has(q.word) && !named.has(`${q.word}s`));
  ask.search = words(ask.search)
    .filter((word) => !named.has(word))
    .join(' ');
  // "Keynote at devopsdays": titled by the question, as a search of it was.
  if (ask.query.length === 0 && (!ask.scope || ask.scope.kind === 'list'))
    ask.scope = echoing(ask.asked.text, ask.event);
  return undefined;
}

/** The words as typed (their case kept), where folding changed nothing but the case. */
function spanTyped(text: string, folded: string): string {
  const at = text.toLowerCase().indexOf(folded);
  return at >= 0 ? text.slice(at, at + folded.length) : folded;
}
