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
  // "> **Lightning talks**" over "> - *Title* — Jane Doe" items: that group's talks.
  if (lightningLabel(first) && node.children[1]?.type === 'list') return true;
  const lines = splitLines(first.children);
  const [title, who] = lines;
  if (lines.length < 2 || !title || !who) return false;
  const bold = title.filter((n) => n.type !== 'text' || (n.value ?? '').trim() !== '');
  if (bold.length !== 1 || bold[0]?.type !== 'strong') return false;
  const name = plainText(who).trim();
  return name.length > 0 && name.length < 120 && speakerLine(name, true) !== undefined;
}

/** A paragraph that is only `**Lightning talks**` (or `Ignite talks`, `Quickies`) in bold. */
export function lightningLabel(paragraph: MdNode): boolean {
  // Asked of every paragraph: a label is one bold run, maybe with blanks around it.
  if (paragraph.type !== 'paragraph' || paragraph.children.length > 3) return false;
  if (!paragraph.children.some((n) => n.type === 'strong')) return false;
  const marked = paragraph.children.filter(
    (n) => n.type !== 'text' || (n.value ?? '').trim() !== '',
  );
  return (
    marked.length === 1 &&
    marked[0]?.type === 'strong' &&
    LIGHTNING_GROUP.test(plainText(marked[0]).trim())
  );
}

/**
 * Sessions of several short talks: "Lightning talks", "Ignite talks", "Quickies", "Lightning round",
 * and in Japanese, Chinese and Korean notes "LT大会", "ライトニングトーク", "闪电演讲", "라이트닝 토크".
 */
export const LIGHTNING_GROUP =
  /^(?:the\s+)?(?:lightning|ignite|short|flash|rapid[- ]fire)\s+(?:talks|round|session|sessions)$|^(?:lightning|ignite|quickies|lightning talks?)$|^(?:LT|LT\s?大会|LT会|ライトニングトーク(?:大会)?|闪电演讲|라이트닝 ?토크)$/iu;
