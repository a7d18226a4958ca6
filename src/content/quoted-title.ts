import type { DraftTalk } from './talk-body.ts';

/**
 * A heading that is the author's own headline over a talk whose real title the notes quote
 * first: `## Ingrid Solheim: Stop guessing your capacity` over "In her keynote “Capacity
 * planning with queueing theory, not vibes” Ingrid Solheim showed…" (also "In his session “…”",
 * "Mei Tanaka’s talk “…”", "the talk, titled “…”"). The quoted words are the talk's official
 * title; the headline stays its title (and "keynote" makes it one). Read only for a talk whose heading names its speaker, in
 * the first sentence of its first note, and where the quoted words are not the heading's.
 */
const QUOTED_AFTER_TALK_WORD =
  /(?:^|[\s,;(])(?:(?:in|during|with|at)\s+)?(?:(her|his|their|the|this)|(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})['’]s?)\s+(?:(?:opening|closing|welcome|morning|afternoon|evening|first|second|last|final|main)\s+)?(keynote|talk|session|presentation|lecture|workshop)\s*,?\s*(?:(?:titled|entitled|called|named)\s+)?[“"«„]([^”"»“\n]{6,140}?)[,.]?[”"»“]/u;

export function quotedOfficialTitle(
  draft: DraftTalk,
): { title: string; kind?: 'Keynote' | 'Workshop' } | undefined {
  const first = draft.notes[0];
  if (draft.speakers.length === 0 || !first || first.children.length > 0) return undefined;
  // Cheapest first: a quote mark in the note's first 300 characters.
  const opening = first.text.slice(0, 300);
  if (!/[“"«„]/.test(opening)) return undefined;
  const match = QUOTED_AFTER_TALK_WORD.exec(opening);
  const quoted = match?.[4]?.trim();
  if (!match || !quoted || quoted.split(/\s+/).length < 2 || !/^[\p{Lu}\d]/u.test(quoted))
    return undefined;
  // The first sentence only: "… last year. In the talk “…”" may cite another talk.
  if (/[.!?]\s/.test(opening.slice(0, match.index))) return undefined;
  if (same(quoted, draft.title)) return undefined;
  // "Mei Tanaka’s talk": the possessor is the speaker, by a name of theirs.
  const owner = match[2];
  if (owner && !draft.speakers.some((s) => s.name && namesMatch(owner, s.name))) return undefined;
  const word = match[3];
  return word === 'keynote'
    ? { title: quoted, kind: 'Keynote' }
    : word === 'workshop'
      ? { title: quoted, kind: 'Workshop' }
      : { title: quoted };
}

function same(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return fold(a) === fold(b);
}

function namesMatch(owner: string, name: string): boolean {
  const words = name.split(/\s+/);
  return owner === name || owner.split(/\s+/).every((word) => words.includes(word));
}
