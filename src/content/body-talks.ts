import type { ContentProblem, Speaker } from '../model.ts';
import { classifyLink } from './classify-link.ts';
import { dayOf } from './day-date.ts';
import { splitLines } from './field-lines.ts';
import { splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { isAutolink, plainText, proseText } from './markdown-text.ts';
import {
  headingName,
  isPlainGroup,
  isPostSection,
  isSignOff,
  mentionsMissed,
} from './section-names.ts';
import { findFirst } from './sections.ts';
import { parseSpeakerText, speakerLine } from './speaker-names.ts';
import { tableTalks } from './table-talks.ts';
import { addLink, type DraftTalk, newDraft, readInto, type TalkContext } from './talk-body.ts';

/**
 * Talks written without a heading of their own, in the body of a section or of the post:
 * list items that start with a linked title (`- [Title](url) by Jane Doe — notes`,
 * `* [Title](url) (Jane Doe): notes`) and paragraphs whose first line is a linked title and whose
 * second line names the speaker.
 */
export interface BodyTalks {
  drafts: DraftTalk[];
  /** Lists skipped because the author says they missed those talks. */
  missed: number[];
}

export function bodyTalks(
  nodes: MdNode[],
  context: TalkContext,
  file: string,
  reported: ContentProblem[],
  /** A list of linked titles with notes but no speakers counts too (under "Talks", "Day 2"). */
  talkContainer: boolean,
  /** At least this many talks with a named speaker, or none are taken. */
  minimum = 1,
): BodyTalks {
  const drafts: DraftTalk[] = [];
  const missed: number[] = [];
  // Kept apart until the talks are taken: notes not taken here are read (and checked) elsewhere.
  const problems: ContentProblem[] = [];
  let current: DraftTalk | undefined;
  let previous: MdNode | undefined;
  for (let index = 0; index < nodes.length; index++) {
    let node = nodes[index] as MdNode;
    // A linked title alone in its paragraph, the speaker in the next one: read them as one.
    const next = nodes[index + 1];
    if (node.type === 'paragraph' && next?.type === 'paragraph' && aloneLink(node)) {
      node = { ...node, children: [...node.children, textNode('\n', node.line), ...next.children] };
      if (paragraphTalk(node, context)) index++;
      else node = nodes[index] as MdNode;
    }
    if (node.type === 'list') {
      let items = listTalks(node, context, talkContainer);
      if (items.length === 0) items = outlineTalks(node, context, talkContainer);
      if (items.length > 0) {
        if (previous && mentionsMissed(plainText(previous))) missed.push(node.line);
        else for (const item of items) drafts.push(finishItem(item, file, problems));
        current = undefined;
        previous = node;
        continue;
      }
    }
    if (node.type === 'table') {
      const rows = tableTalks(node, context);
      if (rows.length > 0) {
        if (previous && mentionsMissed(plainText(previous))) missed.push(node.line);
        else drafts.push(...rows);
        current = undefined;
        previous = node;
        continue;
      }
    }
    if (node.type === 'paragraph') {
      const talk =
        paragraphTalk(node, context) ??
        (talkContainer ? boldTitleTalk(node, nodes[index + 1], context) : undefined);
      if (talk) {
        current = talk.draft;
        current.notes.push(...readInto(current, talk.rest, file, problems));
        drafts.push(current);
        previous = node;
        continue;
      }
    }
    if (current && node.type === 'paragraph' && isSignOff(plainText(node))) current = undefined;
    if (current) current.notes.push(...readInto(current, [node], file, problems));
    previous = node;
  }
  const named = drafts.filter((d) => d.speakers.length > 0).length;
  if (named < minimum && !(talkContainer && drafts.length >= 2)) return { drafts: [], missed };
  reported.push(...problems);
  return { drafts, missed };
}

interface ListTalk {
  draft: DraftTalk;
  item: MdNode;
  lead: MdNode;
}

/**
 * Speakers and notes after a title: on its own line first ("– Tim Roth" then notes on the next
 * line), else across lines (a speaker's name that wraps).
 */
function readLead(children: MdNode[], index: number): { speakers: Speaker[]; notes: string } {
  const after = children.slice(index + 1);
  const [first = [], ...others] = splitLines(after);
  const own = speakersAfterTitle(plainText(first));
  if (own.speakers.length > 0) {
    const more = plainText(others.flat());
    return { speakers: own.speakers, notes: [own.notes, more].filter(Boolean).join(' ') };
  }
  return speakersAfterTitle(plainText(after));
}

/** "**Title** by …": a bold title with no link, first in its item. */
function leadBold(children: MdNode[]): { link: MdNode; index: number } | undefined {
  const index = children.findIndex((c) => c.type !== 'text' || (c.value ?? '').trim() !== '');
  const node = children[index];
  if (node?.type !== 'strong' || node.children.some((c) => c.type === 'link')) return undefined;
  const title = plainText(node);
  if (!/\p{L}/u.test(title) || title.endsWith(':')) return undefined;
  return { link: node, index };
}

/** The talks of a list, or none when it is not a list of talks. */
function listTalks(list: MdNode, context: TalkContext, talkContainer: boolean): ListTalk[] {
  const talks: ListTalk[] = [];
  let named = 0;
  for (const item of list.children) {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') continue;
    const lead = leadLink(paragraph.children) ?? leadBold(paragraph.children);
    if (!lead) {
      // "* Chaos engineering for beginners — Ola Nordmann", notes nested under it: only where
      // the heading says these are talks, and only with a named speaker.
      const plain = talkContainer ? plainLead(paragraph) : undefined;
      if (plain) {
        const draft = newDraft(plain.title, item.line, context);
        draft.speakers.push(...plain.speakers);
        named++;
        talks.push({ draft, item, lead: paragraph });
      }
      continue;
    }
    const read = readLead(paragraph.children, lead.index);
    // A bold title without a link is a talk only with a named speaker ("**Title** by Jane Doe").
    if (!lead.link.url && read.speakers.length === 0) continue;
    const draft = newDraft(titleOf(lead.link), item.line, context);
    draft.speakers.push(...read.speakers);
    if (read.speakers.length > 0) named++;
    if (read.notes) draft.notes.push({ text: read.notes, prose: read.notes, children: [] });
    talks.push({ draft, item, lead: lead.link });
  }
  const items = list.children.length;
  if (talks.length * 2 < items) return [];
  if (named > 0 && named * 2 >= talks.length) return talks;
  // No speakers: a list of linked titles with notes, where the heading says these are talks.
  const withNotes = talks.filter((t) => t.draft.notes.length > 0 || t.item.children.length > 1);
  return talkContainer && talks.length >= 2 && withNotes.length === talks.length ? talks : [];
}

/**
 * An outline: "- Day 1" (or "- Frontend") items, each over a nested list of talks. The label is
 * the talks' day, or their topic.
 */
function outlineTalks(list: MdNode, context: TalkContext, talkContainer: boolean): ListTalk[] {
  const talks: ListTalk[] = [];
  let groups = 0;
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || findFirst(first, 'link')) return [];
    const label = plainText(first).replace(/:$/, '');
    const sublists = rest.filter((node) => node.type === 'list');
    if (label.length > 80 || sublists.length !== 1 || rest.length !== 1) return [];
    const day = dayOf(label, context.dates ?? {});
    const inner: TalkContext = { ...context };
    if (day) {
      inner.day = day.day;
      if (day.date) inner.date = day.date;
      else delete inner.date;
    } else if (!isPlainGroup(label)) inner.topic = label;
    const found = listTalks(sublists[0] as MdNode, inner, talkContainer || day !== undefined);
    if (found.length > 0) groups++;
    talks.push(...found);
  }
  return groups * 2 >= list.children.length ? talks : [];
}

