import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/** "Speaker:", "**Slides:**", "Video link:": a short label that starts a line of talk facts. */
const FIELD = /^[\p{L}][\p{L} ]{0,24}:\s*\S/u;

/**
 * "**Speaker:** Jane Doe (Acme)" / "**Slides:** [link]" / "**Video:** https://…" written as the
 * lines of one paragraph: each line is a fact of its own, read as if it were its own paragraph.
 */
export function splitFieldParagraphs(nodes: MdNode[]): MdNode[] {
  if (!nodes.some(isFieldParagraph)) return nodes;
  return nodes.flatMap((node) =>
    isFieldParagraph(node)
      ? splitLines(node.children).map((line, i) => ({
          ...node,
          line: node.line + i,
          children: line,
        }))
      : [node],
  );
}

function isFieldParagraph(node: MdNode): boolean {
  if (node.type !== 'paragraph' || !node.children.some(hasNewline)) return false;
  const lines = splitLines(node.children);
  return lines.length >= 2 && lines.length <= 12 && lines.every((l) => FIELD.test(plainText(l)));
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
