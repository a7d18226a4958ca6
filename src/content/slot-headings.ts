import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * A heading that is only its slot's time, the talk's title on the first line under it, as
 * posts that follow a timetable write it: `## 11:15 ~ 12:00` over `[Title](slides.pdf)`,
 * `### 14h00 – 14h45` over `**Title** — Jane Doe`. The title line is read as the heading's rest
 * (`## 11:15 ~ 12:00 [Title](slides.pdf)`), the time as the talk's; the paragraph keeps its
 * other lines as notes. A slot with no title line under it (`> KEYNOTE`, a break) stays a heading
 * with no title, and no talk.
 */
export function slotHeadings(nodes: MdNode[]): MdNode[] {
  if (!nodes.some(slotOnly)) return nodes;
  const out: MdNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as MdNode;
    const next = nodes[i + 1];
    const lines = next && slotOnly(node) ? titleLine(next) : undefined;
    if (!lines || !next) {
      out.push(node);
      continue;
    }
    const [first, ...rest] = lines;
    const space: MdNode = { type: 'text', line: node.line, children: [], value: ' ' };
    out.push({ ...node, children: [...node.children, space, ...(first ?? [])] });
    const notes = rest.filter((line) => plainText(line).trim() !== '');
    if (notes.length > 0) out.push({ ...next, children: joinLines(notes, next.line) });
    i++;
  }
  return out;
}

/**
 * "09:50 ~ 10:45", "11:15 - 12:00", "14h00–14h45", "9:30 AM", "10:00〜10:40", and the day's last
 * slot left open ("16:20 ~", "17:00 –"): a time and no word.
 */
const SLOT_ONLY =
  /^\s*\d{1,2}[:.h：]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—~〜～]\s*(?:\d{1,2}[:.h：]\d{2}\s*(?:[ap]\.?m\.?)?)?)?\s*$/i;

function slotOnly(node: MdNode): boolean {
  return node.type === 'heading' && SLOT_ONLY.test(plainText(node.children));
}

/**
 * The lines of a paragraph whose first line is a title as a timetable writes it: a link or bold
 * text first, on a line of its own (a sentence under the time is notes, not a title).
 */
function titleLine(node: MdNode): MdNode[][] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = splitLines(node.children);
  const first = (lines[0] ?? []).filter((n) => n.type !== 'text' || (n.value ?? '').trim() !== '');
  const lead = first[0];
  if (lead?.type !== 'link' && lead?.type !== 'strong') return undefined;
  if (!/\p{L}{2}/u.test(plainText(lead.children)) || plainText(first).length > 200)
    return undefined;
  return lines;
}

function joinLines(lines: MdNode[][], line: number): MdNode[] {
  return lines.flatMap((nodes, i) =>
    i === 0 ? nodes : [{ type: 'break', line, children: [] }, ...nodes],
  );
}
