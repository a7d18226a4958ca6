import type { MdNode } from './markdown.ts';

/**
 * Paragraphs that are each one talk's entry (a playlist's, a speaker-first link line): when there
 * are `min` of them or more, each is replaced by what `emit` writes for it — a heading one level
 * under the heading above, and its facts — as if the author had written the talks so.
 */
export function entriesAsHeadings<E>(
  nodes: MdNode[],
  min: number,
  entryOf: (node: MdNode) => E | undefined,
  emit: (entry: E, node: MdNode, depth: number, out: MdNode[]) => void,
): MdNode[] {
  let entries = 0;
  for (const node of nodes) if (entryOf(node)) entries++;
  if (entries < min) return nodes;
  const out: MdNode[] = [];
  let depth = 2;
  for (const node of nodes) {
    if (node.type === 'heading') depth = Math.min((node.depth ?? 1) + 1, 6);
    const entry = entryOf(node);
    if (entry) emit(entry, node, depth, out);
    else out.push(node);
  }
  return out;
}

/** A paragraph of one line of text: a fact written under a talk's heading. */
export function factLine(line: number, value: string): MdNode {
  return { type: 'paragraph', line, children: [{ type: 'text', line, children: [], value }] };
}
