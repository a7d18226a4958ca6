import { ANNOUNCES } from './chat-messages.ts';
import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';

/**
 * A chat log pasted one message a line — IRC, or a Slack or Discord export: `[10:32] alice: next
 * up: "Title" with Jane Doe from Acme`, `[10:32] <alice> …`, `10:32 <alice> …`, `alice [10:32]:
 * …`. Each line becomes a message of its own (see chat-messages.ts), without the person who wrote
 * it: a message announcing a talk ("next up:", "now:") keeps its time, as a live blog's line does,
 * and is read as that talk; the others are notes of the talk announced before them (said while it
 * ran). Read so only where two lines of a paragraph at least open so.
 */
export function chatLines(nodes: MdNode[]): MdNode[] {
  if (!nodes.some(hasChatLines)) return nodes;
  return nodes.flatMap((node) => (hasChatLines(node) ? messages(node) : [node]));
}

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const NICK = String.raw`[\p{L}\d_.][\p{L}\d_.'’-]{0,31}`;
const CHAT_LINE = new RegExp(
  String.raw`^\s*(?:\[(${TIME})\]\s*(?:<${NICK}>|${NICK}(?: \p{L}[\p{L}'’-]{0,31})?\s*:)|(${TIME})\s+<${NICK}>|${NICK}\s*\[(${TIME})\]\s*:)\s+(?=\S)`,
  'u',
);

function hasChatLines(node: MdNode): boolean {
  if (node.type !== 'paragraph') return false;
  const [first] = node.children;
  // A cheap look first: the paragraph opens with a time or a bracket.
  if (first?.type !== 'text' || !/^\s*(?:\[\d|\d{1,2}:|[\p{L}\d_.])/u.test(first.value ?? ''))
    return false;
  let found = 0;
  for (const line of splitLines(node.children)) {
    const [head] = nickAsText(line);
    if (head?.type === 'text' && CHAT_LINE.test(head.value ?? '') && ++found >= 2) return true;
  }
  return false;
}

function messages(paragraph: MdNode): MdNode[] {
  const out: MdNode[] = [];
  splitLines(paragraph.children).forEach((written, i) => {
    const line = nickAsText(written);
    const [head, ...rest] = line;
    const at = paragraph.line + i;
    const chat = head?.type === 'text' ? CHAT_LINE.exec(head.value ?? '') : null;
    if (!chat || !head) {
      // A message's second line: more of the message before it.
      const last = out.at(-1);
      if (last && line.length > 0)
        last.children = [
          ...last.children,
          { type: 'text', line: at, children: [], value: '\n' },
          ...line,
        ];
      else if (line.length > 0) out.push({ ...paragraph, line: at, children: line });
      return;
    }
    const text = (head.value ?? '').slice(chat[0].length);
    const time = chat[1] ?? chat[2] ?? chat[3] ?? '';
    const value = ANNOUNCES.test(text) ? `${time} ${text}` : text;
    const children = [...(value ? [{ ...head, line: at, value }] : []), ...rest];
    out.push({ ...paragraph, line: at, children });
  });
  return out;
}

/** `[14:00] <dana> …`: the nick in angle brackets is parsed as inline HTML; read it as text. */
function nickAsText(line: MdNode[]): MdNode[] {
  const [time, nick, after] = line;
  if (time?.type !== 'text' || nick?.type !== 'html' || !NICK_TAG.test(nick.value ?? ''))
    return line;
  const tail = after?.type === 'text' ? (after.value ?? '') : '';
  const value = `${time.value ?? ''}${nick.value ?? ''}${tail}`;
  return [{ ...time, value }, ...line.slice(after?.type === 'text' ? 3 : 2)];
}

const NICK_TAG = new RegExp(`^<${NICK}>$`, 'u');
