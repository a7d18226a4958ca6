import { sessionPart } from './company-words.ts';
import type { HeadingParts } from './heading-title.ts';
import { isCompanyLike, looksLikeName } from './speaker-names.ts';
import { cleanTitle } from './title-marks.ts';

/**
 * A heading that puts the person first and the rest after bars, as a badge reads: `Julia Evans |
 * @bork | Stripe | "Impossible Program"`, `Tea Ho | @teabait | donorschoose.org | Accessibility`.
 * The handle (`@bork`, or one word in small letters: `wickyvinn`) is no part of it; the title is
 * the part in quotes, else the last; one other part is the company ("Formerly Khan Academy" is
 * none). Three parts at least, and no other part a person's name (`Title | Jane Doe | Acme` is
 * read elsewhere).
 */
export function barPerson(text: string): HeadingParts | undefined {
  const parts = text.split(BAR).map((part) => part.trim());
  if (parts.length < 3 || parts.length > 5) return undefined;
  const [name = '', ...rest] = parts;
  // "Schema Registries | Workshop | Track B": a programme's line, the session's kind and place.
  if (!looksLikeName(name) || rest.some(sessionPart)) return undefined;
  const quoted = rest.filter((part) => QUOTED.test(part));
  const others = rest.filter((part) => !QUOTED.test(part) && !HANDLE.test(part));
  if (
    quoted.length > 1 ||
    others.some((part) => !FORMER.test(part) && looksLikeName(part) && !isCompanyLike(part))
  )
    return undefined;
  const title = quoted[0]?.slice(1, -1) ?? others.pop();
  if (!title || others.length > 1) return undefined;
  const company = others[0] && !FORMER.test(others[0]) ? others[0] : undefined;
  return { title: cleanTitle(title), speakers: [company ? { name, company } : { name }] };
}

const BAR = /\s+\|\s+/;
const QUOTED = /^["“'‘«].+["”'’»]$/u;
/** "@bork", "wickyvinn": a handle, with its "@" or one word in small letters. */
const HANDLE = /^(?:@[\w.-]{1,40}|[a-z][a-z\d_]{2,30})$/;
const FORMER = /^(?:formerly|former|ex-|previously)\b/i;
