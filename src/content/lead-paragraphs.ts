import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { plainLead } from './plain-lead.ts';
import { proseTalk } from './prose-talks.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import { collectLinks } from './talk-links.ts';

/**
 * A plain-text recap whose paragraphs each open as a list's talk items do, with no bullets:
 * "Deploy like a Boss by Oliver Nicholas(@wonlove) - In this talk Oliver…", or name the talk on
 * a line alone, as a heading would ("Agile architecture and design with Neal Ford"), the notes
 * in the paragraphs after it. Read only where two paragraphs or more open so (one is a sentence
 * that happens to read so), and after every other reading of a paragraph (a timed line, a bold
 * title, a recap's sentence) has passed it by.
 */
export function leadParagraphCount(nodes: MdNode[]): number {
  let count = 0;
  for (const node of nodes) if (node.type === 'paragraph' && leadOf(node)) count++;
  return count;
}

/** The talk a paragraph opens "Title by Jane Doe - notes…", its links and notes its own. */
export function leadParagraphTalk(
  paragraph: MdNode,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  const found = leadOf(paragraph);
  if (!found) return undefined;
  const draft = newDraft(found.title, paragraph.line, context);
  draft.speakers.push(...found.speakers);
  collectLinks([paragraph], draft.links);
  if (found.notes) draft.notes.push({ text: found.notes, prose: found.notes, children: [] });
  return { draft, rest: [] };
}

interface Lead {
  title: string;
  speakers: Speaker[];
  notes?: string;
}

/** Each paragraph is read once: counted first, then read again as the talk it opens. */
const read = new WeakMap<MdNode, Lead | null>();

function leadOf(paragraph: MdNode): Lead | undefined {
  if (!mayLead(paragraph)) return undefined;
  let lead = read.get(paragraph);
  if (lead === undefined) {
    lead = readLead(paragraph) ?? null;
    read.set(paragraph, lead);
  }
  return lead ?? undefined;
}

function readLead(paragraph: MdNode): Lead | undefined {
  const alone = titleLine(paragraph);
  if (alone) return alone;
  const found = plainLead(paragraph, false);
  if (!found || found.speakers.length === 0 || found.notes === undefined) return undefined;
  // "Culture (People First) - shared ownership": only people, by their names, make a talk.
  if (!found.speakers.every((person) => looksLikeName(person.name ?? ''))) return undefined;
  // "Then I watched Title by Jane Doe. She…": `proseTalk` knows where such a title starts.
  return proseTalk(paragraph) ? undefined : found;
}

/**
 * "Agile architecture and design with Neal Ford", "Deploy like a Boss by Oliver Nicholas": a
 * line alone, no sentence (no stop at its end), the people after its last "with" or "by".
 */
function titleLine(paragraph: MdNode): Lead | undefined {
  const text = plainText(paragraph).trim();
  if (text.length > 140 || text.includes('\n') || /[.!?:;,]$/.test(text)) return undefined;
  // '"Defer design decisions." - Neal Ford': a quotation and who said it.
  if (QUOTATION.test(text)) return undefined;
  const parts = WITH_PEOPLE.exec(text);
  const people = parts?.[2] ? parseSpeakerText(parts[2]) : undefined;
  if (parts?.[1] && people?.length && people.every((person) => looksLikeName(person.name ?? '')))
    return { title: parts[1], speakers: people };
  return undefined;
}

/**
 * "Title with Jane Doe", "Title by Jane Doe and Joe Bloggs": the people after "with" or "by", and
 * nothing after them ("Culture (People First)" names no one).
 */
const WITH_PEOPLE =
  /^(\S.{6,110}?)\s+(?:with|by)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})?)$/u;

const QUOTATION = /^["“‘'].*[.!?,]["”’']/u;

/** A cheap look before the real reading: "by", "with", a dash or parentheses early on. */
function mayLead(paragraph: MdNode): boolean {
  const first = paragraph.children[0];
  if (first?.type !== 'text') return false;
  return /\s(?:by|with)\s|\s[—–-]\s|\(/u.test((first.value ?? '').slice(0, 200));
}
