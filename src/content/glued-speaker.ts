import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { ROLE_WORDS } from './speaker-role.ts';

/**
 * "Scaling Postgres Jane Roe – Acme", "Loki, Written in Go Tom Wilkie – Director of Engineering,
 * Weaveworks": the dash parts the name from its company instead of from the title, so the name
 * is glued to the title's end. Read only where the words before the dash end in a common given
 * name (`given-names.ts`) and a surname, and what follows the dash is a company (a role before
 * it, after a comma; `read` is what was read after the dash as people): "Talking to Ada Lovelace – A History" stays a title and its subtitle.
 */
export function gluedSpeaker(
  left: string,
  right: string,
  read: Speaker[] | undefined,
): { title: string; speakers: Speaker[] } | undefined {
  // "Lead Engineer, Nordbank" read as a person: a role, not a name.
  if (read && !(read.length === 1 && ROLE_WORDS.test(` ${read[0]?.name} `))) return undefined;
  const words = left.trim().split(/\s+/);
  if (words.length < 4) return undefined;
  const given = words.at(-2) ?? '';
  const family = words.at(-1) ?? '';
  if (!isGivenName(given) || !SURNAME.test(family)) return undefined;
  const title = words.slice(0, -2).join(' ');
  // "Go Tom": the title ends in a word, not in a name's particle or an article.
  if (!/[\p{L}\p{N})?!]$/u.test(title) || LINKING.test(words.at(-3) ?? '')) return undefined;
  const after = right.trim();
  const comma = after.lastIndexOf(', ');
  const company = comma === -1 ? after : after.slice(comma + 2).trim();
  const role = comma === -1 ? undefined : after.slice(0, comma).trim();
  if (!COMPANY.test(company) || SUBTITLE_START.test(company)) return undefined;
  if (role !== undefined && !ROLE_WORDS.test(` ${role} `)) return undefined;
  if (role === undefined && company.split(' ').length > 2) return undefined;
  const name = `${given} ${family}`;
  return { title, speakers: [{ name, company, ...(role ? { role } : {}) }] };
}

const SURNAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** "with", "and", "of": the name would be the title's object ("Pairing with Jane Roe"). */
const LINKING =
  /^(?:with|and|or|of|by|for|to|from|about|meets?|vs\.?|versus|feat\.?|featuring|&|\+|a|an|the|dear|hi|hello|dr\.?|mr\.?|ms\.?|mrs\.?)$/i;
/** A company's name: one to four capitalised words ("Giant Swarm", "Go Kit/Weaveworks"). */
const COMPANY = /^[\p{Lu}\d][\p{L}\d&.'’/-]*(?:\s+[\p{Lu}\d&][\p{L}\d&.'’/-]*){0,3}$/u;
/** "A History", "The Sequel", "Part 2": a subtitle, not a company. */
const SUBTITLE_START = /^(?:a|an|the|part|episode|chapter|vol\.?|day|live|redux|revisited)\b/i;
