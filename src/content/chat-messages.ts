import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * A chat pasted into the notes — a Slack thread (`**Priya Nair**  10:41 AM` over her message), a
 * Teams chat (`[09:12] Weber, Anna`), Discord (`Tom — Today at 10:58`): each message is a
 * paragraph whose first line says who wrote it and when. That line is no word of the message, nor
 * are the chat's own lines under it (`:fire: 6  :100: 2`, `3 replies`, `(edited)`); and a new
 * message ends the notes of a talk the one before named, as a thread's next post does. Read so
 * only where two paragraphs at least open with such a line.
 */
export function chatMessages(nodes: MdNode[]): MdNode[] {
  const headed = new Set(nodes.filter((node) => node.type === 'paragraph' && header(node)));
  if (headed.size < 2) return nodes;
  return nodes.flatMap((node) => {
    if (!headed.has(node)) return [node];
    const lines = splitLines(node.children);
    const kept = lines.slice(1).filter((line) => !CHROME.test(plainText(line).trim()));
    const children = kept.flatMap((line, i) =>
      i === 0
        ? announced(line, lines[0] ?? [])
        : [{ type: 'text' as const, line: node.line + i, children: [], value: '\n' }, ...line],
    );
    const message: MdNode = { ...node, line: node.line + 1, children };
    STARTS.add(message);
    return [message];
  });
}

/** A paragraph that opens a new message of a pasted chat: it ends the talk above. */
export const startsMessage = (node: MdNode): boolean => STARTS.has(node);

const STARTS = new WeakSet<MdNode>();

/** "next up: *Title* by …" under `alice — Today at 10:32`: the talk starting then, at that time. */
function announced(line: MdNode[], head: MdNode[]): MdNode[] {
  const [first, ...rest] = line;
  if (first?.type !== 'text' || !ANNOUNCES.test(first.value ?? '')) return line;
  const time = new RegExp(TIME).exec(plainText(head))?.[0];
  return time ? [{ ...first, value: `${time} ${first.value}` }, ...rest] : line;
}

function header(paragraph: MdNode): boolean {
  // The first line's words, looked at before its text: a time ("10:41") in its first 80 letters.
  let head = '';
  for (let i = 0; i < 4 && i < paragraph.children.length; i++) {
    const node = paragraph.children[i] as MdNode;
    if (node.type === 'break') break;
    head += (node.type === 'text' ? node.value : node.children[0]?.value) ?? '';
    const end = head.indexOf('\n');
    if (end !== -1) {
      head = head.slice(0, end);
      break;
    }
    if (head.length > 80) return false;
  }
  if (head.length > 80 || !/\d:\d\d/.test(head)) return false;
  const [line] = splitLines(paragraph.children.slice(0, 6));
  const text = line ? plainText(line).trim() : '';
  return HEADER.some((pattern) => pattern.test(text));
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:,?\s\p{L}[\p{L}'’.-]*){0,3}`;
const TIME = String.raw`\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?`;

const HEADER = [
  // Slack: "Priya Nair  10:41 AM", "Priya Nair [10:41 AM]", "marta.k 10:02 AM" (a user name)
  new RegExp(String.raw`^(?:${NAME}|[\p{Ll}\d_.]{2,32})\s+\[?${TIME}\]?$`, 'u'),
  // Teams: "[09:12] Weber, Anna"; also "[14/03/2025 09:12] Weber, Anna"
  new RegExp(String.raw`^\[(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s)?${TIME}\]\s+${NAME}$`, 'u'),
  // Discord: "Tom — Today at 10:58", "ola_k — 03/14/2025 10:58 AM" (a user name, in any case)
  new RegExp(
    String.raw`^[\p{L}\d_.]{2,32}(?:\s[\p{L}\d_.]{1,32}){0,2}\s+[—–-]\s+(?:(?:Today|Yesterday)\s+at\s+${TIME}|\d{1,2}/\d{1,2}/\d{2,4},?\s+${TIME})$`,
    'u',
  ),
];

/** ":fire: 6  :100: 2", "3 replies", "(edited)", "View thread": the chat's, not the message's. */
const CHROME =
  /^(?:\d{1,4}(?=\s|$))?(?:\s*(?::[\w+-]{1,40}:|\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|\p{Extended_Pictographic})*)\s*\d{1,4})*$|^\d{1,4}(?:\s+\d{1,4})*$|^(?:\d{1,4}\s+repl(?:y|ies)(?:\s+.{0,40})?|\(edited\)|view thread|last reply .{0,40})$/iu;

/** "next up:", "now on main stage:", "up next —": a message that announces the talk starting. */
export const ANNOUNCES =
  /^(?:and\s+)?(?:next up|up next|next|now|now on [\p{L}\d ]{1,30}|starting(?: now)?|first up|coming up|last talk(?: of the day)?)\s*[:：—–-]\s/iu;
