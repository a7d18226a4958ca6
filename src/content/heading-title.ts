import type { Speaker } from '../model.ts';
import { barPerson } from './bar-person.ts';
import { companyInBrackets } from './bracket-company.ts';
import { bracketedTitle, plainCjkTitle } from './cjk-titles.ts';
import { splitComma } from './comma-heading.ts';
import { isEventName, JOINED } from './company-words.ts';
import { deSpeakers } from './de-speaker.ts';
import { isGivenName } from './given-names.ts';
import { dashedPeople, HAS_DASH, notACompany, splitColon, splitDash } from './heading-dash.ts';
import { remembered } from './memo.ts';
import { speakerBeforeWriter } from './notes-writer.ts';
import { twoPeople } from './paired-names.ts';
import { titleThenLineup } from './panel-lineup.ts';
import { withWhom } from './paren-asides.ts';
import { peopleThenCompany } from './people-dash-company.ts';
import { withoutPersonMarks } from './person-marks.ts';
import { splitSlash, splitSlashCjk, splitSlashPerson } from './slash-speakers.ts';
import { slotAside } from './slot-aside.ts';
import { slotTail } from './slot-tail.ts';
import { westernPunctuation } from './speaker-line.ts';
import { HANDLE_AFTER_NAME, looksLikeName, parseSpeakerText, splitNames } from './speaker-names.ts';
import { withoutRole } from './speaker-role.ts';
import { cleanTitle, TIME_PREFIX } from './title-marks.ts';
import { untitledSession } from './untitled-session.ts';

/**
 * Authors put more than the title into a talk heading: "Title by Jane Doe", "Title (Company)",
 * "Title (Jane Doe, Company)". Split those off so the title is the talk's title.
 */
export interface HeadingParts {
  title: string;
  speakers: Speaker[];
  company?: string;
  /** "10:30 – Title": the time the heading starts with. */
  time?: string;
  /** "Title. Jane Roe. 2:30 pm, Day 1": the day a schedule's heading ends with. */
  day?: string;
}

/** "(Berlin)", "(São Paulo)", "(New York City)": a place's name, a word or three. */
const CITY = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/** "(@kimlee)", "(@jane, @joe)", "(@jane@hachyderm.io)": speakers by their handle. */
const HANDLE =
  /^@[\w.-]{1,40}(?:@[\w.-]{1,60})?(?:\s*(?:,|&|and)\s*@[\w.-]{1,40}(?:@[\w.-]{1,60})?){0,4}$/;

/**
 * Split a talk heading into title, speakers and company, in the forms authors write:
 * "Title by Jane Doe", "Title (Acme)", "Title (Jane Doe, Acme)", "Title – Jane Doe (Acme)",
 * "Jane Doe - Title", "Keynote: Title", "Title.".
 */
export function splitHeading(raw: string, dashSpeakers = true): HeadingParts {
  return copyParts((dashSpeakers ? dashedHeading : undashedHeading)(raw));
}

/** Callers may change the parts they get (a speaker's company found in the notes): a copy each. */
function copyParts(parts: HeadingParts): HeadingParts {
  return { ...parts, speakers: parts.speakers.map((speaker) => ({ ...speaker })) };
}

const dashedHeading = remembered((raw) => readHeading(raw, true));
const undashedHeading = remembered((raw) => readHeading(raw, false));

