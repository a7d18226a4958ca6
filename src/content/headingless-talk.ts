import {
  conferenceFolder,
  conferenceNotesFolder,
  talkPageOfConference,
  talkPageTitle,
} from './conference-folder.ts';
import { namesConference } from './conferences.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { ownName, withoutPageId } from './notes-names.ts';
import { meaningful, type Section } from './sections.ts';
import { parseSpeakerText } from './speaker-names.ts';

/*
 * A file of one talk's notes that has no heading: its first line says the talk ("Recreating a
 * modem in JavaScript by [Sam Roe](…)"), or its name does (`scaling-postgres-at-acme.md`); and a
 * file whose only heading is its name's words ("# Debugging Dask" in `dask_debugging.md`).
 */

/** "Title by [Jane Roe](…)" alone on the first line of a file with no heading, notes under it. */
export function bylineTalk(preamble: MdNode[]): Section | undefined {
  const [first, ...rest] = meaningful(preamble);
  if (first?.type !== 'paragraph' || rest.length === 0) return undefined;
  const text = plainText(first).trim();
  if (text.length > 160 || text.includes('\n') || !text.includes(' by ')) return undefined;
  const match = BYLINE.exec(text);
  const title = match?.[1]?.trim() ?? '';
  if (!match?.[2] || title.split(' ').length < 2 || NOT_A_TITLE.test(title)) return undefined;
  const people = parseSpeakerText(match[2]);
  if (!people?.every((person) => person.name)) return undefined;
  const body = preamble.slice(preamble.indexOf(first) + 1);
  return titled(first.children, text, first.line, body);
}

/** The title, "by", the people; no sentence's stop inside the title. */
const BYLINE = /^([^.!?:;]{3,120}?)\s+by\s+([^.!?;]{3,80}?)\.?$/u;
/** "Notes by Jane Roe", "Written up by …": who wrote the page, not a talk. */
const NOT_A_TITLE =
  /\b(?:notes?|written|write-?up|summary|recap|photos?|posted|compiled|maintained)\b/i;

/**
 * `scaling-postgres-at-acme.md` with no heading over notes: one talk, titled by the name's words
 * (three at least, no digits, none a word of a page about many talks or days), each as the notes
 * write it where they do ("postgres" → "Postgres").
 */
export function slugTalk(file: string, preamble: MdNode[]): Section | undefined {
  const name = withoutPageId(ownName(file));
  if (/\s|\d/.test(name)) return undefined;
  const words = name.split(/[-_]+/).filter(Boolean);
  if (words.length < 3 || words.some((word) => PAGE_WORD.test(word))) return undefined;
  const body = meaningful(preamble);
  if (body.length === 0) return undefined;
  const text = body
    .slice(0, 8)
    .map((node) => plainText(node))
    .join(' ');
  const cased = words.map((word) => asWritten(word, text));
  const title = cased.map((word, i) => (i === 0 ? capitalised(word) : word)).join(' ');
  return titled([{ type: 'text', line: 1, value: title, children: [] }], title, 1, preamble);
}

/** Words of a page about a conference, a day or many talks, not of one talk's title. */
const PAGE_WORD =
  /^(?:notes?|readme|index|day|days|talks?|sessions?|summary|recap|report|agenda|schedule|conference|conf|meetup|summit|trip|review|takeaways|highlights|links|resources|todo|draft|template|journal|diary|blog|posts?|week|weekly|monthly|daily|part)$/i;

/** A word of a file's name as the notes spell it ("acme" → "Acme", "api" → "API"). */
function asWritten(word: string, text: string): string {
  const lower = word.toLowerCase();
  const at = text.toLowerCase().indexOf(lower);
  if (at === -1 || lower.length < 2) return word;
  const found = text.slice(at, at + word.length);
  const before = text.charAt(at - 1);
  const after = text.charAt(at + word.length);
  return /[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after) ? word : found;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * "# Debugging Dask" in `dask_debugging.md`, over notes and nothing else: the file is that talk's
 * notes, as its name says (a post's title rarely repeats its file's name word for word). The
 * talk's facts, as `oneTalk` gives them: none.
 */
export function namedAsFile(section: Section, file: string): { event?: string } | undefined {
  if (section.children.length > 0 || meaningful(section.body).length === 0) return undefined;
  // A name with spaces is a note-taking app's page title, read with its properties elsewhere.
  const own = withoutPageId(ownName(file));
  // `API Days/The End of the Feature Team.md` under "# The End of the Feature Team": a vault's
  // page of a talk, in the conference's folder.
  if (/\s/.test(own) && wordsOf(own) === wordsOf(section.title)) {
    const page = talkPageOfConference(file, section.title, section.body);
    if (page) section.evidence = true;
    return page;
  }
  if (/\s/.test(own) || /\b(?:19|20)\d{2}\b/.test(section.title)) return undefined;
  const named = wordSet(own);
  const heading = wordSet(section.title);
  const words = [...named].every((word) => heading.has(word) && !PAGE_WORD.test(word));
  if (named.size < 2 || named.size !== heading.size || !words)
    return shortNamed(section, file, own, words && named.size < heading.size);
  // "# My First GopherCon" in `my-first-gophercon.md`: a blog's slug of a post about the
  // conference, whose talks its body lists; no one talk's notes.
  if (namesConference(section.title)) return undefined;
  section.evidence = true;
  // In a folder named for the conference (`PyData 2017 SEA/dask_debugging.md`): of that one.
  const event = conferenceFolder(file);
  return event ? { event } : {};
}

/**
 * `julia.md` under "# Julia for Pythonistas", `talk3.md` under "# Julia for Pythonistas", in
 * `pydata2017-SEA-talk-notes/`: a file named by a word of its talk's title (`partly`), or as the
 * next talk of a series, in a folder of one conference's notes, is a talk of that conference;
 * the post's own pages (`Day 1 notes`, `Travel`) are not.
 */
function shortNamed(
  section: Section,
  file: string,
  own: string,
  partly: boolean,
): { event?: string } | undefined {
  if (!partly && !TALK_OF_SERIES.test(own)) return undefined;
  if (partly && !/\p{L}{3}/u.test(own)) return undefined;
  if (!conferenceNotesFolder(file) || !talkPageTitle(section.title, section.body)) return undefined;
  section.evidence = true;
  const event = conferenceFolder(file);
  return event ? { event } : {};
}

/** `talk3`, `keynote1`, `session-02`: a file of a numbered series of talks. */
const TALK_OF_SERIES =
  /^(?:talk|session|keynote|lecture|presentation|workshop|panel|lightning)[-_ ]?\d{1,2}$/i;

const wordsOf = (text: string) => [...wordSet(text)].join(' ');

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function titled(children: MdNode[], title: string, line: number, body: MdNode[]): Section {
  const heading: MdNode = { type: 'heading', line, depth: 1, children };
  return { heading, title, ids: [], depth: 1, line, body, children: [], evidence: true };
}
