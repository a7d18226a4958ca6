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
    else if (
      node.type !== 'text' ||
      !/^[\s|·•,/&–—-]*(?:and)?[\s|·•,/&–—-]*$/i.test(node.value ?? '')
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
