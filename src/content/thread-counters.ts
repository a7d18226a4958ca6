import type { MdNode } from './markdown.ts';

/**
 * A thread pasted whole, each post ending with its counter: `… leak a job. (2/9)`, `… 10/10. 3/9`,
 * `[4/9]`. The counter is moved to the post's start (`2/ …`), where threads more often write it
 * and where it is read: the next post ends the talk before it, and the number is no note. Read so
 * only where two paragraphs at least end so, and the count is one of a thread (`24/7` is none).
 */
export function threadCounters(nodes: MdNode[]): MdNode[] {
  let counted = 0;
  for (const node of nodes) if (counter(node) && ++counted >= 2) break;
  if (counted < 2) return nodes;
  return nodes.map((node) => {
    const found = counter(node);
    if (!found) return node;
    const children = [...node.children];
    const last = children[children.length - 1] as MdNode;
    children[children.length - 1] = { ...last, value: (last.value ?? '').slice(0, found.at) };
    const first = children[0] as MdNode;
    if (first.type === 'text')
      children[0] = { ...first, value: `${found.number}/ ${(first.value ?? '').trimStart()}` };
    return { ...node, children };
  });
}

function counter(node: MdNode): { number: number; at: number } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'text') return undefined;
  const value = last.value ?? '';
  // Most paragraphs end with a word or a stop: only a digit or a bracket before the end is asked.
  if (!/[\d)\]]\s*$/.test(value)) return undefined;
  const match = COUNTER.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  const number = Number(match[1]);
  const of = match[2] === 'n' ? number : Number(match[2]);
  if (number < 1 || of < 2 || number > of) return undefined;
  return { number, at: match.index };
}

/** " (2/9)", " [2/9]", " 2/9", " (3/n)" at the end of a paragraph. */
const COUNTER = /\s*(?:🧵\s*)?[([]?\b(\d{1,3})\s?\/\s?(\d{1,3}|n)[)\]]?\s*$/u;