function readHeading(raw: string, dashSpeakers: boolean): HeadingParts {
  const heading = bracketedTitle(companyInBrackets(withoutPersonMarks(raw)));
  const time = TIME_PREFIX.exec(heading.trim());
  const timed = time ? heading.trim().slice(time[0].length) : heading;
  // "Title (1:30 PM in Room 313)": the slot after the title is its time (and room), no title.
  const slot = time ? undefined : slotAside(timed);
  const text = slot ? slot.rest : timed;
  // "The ORM Panel Moderator: Alex Gaynor, Panelists: A, B": the line-up's labels end the title.
  const lineup = /moderat/i.test(text) ? titleThenLineup(text) : undefined;
  const parts =
    (lineup && finish(lineup.title, lineup.speakers, undefined)) ??
    slotTail(text, (title) => splitTitle(title, dashSpeakers)) ??
    untitledSession(text, dashSpeakers) ??
    // "Julia Evans | @bork | Stripe | "Impossible Program"": the person first, as a badge reads.
    (text.includes(' | ') ? barPerson(text) : undefined) ??
    (text.includes(' / ') ? cjkSlash(text) : undefined) ??
    (dashSpeakers && text.includes(' / ') ? slashPerson(text) : undefined) ??
    (isShouted(text) ? shouted(text, dashSpeakers) : splitTitle(text, dashSpeakers));
  if (time?.[1]) parts.time = time[1].trim();
  else if (slot) parts.time = slot.time;
  if (slot?.company && parts.speakers.length === 0) parts.company ??= slot.company;
  // "PHP8.2から見る、２つの配列", "移行戦略：手動 Codemod から『生成 AI 活用』への進化": full-width marks were
  // read as ours to find a speaker; where none was found, the title keeps them as written.
  const written = parts.speakers.length === 0 && !parts.company ? plainCjkTitle(raw) : undefined;
  if (written && heading !== raw) {
    const again = splitTitle(written, false);
    if (again.speakers.length === 0 && !again.company) parts.title = again.title;
  }
  return parts;
}

/** "Title / Jane Doe (Acme)", where the post's headings vote for a speaker after the slash. */
export function slashPerson(text: string): HeadingParts | undefined {
  // "Title — Marek Wiśniewski / Hanna Ruud": after a dash, the slash is between two people.
  if (HAS_DASH.test(text)) return undefined;
  const slashed = splitSlashPerson(text);
  return slashed ? { title: cleanTitle(slashed.title), speakers: slashed.speakers } : undefined;
}

function cjkSlash(text: string): HeadingParts | undefined {
  const slashed = splitSlashCjk(text);
  return slashed ? { title: cleanTitle(slashed.title), speakers: slashed.speakers } : undefined;
}

/**
 * "Jane Doe on Observability at Scale": a person, "on", what they spoke about. Capitalised words
 * before "on" are often a title too ("Service Mesh on Kubernetes"), so the caller splits so only
 * with evidence of a person (see `dashedNamedInBody`).
 */
export function splitOnHeading(raw: string): HeadingParts | undefined {
  const parts = onHeading(raw);
  return parts && copyParts(parts);
}

const onHeading = remembered(readOnHeading);

function readOnHeading(raw: string): HeadingParts | undefined {
  const heading = westernPunctuation(raw).trim();
  const time = TIME_PREFIX.exec(heading);
  const text = cleanTitle(time ? heading.slice(time[0].length) : heading);
  const on = /\s+on\s+/.exec(text);
  if (!on || on.index < 5 || on.index > 80) return undefined;
  const speakers = parseSpeakerText(text.slice(0, on.index));
  const title = text.slice(on.index + on[0].length).trim();
  // A title in capitals reads as a name too ("Writing Things Down"): only the person is checked.
  if (!speakers?.every((s) => s.name?.includes(' ')) || !/\p{L}{2}/u.test(title)) return undefined;
  const parts = finish(title.charAt(0).toUpperCase() + title.slice(1), speakers, undefined);
  if (time?.[1]) parts.time = time[1].trim();
  return parts;
}

function capitalised(text: string): string {
  return text.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}

/** A heading as its words are read for names: a heading in capitals, capitalised. */
export function readable(text: string): string {
  return isShouted(text) ? capitalised(text) : text;
}

/** "OBSERVABILITY WITHOUT THE BILL — MARIA GARCIA": a heading in capitals only. */
function isShouted(text: string): boolean {
  // Nearly every heading has an ASCII small letter: that answers it before a Unicode scan.
  if (/[a-z]/.test(text)) return false;
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 8;
}

/**
 * A heading in capitals is read as if its words were capitalised (capitals alone read as
 * acronyms, never names): the speakers as "Maria Garcia", the title as the author wrote it.
 */
function shouted(text: string, dashSpeakers: boolean): HeadingParts {
  const parts = splitTitle(capitalised(text), dashSpeakers);
  if (parts.speakers.length === 0) return splitTitle(text, dashSpeakers);
  return { ...parts, title: parts.title.toUpperCase() };
}

/** "Strange Loop, 2011", "PyCon US 2019", "2015": an event and its year, or a year alone. */
const GIVEN_AT = /^(?:\p{Lu}[^(),]{1,40}(?:,\s*|\s+))?(?:19|20)\d{2}$/u;

