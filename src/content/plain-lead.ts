import type { Speaker } from '../model.ts';
import { trimEndOf } from '../text.js';
import { hasNewline, splitLines } from './field-lines.ts';
import { splitHeading } from './heading-title.ts';
import { mayNameSpeaker } from './list-marks.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { commonWordsOnly } from './subtitle-dash.ts';
import { isKindAlone } from './title-marks.ts';

/**
 * Plain bullets that are talks (see `list-talks.ts`): a first line "Title — Jane Doe (Acme)" or
 * "Title by Jane Doe", the author's words after it, the talk's links at its end.
 */

/**
 * A bullet's one line of plain text that reads "Title — Jane Doe (Acme)" or "Title by Jane Doe",
 * with perhaps the author's word on it after a colon, a dash or a period ("… (Fastly): cache keys
 * are product decisions.").
 */
export function plainLead(
  paragraph: MdNode,
  talkContainer: boolean,
): { title: string; speakers: Speaker[]; notes?: string } | undefined {
  // "Title — Jane Doe (Acme) — [slides](…) · [video](…)": links after the speaker are the talk's
  // (collected with the item's), and the line is read without them.
  // "Wuvist ![photo](…) ~ Title": a speaker's photo on the line is no word of it.
  if (paragraph.children.some((child) => child.type === 'image')) {
    paragraph = { ...paragraph, children: paragraph.children.filter((c) => c.type !== 'image') };
  }
  // "Name ~ Title;" over "[slides](…) / [audio](…)": links on the lines under a plain first line
  // are the talk's (collected with the item's), read with its notes.
  if (paragraph.children.some((child) => child.type === 'link') && linkOnFirstLine(paragraph)) {
    const bare = withoutTrailingLinks(paragraph.children);
    if (!bare) return undefined;
    paragraph = { ...paragraph, children: bare };
  }
  // Most bullets of notes have neither a dash, "by" nor parentheses: not read further (their
  // text is not even put together). Under a "Talks" heading, the other forms of a heading count
  // too ("Title: Jane Doe").
  if (!talkContainer && !paragraph.children.some(mayNameSpeaker)) return undefined;
  // "- Title — Jane Doe" over more lines: the first line is the talk's, the others its notes;
  // "- Title" over "Speaker: Jane Doe (Acme)": the speaker's line. A first line of no talk with
  // another label under it ("Author: …", "Where: …") is no talk (read whole, the label word
  // became the title's and the name the speaker's).
  const lines = paragraph.children.some(hasNewline) ? splitLines(paragraph.children) : undefined;
  if (lines && lines.length > 1) {
    // "[slides](…) / [audio](…)" on a line of its own: the talk's links, no note.
    const [first = '', second = '', ...rest] = lines
      .filter((line, i) => i === 0 || !linksAlone(line))
      .map((line) => plainText(line));
    const lead = plainLine(first);
    if (lead) {
      const notes = [lead.notes, second, ...rest].filter(Boolean).join(' ').trim();
      return notes ? { ...lead, notes } : lead;
    }
    const people = SPEAKER_LABEL_LINE.test(second) ? speakerLine(second, false) : undefined;
    if (!people?.every((person) => person.name) || !/\p{L}{2}/u.test(first)) return undefined;
    const notes = rest.join(' ').trim();
    return notes ? { title: first, speakers: people, notes } : { title: first, speakers: people };
  }
  return plainLine(plainText(paragraph));
}

function linksAlone(line: MdNode[]): boolean {
  return (
    line.some((child) => child.type === 'link') &&
    line.every(
      (child) =>
        child.type === 'link' || (child.type === 'text' && BETWEEN_LINKS.test(child.value ?? '')),
    )
  );
}

function linkOnFirstLine(paragraph: MdNode): boolean {
  const firstBreak = paragraph.children.findIndex(hasNewline);
  const first = firstBreak < 0 ? paragraph.children : paragraph.children.slice(0, firstBreak);
  return first.some((child) => child.type === 'link');
}

/** Link words and separators between a bullet's trailing links (`— [slides](…) · [video](…)`). */
const BETWEEN_LINKS = /^[\s—–\-·|•,;:/()[\]]*$/;

/**
 * A bullet's inline nodes without the links that end its first line, or undefined when a link
 * stands elsewhere (a linked title, a link in the middle of a sentence) or there is none.
 */
