import type { Speaker } from '../model.ts';
import { isEventName } from './company-words.ts';
import { eventDates } from './day-date.ts';
import { plainText } from './markdown-text.ts';
import { withWhom } from './paren-asides.ts';
import { headingName } from './section-names.ts';
import type { Section } from './sections.ts';
import { parseSpeakerText } from './speaker-names.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * A speaker's own page of their talks (`/talks/`): a heading per talk, its first line the event
 * it was given at (`**SREcon EMEA 2025**, Dublin — 28 October 2025`), and a bio of its author
 * (`## Speaker bio` / "Maren Holt is a Staff SRE at Nordkapp Payments…"). The event line is the
 * talk's conference (an event each, in that place, on that date), no note; the author is the
 * speaker of every talk that names no one else (`(with Tomasz Kowal)` adds a co-speaker).
 */
export function ownTalksPage(drafts: DraftTalk[], sections: Section[]): void {
  if (drafts.length < 2) return;
  // Most talks of the page have such a line: a third without one, and the page is none.
  const given: ReturnType<typeof eventLine>[] = [];
  let without = 0;
  for (const draft of drafts) {
    const line = eventLine(draft);
    if (!line && ++without * 3 > drafts.length) return;
    given.push(line);
  }
  const author = pageAuthor(sections);
  drafts.forEach((draft, index) => {
    const line = given[index];
    if (line) {
      for (const at of [...line.used].reverse()) draft.notes.splice(at, 1);
      draft.conference = line.place ? `${line.name} (${line.place})` : line.name;
      if (line.date) draft.date = line.date;
      // "## 2025" over the talks of that year: no topic of theirs once each has its event.
      if (draft.topic && /^(?:19|20)\d{2}$/.test(draft.topic.trim())) delete draft.topic;
    }
    if (!author) return;
    // "On-call for humans (with Tomasz Kowal)": a co-speaker, in the title or read as a company.
    // (A heading's "(with …)" is read by heading-title.ts already; a list item's may be left.)
    const co = ASIDE.exec(draft.title) ?? ASIDE.exec(` (${draft.company ?? ''})`);
    const others = co?.[1] ? (withWhom(co[1], parseSpeakerText) ?? []) : [];
    if (co && others.length > 0 && co.index > 0)
      draft.title = draft.title.slice(0, co.index).trim();
    if (draft.speakers.length === 0) {
      draft.speakers.push(author, ...others);
      delete draft.company;
    } else if (!draft.speakers.some((speaker) => speaker.name === author.name)) {
      // The heading named only whom the author spoke with (read from "(with …)" there).
      draft.speakers.unshift(author);
    }
  });
}

/** The parentheses ending a title: `withWhom` says whether they name a co-speaker. */
const ASIDE = /\s*\(([^()]{3,90})\)\s*$/;

interface EventLine {
  name: string;
  place?: string;
  date?: string;
  /** The notes that said it, which are no notes of the talk. */
  used: number[];
}

/**
 * `**SREcon EMEA 2025**, Dublin — 28 October 2025`: the event, its place, its date; or the same
 * as the first fields of the talk (`**Event:** Golab 2019`, `**Location:** Firenze, Italy`,
 * `**Date:** October 20th - 22nd, 2019`).
 */
function eventLine(draft: DraftTalk): EventLine | undefined {
  const text = draft.notes[0]?.text.trim() ?? '';
  if (text.length > 200) return undefined;
  const match = /[—–-]/.test(text) ? EVENT_LINE.exec(text) : null;
  if (!match?.[1] || !isEventName(match[1])) return eventFields(draft);
  const place = match[2]?.split(',')[0]?.trim();
  const date = match[3] ? eventDates(match[3]).start : undefined;
  return {
    name: match[1].trim(),
    ...(place ? { place } : {}),
    ...(date ? { date } : {}),
    used: [0],
  };
}

/** "Event: Golab 2019", "Location: Firenze, Italy", "Date: June 14th, 2019" among the first notes. */
function eventFields(draft: DraftTalk): EventLine | undefined {
  const found: Partial<Record<'event' | 'place' | 'date', string>> = {};
  const used: number[] = [];
  draft.notes.slice(0, FIELDS_AT_MOST).forEach((note, index) => {
    const field = note.children.length === 0 ? FIELD.exec(note.text.trim()) : null;
    const label = field?.[1]?.toLowerCase();
    const value = field?.[2]?.replace(/[.;]$/, '').trim();
    if (!label || !value) return;
    const kind =
      /^(?:event|conference|conf|evento|veranstaltung|événement|evenement|конференция)$/.test(label)
        ? 'event'
        : /^(?:location|place|where|city|venue|lieu|ort|lugar|luogo|local)$/.test(label)
          ? 'place'
          : 'date';
    if (found[kind]) return;
    found[kind] = value;
    used.push(index);
  });
  const name = found.event;
  if (!name || !isEventName(name)) return undefined;
  // "Location:" and "Date:" lines may have been read as the talk's already (`talk-notes.ts`).
  const place = (found.place ?? draft.place)?.split(',')[0]?.trim();
  const date = found.date ? eventDates(found.date).start : draft.date;
  return { name, ...(place ? { place } : {}), ...(date ? { date } : {}), used };
}

/** How far down a talk's first notes its event's fields are looked for. */
const FIELDS_AT_MOST = 5;

const FIELD =
  /^(event|conference|conf|evento|veranstaltung|événement|evenement|конференция|location|place|where|city|venue|lieu|ort|lugar|luogo|local|date|when|datum|fecha|data|дата)\s*[:：]\s*(\S.{0,100})$/iu;

const EVENT_LINE =
  /^([^,—–]{3,80}?\b(?:19|20)\d{2})(?:,\s*([^—–]{2,120}?))?\s*[—–-]\s*(\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}|\p{L}+\s+\d{1,2},?\s+(?:19|20)\d{2})\.?$/u;

/** The person a page's bio section is about: "Maren Holt is a Staff SRE at Nordkapp Payments". */
function pageAuthor(sections: Section[]): Speaker | undefined {
  for (const section of walk(sections)) {
    if (!BIO.test(headingName(section.title))) continue;
    const text = plainText(section.body.filter((node) => node.type === 'paragraph'));
    const match = BIO_OPENING.exec(text.trim());
    const name = match?.[1] ?? match?.[3];
    const [person] = name ? (parseSpeakerText(name) ?? []) : [];
    if (!person?.name || person.company) continue;
    const company = match?.[2]?.trim();
    return company ? { name: person.name, company } : { name: person.name };
  }
  return undefined;
}

const BIO = /^(?:(?:speaker|short|my)\s+)?bio(?:graphy)?$|^about(?: me| the speaker)?$/i;
const BIO_OPENING =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,3})\s+is\s+(?:a|an|the)\s[^.]{0,80}?\bat\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})|^(\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,3})\s+is\s/u;

function* walk(sections: Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walk(section.children);
  }
}