function splitTitle(heading: string, dashSpeakers: boolean): HeadingParts {
  let title = cleanTitle(heading);
  let speakers: Speaker[] = [];
  let company: string | undefined;

  // "(Acme, @jane)": the handle adds nothing to the company.
  title = title.replace(/(?<!\(@[\w.-]{1,40}),\s*@[\w.-]{1,40}\)$/, ')');
  // "Title [Jane Doe]": a speaker in brackets, as in parentheses ("[EN]" went with cleanTitle).
  title = title.replace(/\s\[([^[\]]{3,80})\]$/, (whole, inner: string) =>
    parseSpeakerText(inner) ? ` (${inner})` : whole,
  );
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(title);
  // "Simple Made Easy (Strange Loop, 2011)", "(PyCon US 2019)": where and when it was given,
  // never a speaker and a company.
  if (paren?.[1] && paren[2] && GIVEN_AT.test(paren[2].trim()))
    return splitTitle(paren[1], dashSpeakers);
  // "On-call for humans (with Tomasz Kowal)": a co-speaker, after the speakers the title names.
  const also = paren?.[1] && paren[2] ? withWhom(paren[2], parseSpeakerText) : undefined;
  if (paren?.[1] && also) {
    const named = splitTitle(paren[1], dashSpeakers);
    return finish(named.title, [...named.speakers, ...also], named.company);
  }
  const handle = paren?.[2]?.trim();
  if (paren?.[1] && handle && HANDLE.test(handle)) {
    // "Title by Jane Doe (@janed)": the name says who; a handle alone names the speaker.
    const named = splitTitle(paren[1], dashSpeakers);
    return named.speakers.length > 0
      ? named
      : finish(paren[1], parseSpeakerText(handle) ?? [{ name: handle }], undefined);
  }
  // "GopherCon EU 2025 (Berlin)": after an event's name, the parentheses say where, not whose.
  // "C++ in 2024 (Bjarne Stroustrup)" names a person, as a place's name of two words may look.
  const where =
    paren?.[1] &&
    paren[2] &&
    isEventName(paren[1]) &&
    CITY.test(paren[2].trim()) &&
    !looksLikeName(paren[2]);
  if (paren?.[1] && paren[2] && !where && !notACompany(paren[2])) {
    // "(Hanako Sato @hanako_go)": a handle after the name is no company.
    const inner = paren[2].trim().replace(HANDLE_AFTER_NAME, '');
    // "(Jane Doe, Acme)", "(Jane Doe @ Acme)", "(Ioana Marin - Bitdefender)", "(Russ Cox / Google)"
    // — not "(Ana Lima / Bo Chen)", two people.
    const person =
      /^(.+?)\s*(?:,|@|\bat\b|\s[-–—|]\s|\s\/\s(?!\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$))\s*(.+)$/u.exec(
        inner,
      );
    const names = splitNames(inner);
    const people = person?.[1] && person[2] && !looksLikeName(person[1]) && splitNames(person[1]);
    const group = peopleThenCompany(inner);
    const pair = group ? undefined : twoPeople(inner);
    if (group ?? pair) {
      speakers = group ?? pair ?? [];
      title = paren[1];
    } else if (person?.[1] && person[2] && looksLikeName(person[1])) {
      speakers = [{ name: person[1], company: withoutRole(person[2]) }];
      title = paren[1];
    } else if (people && people.length > 1 && person?.[2] && !person[2].includes(',')) {
      // "Title (Yuki Sato & Mateo Ruiz, Kitsune Systems)": two people of one company.
      const shared = withoutRole(person[2]);
      speakers = people.map((name) => ({ name, company: shared }));
      title = paren[1];
    } else if (names && !dashedName(paren[1])) {
      speakers = names.map((name) => ({ name }));
      title = paren[1];
    } else if (!/\bby\s|\s[–—-]\s/.test(paren[1]) || !/^[\p{Lu}\p{Lo}]/u.test(inner)) {
      company = inner;
      title = paren[1];
    }
  }

  const quotedBeforeDash = /^["“«„][^"”»“]+["”»“]\s+[–—-]\s/.test(title);
  title = title
    .replace(/^["“«„]([^"”»“]+)["”»“](?=\s+(?:by|[–—-])\s)/, '$1')
    // '"Backstage at scale" with Tomasz Wójcik': after a quoted title, "with" names who gave it.
    .replace(
      /^["“«]([^"”»]+)["”»],?\s+(?:with|featuring|feat\.|com|con|mit|avec)\s+(?=\S)/i,
      '$1 by ',
    )
    // "«Arquitetura hexagonal», de Rafael Nogueira", "“Looks great to me” von Ada Lind": "de",
    // "di", "von", "por", "door", "av", "przez" before a name, after a quoted title, are "by"
    // (never "«Title» de 2025").
    .replace(
      /^["“«„]([^"”»“]+)["”»“],?\s+(?:de|di|von|por|door|av|af|przez)\s+(?=\p{Lu})/u,
      '$1 by ',
    );
  // "Title by Jane Doe", and in French "Title, par Jane Doe".
  const by =
    /^(.+)\s+by\s+(.+)$/.exec(title) ??
    /^(.+?),?\s+par\s+(.+)$/.exec(title) ??
    // "Kotlin em produção, por Beatriz Lins": after a comma, "por", "von", "door" are "by" too.
    /^(.+?),\s+(?:por|von|door)\s+(.+)$/.exec(title) ??
    // "Shakeup and Speedup de Jurgen APPELO": "de" before a name written the French way.
    deSpeakers(title) ??
    // "Lean portfolio management, with Steve Pereira": a comma, then "with" a person.
    withPerson(title) ??
    (dashSpeakers ? OTHER_BY.exec(title) : null);
  // "moderated by Ana Lima, with Bo Chen (Ferrous), Kim Ode": "with" adds a panel's people.
  // "ChatBot from Capital Bank by Andrew": a given name alone, where the post's other headings
  // name their speakers after a dash.
  const bySpeakers = by?.[2]
    ? (parseSpeakerText(by[2].replace(/(?:,\s*|\s+)with\s+(?=\p{Lu})/gu, ', ')) ??
      (dashSpeakers ? givenNameAlone(by[2]) : undefined))
    : undefined;
  // "Title, presented by Jane Doe", "Title — moderated by Jane Doe", "« Titre » animé par Julie
  // Roux": the verb before "by" is no part of the title.
  if (by?.[1])
    by[1] = by[1].replace(
      /(?:,|\s[–—-])?\s+(?:presented|given|delivered|hosted|moderated|led|anim[ée]e?|pr[ée]sent[ée]e?|propos[ée]e?|presentad[oa]|apresentad[oa]|impartid[oa]|ministrad[oa]|moderad[oa]|gehalten|pr[äa]sentiert|gegeven|gepresenteerd|begeleid)$/iu,
      '',
    );
  if (by?.[1] && bySpeakers) {
    // "Title (Lise Quesnel) par Elisa Degobert": the speaker, then who wrote the notes.
    const written = speakerBeforeWriter(by[1]);
    if (written) return finish(written.title, written.speakers, company);
    // "Title by @tkvist (Tove Kvist, Brightloom)": the handle's person, named in the parentheses.
    const handle = bySpeakers.length === 1 && bySpeakers[0]?.name?.startsWith('@');
    if (handle && speakers.length === 1 && speakers[0]?.company)
      return finish(by[1], speakers, company);
    // "Title - Kendall Miller, ReactiveOps by @kmiller": the handle is of the person named.
    const named = handle && dashSpeakers && speakers.length === 0 ? splitDash(by[1]) : undefined;
    if (named?.speakers.some((s) => s.name && !s.name.startsWith('@'))) return named;
    // "Title by Jane Doe (Khatt Foundry)": after a named speaker, the parentheses are the company.
    const inner = paren?.[2]?.trim();
    if (inner && !company && speakers.length > 0 && !speakers[0]?.company) {
      return finish(by[1], bySpeakers, inner);
    }
    return finish(by[1], bySpeakers, company);
  }
  // "Title – Jane Doe (remote)": how the speaker joined belongs to them too, and is no company.
  const joined = paren?.[0] !== undefined && JOINED.test(paren[0]);
  if (paren?.[2] && !company && speakers.length === 0 && (joined || !notACompany(paren[2]))) {
    // "Title – Jane Doe (Acme)": the parentheses belong to the speaker ("(Part 2)" is no company).
    const dashed = splitDash(title);
    if (dashed) return dashed;
  }
  // '"Title" — Jane Doe': quotes around the title mark where it ends, whatever the post does.
  const pipes = title.indexOf(' | ');
  const piped = pipes !== -1 && title.indexOf(' | ', pipes + 3) !== -1;
  if (speakers.length === 0 && (dashSpeakers || quotedBeforeDash || piped)) {
    const dashed = splitDash(title);
    if (dashed) return finish(dashed.title, dashed.speakers, company);
  }
  // "Title- Ann Berg, Bo Sten": two people or more named in full, whatever the post's dashes do.
  const crew = speakers.length === 0 && !company ? dashedPeople(title) : undefined;
  if (crew) return finish(crew.title, crew.speakers, company);
  if (speakers.length === 0 && !company && dashSpeakers) {
    const colon = colonOrComma(title);
    if (colon) return finish(colon.title, colon.speakers, company);
  }
  const slashed = speakers.length === 0 && !company ? splitSlash(title) : undefined;
  if (slashed) return finish(slashed.title, slashed.speakers, company);
  return finish(title, speakers, company);
}

/**
 * "Title — Rafael Albuquerque (Banco Capibaribe)": a name after a dash, so the parentheses after
 * it are that person's company, not a second name.
 */
function dashedName(text: string): boolean {
  const dash = /\s[–—-]{1,2}\s+(?!.*\s[–—-]{1,2}\s)(.+)$/.exec(text);
  if (dash?.[1] === undefined) return false;
  // "— dr Jan Kowal": a title before the name, in lower case as Polish writes it.
  // "— 山田太郎さん": an honorific after the name, as parseSpeakerText drops it.
  const name = dash[1]
    .replace(/^(?:dr|prof|mgr|inż)\.?\s+(?=\p{Lu})/u, '')
    .replace(/(?<=\S)\s*(?:さん|様|氏|先生|님|씨)$/u, '');
  if (looksLikeName(name)) return true;
  // "— A (Deutsche Telekom), B (Deutsche Telekom), C": people each with a company, the last one's
  // in the parentheses that end the heading.
  return (
    /\)\s*(?:,|&|and)\s/.test(dash[1]) && (parseSpeakerText(`${dash[1]} (X)`)?.length ?? 0) > 1
  );
}

/** "Title, with Jane Doe": "with" after a comma before people's names only, read as "by". */
function withPerson(title: string): RegExpExecArray | null {
  const match = /^(.+?),\s+with\s+(\p{Lu}.+)$/u.exec(title);
  const people = match?.[2] ? parseSpeakerText(match[2]) : undefined;
  return people?.every((p) => p.name && looksLikeName(p.name)) ? match : null;
}

/**
 * "Jane Doe: Title" or "Title, Jane Doe" as the post's headings vote. Both at once ("Rubber Duck
 * Debugging: Don't Panic!, Anna Ossowski", "Kafka Streams: A Deep Dive, Ida Berg"): a title
 * after a speaker's colon ends with no one's name, so the name after the comma is the speaker.
 */
function colonOrComma(title: string): HeadingParts | undefined {
  const colon = splitColon(title);
  if (colon && !splitComma(colon.title)) return colon;
  return splitComma(title) ?? colon;
}

function finish(title: string, speakers: Speaker[], company: string | undefined): HeadingParts {
  const withCompany = company ? speakers.map((s) => (s.company ? s : { ...s, company })) : speakers;
  // "Testing the untestable, by Priya Patel": the comma before "by" ends no title.
  const parts: HeadingParts = {
    title: title.trim().replace(/\s*[,;]$/, ''),
    speakers: withCompany,
  };
  if (company && speakers.length === 0) parts.company = company;
  return parts;
}

/**
 * "by" in Spanish and Portuguese, German, Dutch and Italian. Each also means "of" or "for"
 * ("Die Zukunft von Apache Kafka"), so it names a speaker only where most such headings of the
 * post split that way, as a dash does.
 */
export const OTHER_BY = /^(.+),?\s+(?:por|von|door|di)\s+(.+)$/;

/** "Andrew", "Tim (Principal engineer at Google)": one given name, maybe their role after it. */
function givenNameAlone(text: string): Speaker[] | undefined {
  const name = /^(\p{Lu}\p{Ll}{1,20})(?:\s*\([^()]{1,60}\))?$/u.exec(text.trim())?.[1];
  return name && isGivenName(name) ? [{ name }] : undefined;
}
