import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { NO_CHILDREN } from './markdown-tree.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * A talk written as a block quote (`> **Title**` / `> Jane Doe, Acme` / `> notes…`): the quote is
 * only the author's frame, so it is read as the same lines without `> `. Only a quote whose first
 * line is a bold title alone and whose second line names people is unwrapped; a quote of a
 * sentence (`> "Every problem is a vacuum problem."`) stays a quote. An Obsidian callout titled
 * as the talk (`> [!note] Evals are the new unit tests` over `> **Speaker:** [[Hamel Husain]]`)
 * is read so too, its title as the bold title; a callout over no people (`> [!tip] Takeaway`)
 * stays a box of notes.
 */
export function unquoteTalks(nodes: MdNode[]): MdNode[] {
  if (!nodes.some(isQuotedTalk)) return nodes;
  return nodes.flatMap((node) => (isQuotedTalk(node) ? titledAsBold(node.children) : [node]));
}

/** "[!note] Title" then the lines below: the title in bold, as `**Title**` is written. */
function titledAsBold(children: MdNode[]): MdNode[] {
  const [first, ...rest] = children;
  const [text, ...inline] = first?.children ?? [];
  const title =
    text?.type === 'text' ? CALLOUT.exec((text.value ?? '').split('\n')[0] ?? '') : null;
  if (!first || !text?.value || !title?.[1]) return children;
  const after = text.value.indexOf('\n');
  const bold: MdNode = {
    type: 'strong',
    line: text.line,
    children: [{ type: 'text', line: text.line, value: title[1].trim(), children: NO_CHILDREN }],
  };
  const tail: MdNode[] =
    after === -1 ? [] : [{ ...text, value: text.value.slice(after), children: NO_CHILDREN }];
  return [{ ...first, children: [bold, ...tail, ...inline] }, ...rest];
}

/** An Obsidian callout's marker and its title on the first line of the box. */
const CALLOUT = /^\[![a-z]{2,12}\][+-]?[ \t]+(\S[^\n]{0,150})$/i;

function isQuotedTalk(node: MdNode): boolean {
  if (node.type !== 'blockquote') return false;
  const first = node.children[0];
  if (first?.type !== 'paragraph') return false;
  // "> **Lightning talks**" over "> - *Title* — Jane Doe" items: that group's talks.
  if (lightningLabel(first) && node.children[1]?.type === 'list') return true;
  const lines = splitLines(first.children);
  const [title, who] = lines;
  if (lines.length < 2 || !title || !who) return false;
  const bold = title.filter((n) => n.type !== 'text' || (n.value ?? '').trim() !== '');
  const callout = bold.length === 1 && CALLOUT.test(bold[0]?.value ?? '');
  if (!callout && (bold.length !== 1 || bold[0]?.type !== 'strong')) return false;
  const name = plainText(who).trim();
  return name.length > 0 && name.length < 120 && speakerLine(name, true) !== undefined;
}

/** A paragraph that is only `**Lightning talks**` (or `Ignite talks`, `Quickies`) in bold. */
export function lightningLabel(paragraph: MdNode): boolean {
  // Asked of every paragraph: a label is one bold run, maybe with blanks around it.
  if (paragraph.type !== 'paragraph' || paragraph.children.length > 3) return false;
  if (!paragraph.children.some((n) => n.type === 'strong')) return false;
  const marked = paragraph.children.filter(
    (n) => n.type !== 'text' || (n.value ?? '').trim() !== '',
  );
  return (
    marked.length === 1 &&
    marked[0]?.type === 'strong' &&
    LIGHTNING_GROUP.test(plainText(marked[0]).trim())
  );
}

/**
 * Sessions of several short talks: "Lightning talks", "Ignite talks", "Quickies", "Lightning round",
 * "Charlas relámpago", "Talk lampo", "Blitzvorträge", and in Japanese, Chinese and Korean notes
 * "LT大会", "ライトニングトーク", "闪电演讲", "라이트닝 토크".
 */
export const LIGHTNING_GROUP =
  /^(?:the\s+)?(?:lightning|ignite|short|flash|rapid[- ]fire)\s+(?:talks|round|session|sessions)$|^(?:lightning|ignites?|quickies|lightning talks?)$|^(?:charlas?|palestras?)\s+rel[áâ]mpagos?$|^talks?\s+lampo$|^(?:blitz|kurz)vortr[äa]ge?$|^bliksem(?:sessies|presentaties)$|^(?:sesja\s+)?lightning talk[oó]w$|^(?:LT|LT\s?大会|LT会|ライトニングトーク(?:大会)?|闪电演讲|라이트닝 ?토크)$/iu;
