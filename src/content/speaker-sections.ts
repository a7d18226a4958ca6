import { factLine } from './entry-headings.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { labelledPeople } from './speaker-heading.ts';
import { isKindAlone } from './title-marks.ts';

/**
 * "## Keynotes" over "### Speaker: Hadi Hariri", "### Speaker: Tuva Lie", each over its notes: a
 * group of talks that heads each one with its speaker, not its title. Each such heading becomes
 * the talk's heading, titled by a line that is only bold or italic text right under it
 * ("**The state of Kotlin**", which then leaves the notes), else by the group's kind and the
 * person ("Keynote by Tuva Lie"); the label becomes the talk's `Speaker:` line. Read so only
 * where two headings at least under one group are labelled so and every heading under it is:
 * "## Tide tables" over one "### Speaker: Marta Kowalczyk" is a talk and its speaker (see
 * `speakerHeadings`).
 */
export function speakerSections(nodes: MdNode[]): MdNode[] {
  /** What stands in the place of a node: the talk's heading and its label's line, or nothing. */
  const swaps = new Map<number, MdNode[]>();
  for (const [i, group] of nodes.entries()) {
    if (group.type !== 'heading') continue;
    const depth = group.depth ?? 1;
    const subs: number[] = [];
    for (let j = i + 1; j < nodes.length; j++) {
      const node = nodes[j] as MdNode;
      if (node.type !== 'heading') continue;
      if ((node.depth ?? 1) <= depth) break;
      subs.push(j);
    }
    if (subs.length < 2) continue;
    const people = subs.map((k) => {
      const node = nodes[k] as MdNode;
      return node.depth === depth + 1 ? labelledPeople(plainText(node).trim()) : undefined;
    });
    if (!people.every((names) => names !== undefined)) continue;
    const kind = kindOf(plainText(group).trim());
    for (const [n, k] of subs.entries()) {
      const node = nodes[k] as MdNode;
      const next = nodes[k + 1];
      const own = next ? titleLine(next) : undefined;
      const title = own ?? `${kind} by ${people[n]?.join(' and ')}`;
      const heading: MdNode = { ...factLine(node.line, title), type: 'heading', depth: node.depth };
      const label: MdNode = { type: 'paragraph', line: node.line, children: node.children };
      swaps.set(k, [heading, label]);
      // The bold title's line is the heading's now.
      if (own) swaps.set(k + 1, []);
    }
  }
  return swaps.size === 0 ? nodes : nodes.flatMap((node, i) => swaps.get(i) ?? [node]);
}

/** "Keynotes" → "Keynote", "Lightning talks" → "Lightning talk", else "Talk". */
function kindOf(group: string): string {
  const one = group.replace(/s$/i, '');
  return isKindAlone(one) ? one.charAt(0).toUpperCase() + one.slice(1) : 'Talk';
}

/** "**The state of Kotlin**", "*Why mocks lie*": a paragraph only of bold or italic words. */
function titleLine(node: MdNode): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [only, ...more] = node.children.filter((child) => child.type !== 'text' || child.value);
  if (more.length > 0 || (only?.type !== 'strong' && only?.type !== 'emphasis')) return undefined;
  const text = plainText(only).trim();
  return text.length >= 3 && text.length <= 120 && !text.includes('\n') ? text : undefined;
}
