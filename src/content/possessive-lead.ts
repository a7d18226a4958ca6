import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * "- Rachel Ames's keynote [Twenty Years Freelance](…) - why she never took a job", "- Cam Ode's
 * [A Sound Matcher in Python](…) - …": a bullet that opens with the speaker's name in the
 * possessive, perhaps the kind of session, then the talk's linked (or bold) title.
 */
export function possessiveLead(
  children: MdNode[],
): { index: number; speakers: Speaker[]; kind?: string } | undefined {
  const [first, second] = children;
  // Cheap first: a text then a link or bold title, the text ending in "'s" or "s'" and a word.
  if (first?.type !== 'text' || !second) return undefined;
  if (second.type !== 'link' && second.type !== 'strong' && second.type !== 'emphasis')
    return undefined;
  const text = first.value ?? '';
  if (text.length > 80 || !/['’]/.test(text)) return undefined;
  const found = POSSESSIVE_LEAD.exec(text);
  const name = found?.[1];
  if (!name || !looksLikeName(name)) return undefined;
  const kind = found[2]?.trim();
  const speakers = [{ name }];
  return kind ? { index: 1, speakers, kind: KINDS[kind.toLowerCase()] } : { index: 1, speakers };
}

/** Case-exact: the name's words are capitalised ("the team's talk" names nobody); the kind is either case. */
const POSSESSIVE_LEAD =
  /^\s*(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})(?:['’]s|s['’])\s+((?:[Oo]pening |[Cc]losing )?[Kk]eynote|[Ll]ightning [Tt]alk|[Tt]alk|[Ww]orkshop|[Ss]ession|[Pp]resentation)?\s*$/u;

const KINDS: Record<string, string | undefined> = {
  keynote: 'Keynote',
  'opening keynote': 'Keynote',
  'closing keynote': 'Keynote',
  'lightning talk': 'Lightning talk',
  workshop: 'Workshop',
};
