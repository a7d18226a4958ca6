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
  // Asked of every paragraph: most do not start in bold.
  if (line[0]?.type !== 'strong' && line[1]?.type !== 'strong') return false;
  const at = line.findIndex((node) => node.type !== 'text' || (node.value ?? '').trim() !== '');
  const bold = line[at];
  if (bold?.type !== 'strong') return false;
  // Only the first line: the notes may follow it in the same paragraph.
  const next = line[at + 1];
  if (next?.type !== 'text') return false;
  const value = next.value ?? '';
  const end = value.indexOf('\n');
  if (end < 0 && line.length > at + 2 && line[at + 2]?.type !== 'break') return false;
  const inner = /^\s*\(([^(),&;]{2,60})\)\s*$/.exec(end < 0 ? value : value.slice(0, end));
  return inner !== null && looksLikeName(plainText(bold).trim());
}
