import type { Speaker } from '../model.ts';
import type { HeadingParts } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import type { Section } from './sections.ts';

/**
 * A speaker known by one name, after a dash: `Chaos days — Femi (Gridlock Games)` (the company
 * in parentheses says it is a person), `Drift: the silent killer — Bethan` where the notes call
 * her so ("Bethan closed the night…"). `GraphQL — Revisited` names no one.
 */
export function singleNameAfterDash(
  section: Section,
  parts: HeadingParts,
): HeadingParts | undefined {
  const dash = parts.title.search(LAST_DASH);
  const match = dash > 0 ? SINGLE_NAME.exec(parts.title.slice(dash)) : null;
  if (!match?.[1] || !/\p{L}/u.test(parts.title.slice(0, dash))) return undefined;
  const [, name, company] = match;
  const title = parts.title.slice(0, dash).trim();
  if (company) return { ...parts, title, speakers: [{ name, company }] };
  const body = plainText(section.body.slice(0, 6)).slice(0, 4000);
  if (!new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}'’-])`, 'u').test(body)) return undefined;
  return { ...parts, title, speakers: [{ name }] };
}

/** `Title — Femi (Gridlock Games)`, `Title — Bethan`: a title, a dash, one capitalised name. */
const LAST_DASH = /\s[—–-]\s+\p{Lu}[^—–]{0,80}$/u;
const SINGLE_NAME = /^\s[—–-]\s+(\p{Lu}\p{Ll}{2,20})(?:\s+\((\p{Lu}[^()]{1,60})\))?$/u;

/**
 * `Speaker: Sophia (Mistral AI)`: after a speaker's label, one capitalised name with a company in
 * parentheses is a person who goes by one name, of that company.
 */
export function oneNameWithCompany(text: string): Speaker | undefined {
  const match = ONE_NAME_COMPANY.exec(text.trim());
  return match?.[1] && match[2] ? { name: match[1], company: match[2].trim() } : undefined;
}

const ONE_NAME_COMPANY = /^(\p{Lu}\p{Ll}{2,20})\s+\((\p{Lu}[^()]{1,60})\)$/u;

/**
 * `"Title" — Femi (Gridlock Games)`, `"Title" by Femi (Gridlock Games)`: a talk of a log's line
 * whose speaker goes by one name, with their company.
 */
export function quotedSingleName(
  text: string,
): { title: string; speakers: Speaker[]; notes?: string; kind?: string } | undefined {
  const match = QUOTED_SINGLE.exec(text.trim());
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { title: match[1].trim(), speakers: [{ name: match[2], company: match[3].trim() }] };
}

const QUOTED_SINGLE =
  /^"([^"]{3,150})"\s+(?:[—–-]|by)\s+(\p{Lu}\p{Ll}{2,20})\s+\((\p{Lu}[^()]{1,60})\)$/u;

/**
 * A vault's note of a talk, linked from a daily note's log (`[[Talk - Tracing the untraceable]]`):
 * its title, in quotes, as a log's line names a talk; the other links read as their text.
 */
export function vaultTalkTitles(children: MdNode[]): MdNode[] {
  if (!children.some((child) => child.type === 'text' && (child.value ?? '').includes('[[')))
    return children;
  return children.map((child) =>
    child.type === 'text' && (child.value ?? '').includes('[[')
      ? { ...child, value: (child.value ?? '').replace(VAULT_TALK, '"$1"') }
      : child,
  );
}

const VAULT_TALK =
  /\[\[(?:talk|session|keynote|lightning talk)\s*[-–—:]\s*([^[\]|\n]{3,200}?)(?:\|[^[\]\n]*)?\]\]/gi;
