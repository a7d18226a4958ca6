import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * A talk written as a block quote (`> **Title**` / `> Jane Doe, Acme` / `> notes…`): the quote is
 * only the author's frame, so it is read as the same lines without `> `. Only a quote whose first
 * line is a bold title alone and whose second line names people is unwrapped; a quote of a
 * sentence (`> "Every problem is a vacuum problem."`) stays a quote.
 */
export function unquoteTalks(nodes: MdNode[]): MdNode[] {
  if (!nodes.some(isQuotedTalk)) return nodes;
  return nodes.flatMap((node) => (isQuotedTalk(node) ? node.children : [node]));
}

function isQuotedTalk(node: MdNode): boolean {
  if (node.type !== 'blockquote') return false;
  const first = node.children[0];
  if (first?.type !== 'paragraph') return false;
  const lines = splitLines(first.children);
  const [title, who] = lines;
  if (lines.length < 2 || !title || !who) return false;
  const bold = title.filter((n) => n.type !== 'text' || (n.value ?? '').trim() !== '');
  if (bold.length !== 1 || bold[0]?.type !== 'strong') return false;
  const name = plainText(who).trim();
  return name.length > 0 && name.length < 120 && speakerLine(name, true) !== undefined;
}