function finishItem(talk: ListTalk, file: string, problems: ContentProblem[]): DraftTalk {
  const { draft, item, lead } = talk;
  if (lead.type === 'link') addLink(lead, 'Description', draft.links, true);
  const [first, ...others] = item.children;
  if (first && first !== lead) {
    const afterLead = first.children.filter((child) => child !== lead && !contains(child, lead));
    readInto(draft, [{ ...first, children: afterLead }], file, problems);
  }
  for (const node of others) {
    draft.notes.push(...readInto(draft, [node], file, problems));
  }
  return draft;
}

/** A bullet's one line of plain text that reads "Title — Jane Doe (Acme)" or "Title by Jane Doe". */
function plainLead(paragraph: MdNode): { title: string; speakers: Speaker[] } | undefined {
  if (paragraph.children.some((child) => child.type === 'link')) return undefined;
  const text = plainText(paragraph);
  if (text.length > 200 || text.includes('\n')) return undefined;
  const parts = splitHeading(text, true);
  if (parts.speakers.length === 0 || !/\p{L}{2}/u.test(parts.title)) return undefined;
  return { title: parts.title, speakers: parts.speakers };
}

function contains(node: MdNode, target: MdNode): boolean {
  return node.children.some((child) => child === target || contains(child, target));
}