function withoutTrailingLinks(children: MdNode[]): MdNode[] | undefined {
  const firstBreak = children.findIndex(hasNewline);
  const end = firstBreak < 0 ? children.length : firstBreak;
  const firstLink = children.findIndex((child) => child.type === 'link');
  if (firstLink <= 0 || firstLink >= end) return undefined;
  for (let i = firstLink; i < end; i++) {
    const child = children[i] as MdNode;
    if (child.type !== 'link' && !(child.type === 'text' && BETWEEN_LINKS.test(child.value ?? '')))
      return undefined;
  }
  // A link in the notes' lines below stays a note's.
  const head = children.slice(0, firstLink);
  const tail = children.slice(end);
  if (tail.some((child) => child.type === 'link')) return undefined;
  const last = head.at(-1);
  if (last?.type === 'text') {
    head[head.length - 1] = {
      ...last,
      value: trimEndOf(last.value ?? '', '—–-·|•,;:('),
    };
  }
  return [...head, ...tail];
}

/** "Speaker: …", "Speakers: …", "Presented by …": a line that says who gave the talk. */
const SPEAKER_LABEL_LINE = /^(?:speakers?|presenters?|presented by|talk by|by|with)\b/i;

/** One line "Title — Jane Doe (Acme): notes" (see `plainLead`). */
function plainLine(
  text: string,
): { title: string; speakers: Speaker[]; notes?: string } | undefined {
  if (text.length > 600) return undefined;
  const whole = text.length <= 200 ? titleAndSpeakers(text) : undefined;
  if (whole) return firstSentence(whole, text);
  // Each place the author's words could start, nearest the title first.
  let tried = 0;
  for (const cut of text.matchAll(/(?<=\S)(?::|\.|\s+[—–-])\s+(?=\S)/g)) {
    if (cut.index > 200 || ++tried > 4) break;
    const lead = titleAndSpeakers(text.slice(0, cut.index));
    const notes = text.slice(cut.index + cut[0].length).trim();
    // "Title - D.W.G.: solid intro": initials before a colon sign the comment; no speaker's.
    if (cut[0].startsWith(':') && lead?.speakers.every((s) => INITIALS_ONLY.test(s.name ?? '')))
      continue;
    if (lead && /\p{L}{2}/u.test(notes)) return { ...lead, notes };
  }
  return undefined;
}

function titleAndSpeakers(text: string): { title: string; speakers: Speaker[] } | undefined {
  // "Opening keynote — Kagiso Molefe": a session named by its kind and its person.
  const kind = KIND_THEN_NAME.exec(text);
  if (kind?.[1] && kind[2] && isKindAlone(kind[1])) {
    const speakers = parseSpeakerText(kind[2]);
    if (speakers?.every((speaker) => speaker.name)) return { title: kind[1], speakers };
  }
  const parts = splitHeading(text, true);
  if (parts.speakers.length === 0 || !/\p{L}{2}/u.test(parts.title)) return undefined;
  // "- Event Sourcing: worth it": a topic and the author's word on it; a person's name before
  // the colon has a word no dictionary has, or a given name.
  const [only] = parts.speakers;
  const name = only?.name ?? '';
  if (parts.speakers.length === 1 && !only?.company && text.startsWith(`${name}:`)) {
    if (commonWordsOnly(name.split(/\s+/))) return undefined;
  }
  return { title: parts.title, speakers: parts.speakers };
}

/**
 * "Thabo Mokoena: Django at a national scale. Census forms for 60 million people.": the speaker
 * first, the title is the first sentence after the name and the rest the author's notes. A title
 * before its speaker keeps its periods ("Kubernetes. The hard way — Jane Doe").
 */
function firstSentence(
  lead: { title: string; speakers: Speaker[] },
  text: string,
): { title: string; speakers: Speaker[]; notes?: string } {
  const name = lead.speakers[0]?.name;
  if (!name || !text.startsWith(name)) return lead;
  const cut = SENTENCE_END.exec(lead.title);
  if (!cut?.[1]) return lead;
  const notes = lead.title.slice(cut[0].length).trim();
  return { ...lead, title: cut[1], notes };
}

/** A sentence of three words at least, its full stop before a capital: "Title. Notes…". */
const SENTENCE_END = /^(\S+\s+\S+\s+[^.]*?[^\s.]{2})\.\s+(?=\p{Lu})/u;

const INITIALS_ONLY = /^(?:\p{Lu}\.?\s?)+$/u;
const KIND_THEN_NAME = /^([^—–-]{4,40}?)\s+[—–-]\s+([^—–-]{4,80})$/;
