import type { Speaker } from '../model.ts';
import { dayOf } from './day-date.ts';
import { splitLines, TAGS_LINE } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { isDayPart } from './outline-headings.ts';
import { headingName, isPostSection, isSignOff, isSubsectionName } from './section-names.ts';
import type { TalkContext } from './talk-body.ts';
import { speakersAfterTitle } from './talk-lead.ts';

/**
 * Where talks written without headings (see `body-talks.ts`) start and end in lines authors
 * write without marks: a keycap line in a paragraph of several, notes on the speaker's line after
 * the company, a day named in a paragraph, the post's edits, tags and sign-offs after the last talk.
 */

/**
 * The speakers and the nodes of a line after "by Jane Doe (Acme) " or "– Jane Doe, Acme AB "
 * where the notes follow with no dash or colon: a capital or a figure after the parentheses
 * (not another person's: "Jane Doe (Acme) John Roe (Globex)"), a figure after the company's
 * capitalised words. Undefined for any other shape.
 */
export function unmarkedNotes(
  after: MdNode[],
): { speakers: Speaker[]; notes: MdNode[] } | undefined {
  const [text, ...more] = after;
  const value = text?.type === 'text' ? (text.value ?? '') : '';
  if (!text || value.length < 12) return undefined;
  const cut = PAREN_THEN_WORDS.exec(value) ?? COMPANY_THEN_FIGURE.exec(value);
  if (!cut?.[1]) return undefined;
  const read = speakersAfterTitle(cut[1]);
  if (read.speakers.length === 0 || read.notes) return undefined;
  const left = value.slice(cut[0].length);
  return { speakers: read.speakers, notes: [{ ...text, value: left }, ...more] };
}