/** A link first in some inline nodes (maybe in **bold**), to a page, titled like a talk. */
function leadLink(children: MdNode[]): { link: MdNode; index: number } | undefined {
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as MdNode;
    if (child.type === 'text' && (child.value ?? '').trim() === '') continue;
    if (child.type === 'html') continue;
    let link: MdNode | undefined = child.type === 'link' ? child : undefined;
    if (!link && (child.type === 'strong' || child.type === 'emphasis')) {
      const inner = child.children.filter((c) => c.type !== 'text' || (c.value ?? '').trim());
      if (inner.length === 1 && inner[0]?.type === 'link') link = inner[0];
    }
    if (!link || isAutolink(link) || !/^https?:/i.test(link.url ?? '')) return undefined;
    const title = titleOf(link);
    if (!/\p{L}/u.test(title)) return undefined;
    // "[Slides](…)" is a talk's link, not a title; a title linked to its video is still a title.
    if (classifyLink(title, '', '') !== 'see-also') return undefined;
    return { link, index };
  }
  return undefined;
}

function titleOf(link: MdNode): string {
  return plainText(link.children)
    .replace(/(?<!\.)\.$/, '')
    .trim();
}

const SEPARATOR = /\s[—–]\s|\s-\s|[:;]\s|\.\s|\s[—–]$|[:.]$/;

/**
 * What follows a linked title: "by Jane Doe — notes", "(Jane Doe, Acme): notes",
 * "– Jane Doe (Acme)", ": notes". Speakers only where the words read as names.
 */
export function speakersAfterTitle(rest: string): { speakers: Speaker[]; notes: string } {
  let text = rest.trim();
  if (text.startsWith('(')) {
    const close = text.indexOf(')');
    const speakers = close > 0 ? parseSpeakerText(text.slice(1, close)) : undefined;
    if (speakers) return { speakers, notes: trimLead(text.slice(close + 1)) };
    return { speakers: [], notes: trimLead(text) };
  }
  const prefix = /^(?:[,—–-]\s*)?(?:(?:presented |given )?by|with|from)\s+|^[—–-]\s+/i.exec(text);
  if (prefix) {
    text = text.slice(prefix[0].length);
    const cut = SEPARATOR.exec(text);
    // "by Jane Doe (Acme) — notes": the company's parentheses stay with the name.
    const end = cut ? cut.index : text.length;
    const speakers = parseSpeakerText(text.slice(0, end));
    if (speakers) return { speakers, notes: trimLead(text.slice(end)) };
  }
  return { speakers: [], notes: trimLead(rest) };
}

function trimLead(text: string): string {
  return text.replace(/^[\s:;,.—–-]+/, '').trim();
}

/** A paragraph whose first line is a linked title and second line the speaker; the rest is notes. */
function paragraphTalk(
  paragraph: MdNode,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  const lines = splitLines(paragraph.children);
  const [first, second, ...others] = lines;
  if (!first) return undefined;
  const lead = leadLink(first) ?? leadBold(first);
  if (!lead) return undefined;
  let speakers: Speaker[] | undefined;
  let rest: MdNode[];
  if (proseText(first.slice(lead.index + 1)) === '' && second) {
    // "[Title](url)" then "Jane Doe (Acme)" on the next line.
    speakers = speakerLine(plainText(second), true);
    rest = others.flat();
  } else {
    // "[Title](url) by Jane Doe" or "**Title** (Jane Doe)" on one line, notes after it.
    const read = speakersAfterTitle(plainText(first.slice(lead.index + 1)));
    speakers = read.speakers.length > 0 && !read.notes ? read.speakers : undefined;
    rest = [second, ...others].flatMap((line) => line ?? []);
  }
  if (!speakers) return undefined;
  const draft = newDraft(titleOf(lead.link), paragraph.line, context);
  draft.speakers.push(...speakers);
  if (lead.link.type === 'link') addLink(lead.link, 'Description', draft.links, true);
  return { draft, rest: rest.length > 0 ? [{ ...paragraph, children: rest }] : [] };
}

/**
 * "**Designing for failure**" alone in its paragraph, notes after it, under a heading that says
 * these are talks ("Day 1", "Talks"): a title without a speaker. Counted only where there are two.
 */
function boldTitleTalk(
  paragraph: MdNode,
  next: MdNode | undefined,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  const [only, ...others] = paragraph.children.filter(
    (c) => c.type !== 'text' || (c.value ?? '').trim() !== '',
  );
  if (others.length > 0 || only?.type !== 'strong' || !next || next.type === 'heading') {
    return undefined;
  }
  const title = plainText(only).replace(/(?<!\.)\.$/, '');
  if (title.length > 120 || /[:!?]$/.test(title) || !/\p{L}{2}/u.test(title)) return undefined;
  if (isPostSection(headingName(title)) || findFirst(only, 'link')) return undefined;
  return { draft: newDraft(title, paragraph.line, context), rest: [] };
}

function aloneLink(paragraph: MdNode): boolean {
  const lead = leadLink(paragraph.children);
  return lead !== undefined && proseText(paragraph.children.slice(lead.index + 1)) === '';
}

function textNode(value: string, line: number): MdNode {
  return { type: 'text', line, children: [], value };
}
