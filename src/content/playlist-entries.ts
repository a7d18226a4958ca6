import { entriesAsHeadings, factLine } from './entry-headings.ts';
import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * A video playlist copied from its page (YouTube): an entry per paragraph — its number, its
 * length, the title (`✅ Title | Jane Doe`), the channel and `12K views • 3 weeks ago`. Each entry
 * is read as a heading of its title, one level under the heading above it, as if the author had
 * written the talks so; the page's other lines (length, channel, views, `Now playing`) are no
 * notes. A trailer or an aftermovie is no talk, and leaves nothing.
 */
export function playlistHeadings(nodes: MdNode[]): MdNode[] {
  return entriesAsHeadings(nodes, 2, entryTitle, ({ title, length }, node, depth, out) => {
    if (NOT_A_TALK.test(plainText(title))) return;
    const line = title[0]?.line ?? node.line;
    out.push({ type: 'heading', line, depth, children: title });
    // Its length, a fact of the talk (no note): what the entry says under its title.
    out.push(factLine(line, `Duration: ${length}`));
  });
}

/** An entry's title line and length, or undefined for a paragraph that is no playlist entry. */
function entryTitle(node: MdNode): { title: MdNode[]; length: string } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const first = node.children[0];
  if (first?.type !== 'text' || !/^\s*\d{1,4}\s*\n/.test(first.value ?? '')) return undefined;
  const lines = splitLines(node.children).filter((line) => plainText(line).trim() !== '');
  if (lines.length < 5 || lines.length > 7) return undefined;
  const text = lines.map((line) => plainText(line).trim());
  if (!/^\d{1,2}(?::\d{2}){1,2}$/.test(text[1] ?? '') || !VIEWS.test(text.at(-1) ?? ''))
    return undefined;
  // "Now playing" may stand between the length and the title; the channel follows it.
  const at = /^now playing$/i.test(text[2] ?? '') ? 3 : 2;
  const title = lines[at];
  return at === text.length - 3 && title ? { title, length: text[1] ?? '' } : undefined;
}

const VIEWS = /^[\d.,]+\s*[KkMm]?\s+views?\b/;
const NOT_A_TALK =
  /\b(?:after ?movie|trailer|teaser|promo|highlights? reel|sizzle reel|recap video)\b/i;
