import { splitLines, TITLE_LABEL } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { isSubsectionName } from './section-names.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * An outliner's talks (Roam, Logseq, Workflowy, a plain nested list): `- Talk:: [[Title]]` (or
 * `- **Talk:** Title`) over nested `- Speaker:: [[Jane Doe]] (Acme)`, `- Slides:: …` fields, then
 * the notes. Each such item is read as the paragraph of labelled lines it stands for
 * (`Talk: Title` / `Speaker: …` / `Slides: …`), its other nested items (a `Notes` label's items
 * taken out from under it) as that talk's notes. An item beside the talks (`- lunch`) is no note
 * of the talk above it, and an item over such a list (`- **Day 1**`, the page's name) is read as
 * a paragraph of its own before them.
 */
export function labelledItems(nodes: MdNode[]): MdNode[] {
  const outlines = new Set(nodes.filter((node) => node.type === 'list' && holdsLabelled(node, 0)));
  if (outlines.size === 0) return nodes;
  return nodes.flatMap((node) => (outlines.has(node) ? unfold(node) : [node]));
}

/** A list item beside talks read from labelled items: no note of the talk above it. */
export const besideTalks = (node: MdNode): boolean => BESIDE.has(node);

const BESIDE = new WeakSet<MdNode>();

/** Items nested deeper than this are not looked into (an outline's talks sit near the top). */
const MAX_DEPTH = 4;

function holdsLabelled(list: MdNode, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  for (const item of list.children) {
    // Most items hold one paragraph of one line: nothing nested, no talk with its fields.
    if (item.children.length < 2 && !severalLines(item.children[0])) continue;
    if (talkItem(item) !== undefined) return true;
    for (const child of item.children)
      if (child.type === 'list' && holdsLabelled(child, depth + 1)) return true;
  }
  return false;
}

interface TalkItem {
  /** The item's first paragraph: "Talk: Title". */
  title: MdNode;
  /** Its nested field lines: "Speaker: …", "Slides: …". */
  fields: MdNode[];
  /** Everything else under it: its notes. */
  notes: MdNode[];
}

/** "Talk: Title" over nested fields, one of which names the speaker. */
function talkItem(item: MdNode): TalkItem | undefined {
  const title = item.children[0];
  if (title?.type === 'paragraph' && severalLines(title)) return propertiesItem(item, title);
  if (title?.type !== 'paragraph' || item.children.length < 2 || !colonFirst(title))
    return undefined;
  if (!TITLE_LABEL.test(plainText(title))) return undefined;
  const under = item.children.slice(1);
  if (plainText(title).includes('\n')) return undefined;
  const fields: MdNode[] = [];
  const notes: MdNode[] = [];
  let named = false;
  for (const child of under) {
    if (child.type !== 'list') {
      notes.push(child);
      continue;
    }
    const rest: MdNode[] = [];
    for (const sub of child.children) {
      const line = fieldLine(sub);
      if (line && rest.length === 0 && notes.length === 0) {
        named ||= speakerLine(plainText(line), false) !== undefined;
        fields.push(line);
      } else rest.push(...unlabelled(sub));
    }
    if (rest.length > 0) notes.push({ ...child, children: rest });
  }
  return named ? { title, fields, notes } : undefined;
}

function severalLines(node: MdNode | undefined): boolean {
  return (
    node?.type === 'paragraph' &&
    node.children.some((c) => c.type === 'break' || (c.type === 'text' && c.value?.includes('\n')))
  );
}

/**
 * "- [[Rich Data at Scale]]" with its block's properties on the lines under it, as Logseq writes
 * them (`speaker:: [[Mirjam de Boer]]`, `video:: https://…`), its notes nested below: the first
 * line is the title, as after "Talk:", where every other line is a field and one names the speaker.
 */
function propertiesItem(item: MdNode, paragraph: MdNode): TalkItem | undefined {
  const [first, ...lines] = splitLines(paragraph.children);
  if (!first || lines.length === 0 || lines.length > 8) return undefined;
  const text = plainText(first).trim();
  if (!/\p{L}{2}/u.test(text) || text.length > 150 || FIELD.test(text)) return undefined;
  let named = false;
  const fields: MdNode[] = [];
  for (const line of lines) {
    const field = plainText(line);
    if (!FIELD.test(field)) return undefined;
    named ||= speakerLine(field, false) !== undefined;
    fields.push({ ...paragraph, line: line[0]?.line ?? paragraph.line, children: line });
  }
  if (!named) return undefined;
  const label: MdNode = { type: 'text', line: paragraph.line, children: [], value: 'Talk: ' };
  const title = { ...paragraph, children: [label, ...first] };
  const notes = item.children
    .slice(1)
    .flatMap((child) =>
      child.type === 'list'
        ? [{ ...child, children: child.children.flatMap(unlabelled) }]
        : [child],
    );
  return { title, fields, notes };
}

/** The first words of a paragraph hold a colon ("Talk:", "**Talk:**"): looked at before its text. */
function colonFirst(paragraph: MdNode): boolean {
  let seen = 0;
  for (let i = 0; i < 3 && i < paragraph.children.length && seen < 24; i++) {
    const node = paragraph.children[i] as MdNode;
    const value = (node.type === 'text' ? node.value : node.children[0]?.value) ?? '';
    if (LABEL_HEAD.test(value)) return true;
    seen += value.length;
  }
  return false;
}

/** "- Speaker:: [[Jane Doe]] (Acme)": a field of one line, with nothing nested under it. */
function fieldLine(item: MdNode): MdNode | undefined {
  const [only, ...more] = item.children;
  if (more.length > 0 || only?.type !== 'paragraph') return undefined;
  const text = plainText(only);
  return FIELD.test(text) && !text.includes('\n') ? only : undefined;
}

/** A colon among the first words: anchored, so a long note is not read to its end. */
const LABEL_HEAD = /^[^:：\n]{0,23}[:：]/;

const FIELD = /^[\p{L}][\p{L}'’() -]{0,30}[:：]\s*\S/u;

/** "- Notes" over the talk's bullets: the bullets, without the label. */
function unlabelled(item: MdNode): MdNode[] {
  const [label, nested, ...more] = item.children;
  if (
    more.length === 0 &&
    label?.type === 'paragraph' &&
    nested?.type === 'list' &&
    isSubsectionName(plainText(label).trim())
  )
    return nested.children;
  return [item];
}

function unfold(list: MdNode, depth = 0): MdNode[] {
  const out: MdNode[] = [];
  for (const item of list.children) {
    const talk = talkItem(item);
    if (talk) {
      const children = [talk.title, ...talk.fields].flatMap((line, i) =>
        i === 0 ? line.children : [newline(line.line), ...line.children],
      );
      out.push({ ...talk.title, children }, ...talk.notes);
      continue;
    }
    const nested = item.children.find(
      (child) => child.type === 'list' && holdsLabelled(child, depth + 1),
    );
    if (!nested) {
      const beside = { ...list, line: item.line, children: [item] };
      BESIDE.add(beside);
      out.push(beside);
      continue;
    }
    for (const child of item.children) {
      if (child === nested) out.push(...unfold(child, depth + 1));
      else if (child.type === 'paragraph') out.push(child);
      else if (child.type === 'list') {
        const beside = { ...child };
        BESIDE.add(beside);
        out.push(beside);
      }
    }
  }
  return out;
}

export function newline(line: number): MdNode {
  return { type: 'text', line, children: [], value: '\n' };
}