const PAREN_THEN_WORDS =
  /^(\s*(?:,?\s*by|[—–-])\s+[^()]{3,80}?\s*\([^()]{2,60}\))\s+(?=[\p{Lu}\p{N}])(?![\p{L} .'’-]{2,40}\()/u;
const COMPANY_THEN_FIGURE =
  /^(\s*(?:,?\s*by|[—–-])\s+[^,()]{3,60},\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+(?=\p{N}\S*\s+\p{L})/u;

/**
 * "**The sprints**" (a bold line standing for a heading of the post's own sections), "Edit 2: wow
 * this blew up": the post turns from the talk above, whose notes end there.
 */
export function endsTalk(paragraph: MdNode): boolean {
  const [only, ...others] = paragraph.children.filter(
    (c) => c.type !== 'text' || (c.value ?? '').trim() !== '',
  );
  if (only?.type === 'strong' && others.length === 0) {
    // "**Takeaways**" over the talk's own points stays part of it.
    const name = headingName(plainText(only));
    return (isPostSection(name) && !isSubsectionName(name)) || isDayPart(name);
  }
  const text = plainText(paragraph);
  // "🕝 AFTERNOON", "Afternoon session" on a line of its own: the next part of the day.
  if (text.length <= 60 && isDayPart(headingName(text.trim()))) return true;
  if (text.length < 240 && DIARY_MOMENT.test(text.trim())) return true;
  return text.split('\n').every((line) => POST_EDIT.test(line));
}

/**
 * "Lunch was fish soup.", "Then I skipped a slot…", "Train home at 17:00.": a diary's next moment
 * between the talks it tells of, no note of the talk before it.
 */
const DIARY_MOMENT =
  /^(?:(?:then|after that|afterwards|later),?\s+)?(?:(?:lunch|dinner|breakfast|coffee|drinks|the (?:after-?party|party|reception|lunch|dinner|coffee))\s+(?:was|were|at|with|on)\b|i (?:skipped|left early|went (?:back )?to (?:the hotel|lunch|dinner|grab)|grabbed (?:lunch|dinner|a coffee)|had (?:lunch|dinner|a coffee)|took a break|caught (?:the|my) (?:train|flight|bus))\b|(?:train|flight|bus|taxi) (?:home|back)\b|back at the hotel\b)/i;

const LEADING_SIGNS = /^[^\p{L}\p{N}#@]+/u;

export function signsOff(paragraph: MdNode): boolean {
  return isSignOff(plainText(paragraph).replace(LEADING_SIGNS, ''));
}

/** "Edit: typo", "EDIT 2: thanks for the gold": a forum post's own edits. */
const POST_EDIT = /^\s*edit\s*\d{0,2}\s*[:–—-]\s*\S/i;

/**
 * "Day 1 — Wed 12 Mar", "**Tuesday, June 14**": a short paragraph that only names a day, as a
 * heading would (a sentence, "May 5 people came", is none): the context of the talks after it.
 */
export function dayParagraph(paragraph: MdNode, outer: TalkContext): TalkContext | undefined {
  // Cheapest first: most paragraphs are longer than a day's name.
  if (paragraph.children.length > 3 || paragraph.children.some((c) => (c.value?.length ?? 0) > 60))
    return undefined;
  // "Day 1:" over the day's list: the colon is no part of the day's name.
  const text = plainText(paragraph)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s*[:：]$/u, '')
    .trim();
  if (text.length < 3 || text.length > 40 || text.includes('\n') || /[.!?]$/.test(text))
    return undefined;
  // "Jeudi 12 juin", "Wednesday, 12th of March": a word in lower case only beside a date's figure
  // ("Monday: rainy" is a note).
  const words = text.split(/\s+/);
  const lower = words.filter((word) => /^\p{Ll}/u.test(word));
  if (words.length > 6 || lower.length > 1) return undefined;
  if (lower.length === 1 && !/\d/.test(text) && !/^(?:of|the|de|du)$/.test(lower[0] ?? ''))
    return undefined;
  const on = dayOf(text, outer.dates ?? {});
  if (!on) return undefined;
  // "21 May 2026" under "12 to 15 May 2026 · Lisbon": the post's own date, no day of its talks.
  const { start, end } = outer.dates ?? {};
  if (on.date && start && end && (on.date < start || on.date > end)) return undefined;
  const context: TalkContext = { ...outer, day: on.day };
  if (on.date) context.date = on.date;
  else delete context.date;
  return context;
}

/** "1️⃣", "#️⃣", "🔟": a keycap, as a LinkedIn post numbers its points. */
export const KEYCAP = /^\s*(?:[0-9#*]\u{FE0F}?\u{20E3}|\u{1F51F})/u;

/**
 * A LinkedIn post's paragraph of several keycap lines, with no blank line between them
 * ("1️⃣ **Title** by Jane Doe" / "notes" / "2️⃣ **Title** …"): a paragraph from each keycap on, as
 * if blank lines stood there, and so from a sign-off ("Huge thanks to the organisers!") on. The
 * nodes as they were where no paragraph has two keycap lines.
 */
export function keycapParagraphs(nodes: MdNode[]): MdNode[] {
  let out: MdNode[] | undefined;
  nodes.forEach((node, index) => {
    const parts = node.type === 'paragraph' && hasKeycap(node) ? splitAtKeycaps(node) : undefined;
    if (parts) out ??= nodes.slice(0, index);
    if (out) out.push(...(parts ?? [node]));
  });
  return out ?? nodes;
}

function hasKeycap(paragraph: MdNode): boolean {
  return paragraph.children.some(
    (child) =>
      child.type === 'text' &&
      ((child.value ?? '').includes('\u20E3') || (child.value ?? '').includes('\u{1F51F}')),
  );
}

function splitAtKeycaps(paragraph: MdNode): MdNode[] | undefined {
  const lines = splitLines(paragraph.children);
  const starts = lines.filter((line) => KEYCAP.test(plainText(line)));
  if (starts.length < 2) return undefined;
  const parts: MdNode[] = [];
  lines.forEach((line, i) => {
    const text = plainText(line);
    const last = parts.at(-1);
    // "#AWS #Serverless", "👉 Follow me for more": the post's tags and its call to its readers.
    const words = text.replace(/^[^\p{L}\p{N}#]+/u, '');
    if (!last || KEYCAP.test(text) || isSignOff(words) || TAGS_LINE.test(words)) {
      parts.push({ ...paragraph, line: paragraph.line + i, children: line });
    } else last.children = [...last.children, textNode('\n', paragraph.line + i), ...line];
  });
  return parts;
}

function textNode(value: string, line: number): MdNode {
  return { type: 'text', line, children: [], value };
}
