import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { namedOnly } from './person-headings.ts';

/**
 * A post that goes person by person, each talk's facts under headings of their own: "## Taiwo"
 * over "### Talk Title" over "Self-Assessment: A Growth Pointer", then "### Description" and
 * "### Bio" (a community's list of lightning talks and their speakers). The talk is titled by the
 * line under "Talk Title", its speaker the heading above: the person's heading becomes the talk's
 * and the field's heading and line its `Speaker:` line. A person whose "Talk Title" is left empty
 * gave no talk: their heading becomes a plain line. Read so only where two people at least are
 * written so, the field one level under the name.
 */
export function titleFieldHeadings(nodes: MdNode[]): MdNode[] {
  // Two fields at least, or no name is looked at: most posts have none.
  let fields = 0;
  for (const node of nodes) {
    if (node.type === 'heading' && TITLE_FIELD.test(plainText(node).trim()) && ++fields === 2)
      break;
  }
  if (fields < 2) return nodes;
  const found: { person: number; field: number; title: string | undefined }[] = [];
  let person = -1;
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'heading') continue;
    const depth = node.depth ?? 1;
    const owner = person >= 0 ? nodes[person] : undefined;
    if (owner && depth === (owner.depth ?? 1) + 1 && TITLE_FIELD.test(plainText(node).trim())) {
      const next = nodes[i + 1];
      const title = next?.type === 'paragraph' ? oneLine(next) : undefined;
      found.push({ person, field: i, title });
      person = -1;
      continue;
    }
    if (owner && depth > (owner.depth ?? 1)) continue;
    person = personName(plainText(node).trim()) ? i : -1;
  }
  if (found.filter((entry) => entry.title !== undefined).length < 2) return nodes;
  const out: MdNode[] = [...nodes];
  const after = new Map<number, MdNode>();
  for (const { person: at, field, title } of found) {
    const heading = nodes[at] as MdNode;
    const name = plainText(heading).trim();
    out[field] = EMPTY;
    if (title === undefined) {
      out[at] = line(heading.line, name);
      continue;
    }
    // The speaker's line right under the talk's heading, wherever the field was ("### Bio" first).
    out[at] = { ...heading, children: [text(heading.line, title)] };
    after.set(at, line(heading.line, `Speaker: ${name}`));
    out[field + 1] = EMPTY;
  }
  return out.flatMap((node, i) => {
    if (node === EMPTY) return [];
    const speaker = after.get(i);
    return speaker ? [node, speaker] : [node];
  });
}

/** "Talk Title", "Title", "Talk", "Session title", "Titel", "Título": the field of a talk's title. */
const TITLE_FIELD =
  /^(?:(?:talk|session|presentation)(?:\s+title)?|title|talk's title|titel|t[íi]tulo|titre|titolo)\s*[:：]?$/iu;

/** "Taiwo", "BekahHW", "Amy Shackles": a person's name, or one capitalised word as a handle is. */
function personName(text: string): boolean {
  if (text === '' || text.length > 60) return false;
  if (/^\p{Lu}[\p{L}'’-]{1,30}$/u.test(text)) return true;
  return namedOnly(text) !== undefined;
}

function oneLine(node: MdNode): string | undefined {
  const value = plainText(node).trim();
  return value !== '' && value.length <= 200 && !value.includes('\n') ? value : undefined;
}

function text(at: number, value: string): MdNode {
  return { type: 'text', line: at, children: [], value };
}

function line(at: number, value: string): MdNode {
  return { type: 'paragraph', line: at, children: [text(at, value)] };
}

const EMPTY: MdNode = { type: 'html', line: 0, children: [], value: '' };
