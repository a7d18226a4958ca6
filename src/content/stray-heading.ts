import { splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/** What a heading's own notes are made of. */
const NOTES = new Set<MdNode['type']>(['list', 'paragraph', 'blockquote', 'table', 'code']);
/** Headings looked at as stray at most, in one file. */
const MAX_CANDIDATES = 50;

const namesSpeaker = (heading: MdNode): boolean =>
  splitHeading(plainText(heading)).speakers.some((speaker) => speaker.name);

/**
 * "# Bundlers are dead by Bob Stone" among the `##` talks of a post: a talk whose heading got one
 * mark too few. Read at its level it would group every talk after it (and the post's title the
 * talks before). A heading above the next one, naming a speaker, with notes of its own, where
 * that next heading and another of its level name theirs, is a talk of that level. The post's
 * first heading (its title) stays as written.
 */
export function strayTalkHeadings(nodes: MdNode[]): MdNode[] {
  const headings: number[] = [];
  for (const [i, node] of nodes.entries()) if (node.type === 'heading') headings.push(i);
  let out: MdNode[] | undefined;
  let looked = 0;
  for (let k = 1; k < headings.length - 1 && looked < MAX_CANDIDATES; k++) {
    const i = headings[k] as number;
    const next = headings[k + 1] as number;
    const [node, after] = [nodes[i] as MdNode, nodes[next] as MdNode];
    const level = after.depth ?? 1;
    if ((node.depth ?? 1) >= level) continue;
    if (!nodes.slice(i + 1, next).some((n) => NOTES.has(n.type))) continue;
    looked++;
    if (!namesSpeaker(node) || !namesSpeaker(after)) continue;
    const other = headings.find(
      (j) => j !== next && nodes[j]?.depth === level && namesSpeaker(nodes[j] as MdNode),
    );
    if (other === undefined) continue;
    out ??= nodes.slice();
    out[i] = { ...node, depth: level };
  }
  return out ?? nodes;
}
