import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * `**Hamza Qureshi** (Shamrock Freight)`: a person in bold and, in parentheses, one more name —
 * their company. It reads like `**Title** (Jane Doe)`, but a title is seldom a person's name: it
 * is the speaker's line of the talk above it, no talk of its own. (`**Title** (Jane Doe, Acme)`
 * and a title that is no name stay talks.)
 */
export function boldPersonWithCompany(line: MdNode[]): boolean {
  const at = line.findIndex((node) => node.type !== 'text' || (node.value ?? '').trim() !== '');
  const bold = line[at];
  if (bold?.type !== 'strong') return false;
  const inner = /^\s*\(([^(),&;]{2,60})\)\s*$/.exec(plainText(line.slice(at + 1)));
  return inner !== null && looksLikeName(plainText(bold).trim());
}
