import { splitLines } from './field-lines.ts';
import { newline } from './labelled-items.ts';
import type { MdNode } from './markdown.ts';

/**
 * Footnotes that carry a talk's links, as a post written in a Markdown editor with footnotes
 * keeps them: `…effect systems are mainstream.[^1]` in the talk's notes, `[^1]: Slides: https://…`
 * at the end of the post. Each definition is moved to just after the first block that marks it,
 * so its links are that talk's, not the last talk's (its text stays no note: see `notesFrom`).
 * A definition no block marks stays where it is. One pass over the blocks' text.
 */
export function footnotesInPlace(written: MdNode[]): MdNode[] {
  if (!written.some((node) => definitionLabel(node) !== undefined)) return written;
  // "[^1]: …" / "[^2]: …" on the lines of one paragraph: a definition each.
  const nodes = written.flatMap((node) =>
    definitionLabel(node) === undefined ? [node] : eachDefinition(node),
  );
  const definitions = new Map<string, MdNode>();
  for (const node of nodes) {
    const label = definitionLabel(node);
    if (label !== undefined && !definitions.has(label)) definitions.set(label, node);
  }
  const placed = new Set<MdNode>();
  const after = new Map<MdNode, MdNode[]>();
  for (const node of nodes) {
    if (definitions.has(definitionLabel(node) ?? '')) continue;
    for (const label of marksIn(node)) {
      const definition = definitions.get(label);
      if (!definition || placed.has(definition)) continue;
      placed.add(definition);
      const placedAfter = after.get(node);
      if (placedAfter) placedAfter.push(definition);
      else after.set(node, [definition]);
    }
  }
  if (placed.size === 0) return nodes;
  return nodes.flatMap((node) =>
    placed.has(node) ? [] : after.has(node) ? [node, ...(after.get(node) ?? [])] : [node],
  );
}

/** A paragraph of definitions cut at each line that starts one (other lines go on the one above). */
function eachDefinition(paragraph: MdNode): MdNode[] {
  const parts: MdNode[][] = [];
  for (const line of splitLines(paragraph.children)) {
    const first = line[0];
    const starts = first?.type === 'text' && DEFINITION.test(first.value ?? '');
    const last = parts.at(-1);
    if (starts || !last) parts.push([...line]);
    else last.push(newline(first?.line ?? paragraph.line), ...line);
  }
  return parts.map((children) => ({
    ...paragraph,
    line: children[0]?.line ?? paragraph.line,
    children,
  }));
}

/** "[^1]: Slides: …": the label of a footnote's definition, a paragraph of its own. */
function definitionLabel(node: MdNode): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const first = node.children[0];
  return first?.type === 'text' ? DEFINITION.exec(first.value ?? '')?.[1] : undefined;
}

const DEFINITION = /^\[\^([^\]\s]{1,20})\]:/;
const MARK = /\[\^([^\]\s]{1,20})\](?!:)/g;

/** The footnote labels a block marks, in order ("…mainstream.[^1]"). */
function marksIn(node: MdNode): string[] {
  const labels: string[] = [];
  const visit = (n: MdNode): void => {
    if (n.type === 'text' && n.value?.includes('[^'))
      for (const match of n.value.matchAll(MARK)) if (match[1]) labels.push(match[1]);
    for (const child of n.children) visit(child);
  };
  visit(node);
  return labels;
}
