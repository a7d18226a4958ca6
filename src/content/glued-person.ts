import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';

/**
 * "Designing an engineering team Jack Danger, former Square, is a great speaker…": a list's
 * title with its speaker glued on, no mark between them. Read only on strong evidence: a given
 * name, a family name, then the person's company between commas (", former Square,", ", at
 * Loadwise,", ", from Fjordline,"). Given names that are words of titles too (Jack, Grace, Ray)
 * count here, the role after them saying it is a person.
 */
const GLUED =
  /\s(\p{Lu}\p{Ll}+)\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s(?:(former(?:ly)?(?:\s(?:at|of|with))?|ex-?|previously(?:\sat)?)|(at|from|of|with|@))\s?(\p{Lu}[\p{L}\d&.'’-]*(?:\s\p{Lu}[\p{L}\d&.'’-]*){0,2}),\s/u;

const TITLE_WORD_NAMES = new Set(
  'jack grace ray rose hunter julia hugo miles amber max will bill pat dean joy hope frank sue art'.split(
    ' ',
  ),
);

export interface GluedPerson {
  /** Where the person starts in the text (the title ends there). */
  at: number;
  speaker: Speaker;
}

export function gluedPerson(text: string): GluedPerson | undefined {
  // Cheapest first: the comma before the company and after it.
  if (!text.includes(', ')) return undefined;
  const match = GLUED.exec(text.slice(0, 240));
  const given = match?.[1];
  if (!match || !given || !match[2]) return undefined;
  if (!isGivenName(given) && !TITLE_WORD_NAMES.has(given.toLowerCase())) return undefined;
  const name = `${given} ${match[2]}`;
  // "former Square": where they worked, not their company now.
  const company = match[4] ? match[5] : undefined;
  return { at: match.index + 1, speaker: company ? { name, company } : { name } };
}
