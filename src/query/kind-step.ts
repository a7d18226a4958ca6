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
export function narrowToKind(
  ask: Asking,
  read: (text: string) => Plan,
  eventName: (id: string) => string,
): Plan | undefined {
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
    // "Was there a keynote at devopsdays ghent?" where none was: no, said so, never its talks.
    if (ASKS_WHETHER.test(fold(ask.asked.text).trim()) && plan.scope.kind !== 'search')
      return noneOfKind(kind, plan, eventName);
    const typed = spanTyped(ask.asked.text, said);
    return { ...plan, scope: { ...plan.scope, dropped: truncate(typed, 40) } };
  }
  ask.narrow(isKind);
  ask.query = ask.query.filter((q) => !named.has(q.word) && !named.has(`${q.word}s`));
  ask.search = words(ask.search)
    .filter((word) => !named.has(word))
    .join(' ');
  // "Keynote at devopsdays", "was there a keynote on day 2 at devopsdays": titled by the
  // question, as a search of it was, so the kind is said with the day and the event.
  if (
    ask.query.length === 0 &&
    (!ask.scope || ask.scope.kind === 'list' || ask.scope.kind === 'date')
  )
    ask.scope = echoing(ask.asked.text, ask.event);
  return undefined;
}

/**
 * A yes/no question ("was there a keynote …", "were there any workshops", "did rustconf have a
 * panel", "any keynotes at …?"), read from its start only.
 */
const ASKS_WHETHER =
  /^(?:(?:so|and|but|hey|ok|okay|quick question)[\s,]+)?(?:(?:was|were|is|are)\s+there|did|does|do|has|have|had|any)\b/;

/** The plural of each kind, as the answer names it. */
const PLURALS: Record<string, string> = {
  keynote: 'keynotes',
  'lightning talk': 'lightning talks',
  workshop: 'workshops',
  panel: 'panels',
  'fireside chat': 'fireside chats',
};

/**
 * "No keynotes at DevopsDays 2019 Ghent": where the talks asked about (`plan`, of one event or
 * several) have none of the kind; the talks themselves are offered, and the kind over all notes.
 */
function noneOfKind(
  kind: string,
  plan: Extract<Plan, { kind: 'talks' }>,
  eventName: (id: string) => string,
): Plan {
  const plural = PLURALS[kind] ?? `${kind}s`;
  const events = [...new Set(plan.talks(plan.total).map((talk) => talk.event))];
  // "Was there a keynote at devopsdays": each edition named (a few; else where it was asked).
  const names = events.slice(0, 4).map(eventName);
  const where = events.length > 4 ? '' : ` at ${names.join(', ').replace(/, (?=[^,]*$)/, ' or ')}`;
  const { scope } = plan;
  // "Is there a keynote by Nigel Kersten": whose (or which day's) talks were asked about too.
  const whose =
    scope.kind === 'speaker'
      ? ` by ${scope.name}`
      : scope.kind === 'company'
        ? ` from ${scope.name}`
        : scope.kind === 'date'
          ? ` on ${scope.label}`
          : '';
  const list = `${plural}${whose}${where}`;
  const offered = events.length === 1 ? [`talks${whose}${where}`, plural] : [plural];
  return { kind: 'none', suggestions: offered, fewer: { list, ordinal: '', count: 0 } };
}

/** The words as typed (their case kept), where folding changed nothing but the case. */
function spanTyped(text: string, folded: string): string {
  const at = text.toLowerCase().indexOf(folded);
  return at >= 0 ? text.slice(at, at + folded.length) : folded;
}
