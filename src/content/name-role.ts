import { looksLikeName } from './speaker-names.ts';
import { ROLE_WORDS } from './speaker-role.ts';

/**
 * "Michael Rubin Senior Staff Engineer & TLM, Google", "Ana Lima Lead Developer at Acme": a
 * speaker's role written right after the name, with no comma between; the name is the words
 * before it. Asked only of text that holds a role's word (`ROLE_WORDS`).
 */
export function nameBeforeRole(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  // "Jan van der Berg Staff Engineer": the shortest name after which a role begins.
  for (let n = 2; n <= Math.min(5, words.length - 1); n++) {
    if (!ROLE_START.test(words[n] ?? '')) continue;
    const name = words.slice(0, n).join(' ');
    // "Developer Productivity Engineering – …": a title's words, neither a name nor a role.
    const role = words.slice(n).join(' ');
    return looksLikeName(name) && !ROLE_WORDS.test(`${name} `) && ROLE_WORDS.test(` ${role} `)
      ? name
      : undefined;
  }
  return undefined;
}

/** The first word of a job's title. */
const ROLE_START =
  /^(?:sr\.?|senior|staff|principal|lead|chief|head|director|vp|svp|cto|ceo|cio|coo|founder|co-founder|software|engineering|developer|engineer|manager|architect|distinguished|solutions?|product)$/i;
