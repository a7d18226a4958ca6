import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/** "Speaker:", "**Slides:**", "Video link:": a short label that starts a line of talk facts. */
const FIELD = /^[\p{L}][\p{L} ]{0,24}[:：]\s*\S/u;

/**
 * "**Speaker:** Jane Doe (Acme)" / "**Slides:** [link]" / "**Video:** https://…" written as the
 * lines of one paragraph: each line is a fact of its own, read as if it were its own paragraph.
 */
export function splitFieldParagraphs(nodes: MdNode[]): MdNode[] {
  if (!nodes.some((node) => isFieldParagraph(node) || endsWithLinksLine(node))) return nodes;
  return nodes.flatMap((node) => {
    if (isFieldParagraph(node)) {
      return splitLines(node.children).map((line, i) => ({
        ...node,
        line: node.line + i,
        children: line,
      }));
    }
    if (!endsWithLinksLine(node)) return [node];
    // "Server components, explained.\n👉 [Watch](…)": the notes, and the talk's links apart.
    const lines = splitLines(node.children);
    const last = lines.pop() ?? [];
    const text = lines.flatMap((line, i) =>
      i === 0
        ? line
        : [{ type: 'text' as const, line: node.line + i, children: [], value: '\n' }, ...line],
    );
    return [
      { ...node, children: text },
      { ...node, line: node.line + lines.length, children: last },
    ];
  });
}

/** A paragraph of two lines or more whose last line is only links ("👉 [Watch](…)"). */
function endsWithLinksLine(node: MdNode): boolean {
  if (node.type !== 'paragraph') return false;
  const tail: MdNode[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i] as MdNode;
    if (child.type === 'break') return isLinksLine(tail);
    if (child.type === 'text' && (child.value ?? '').includes('\n')) {
      const value = child.value ?? '';
      return isLinksLine([{ ...child, value: value.slice(value.lastIndexOf('\n') + 1) }, ...tail]);
    }
    tail.unshift(child);
    if (tail.length > 20) return false;
  }
  return false;
}

function isFieldParagraph(node: MdNode): boolean {
  if (node.type !== 'paragraph' || !node.children.some(hasNewline)) return false;
  const lines = splitLines(node.children);
  if (lines.length < 2 || lines.length > 12) return false;
  // "**Speaker:** Jane Doe, Acme" over "[Slides](…) | [Recording](…)": a line of the talk's
  // links is a fact of its own too, not the rest of the speaker's company.
  let fields = 0;
  for (const line of lines) {
    if (FIELD.test(plainText(line))) fields++;
    else if (!isLinksLine(line)) return false;
  }
  return fields > 0;
}

/** Links and nothing but separators between them ("[Slides](…) · [Video](…)"). */
function isLinksLine(line: MdNode[]): boolean {
  let links = 0;
  for (const node of line) {
    if (node.type === 'link') links++;
    // Separators, pointing signs and "and" between the links: no words of their own.
    else if (
      node.type !== 'text' ||
      /[\p{L}\p{N}]/u.test((node.value ?? '').replace(/\b(?:and|or)\b/gi, ''))
    )
      return false;
  }
  return links > 0;
}

function hasNewline(node: MdNode): boolean {
  return node.type === 'break' || (node.type === 'text' && (node.value ?? '').includes('\n'));
}

/** Inline nodes cut at line breaks (soft or hard). */
export function splitLines(children: MdNode[]): MdNode[][] {
  const lines: MdNode[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !(child.value ?? '').includes('\n')) {
      lines.at(-1)?.push(child);
      continue;
    }
    const parts = (child.value ?? '').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)?.push({ ...child, value: part });
    });
  }
  return lines;
}
