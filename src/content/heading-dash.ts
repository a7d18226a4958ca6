import type { Speaker } from '../model.ts';
import { isPlace, sessionPart } from './company-words.ts';
import { namesFieldTerm } from './field-terms.ts';
import { givenNameFirst } from './given-name-first.ts';
import { isGivenName } from './given-names.ts';
import { gluedSpeaker } from './glued-speaker.ts';
import type { HeadingParts } from './heading-title.ts';
import { asideInParens } from './paren-asides.ts';
import { isCompanyLike, looksLikeName, parseSpeakerText, splitNames } from './speaker-names.ts';
import { phraseNotPeople } from './subtitle-dash.ts';
import { withoutKindAfterDash } from './title-marks.ts';

/*
 * A talk heading split where a dash, a bar or a colon parts its title from its speakers
 * ("Title – Jane Doe (Acme)", "Jane Doe: Title"): apart from heading-title.ts, which decides
 * when to try these.
 */

/**
 * "(Slides)", "(Part 2)", "(in German)", "(until it isn't)", "(let's do them anyway)": words in
 * parentheses that name no one (three lower-case words or more are a phrase, not a company).
 */
const NOT_A_COMPANY =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|slides?|video|pdf|recording|keynote|workshop|panel|tutorial|demo|live|remote(?:ly)?\b|online\b|virtual(?:ly)?\b|pre-?recorded\b|in[- ]person\b|part\b|day\b|track\b|room\b|in \S+|\d)|^(?:個人(?:開発者)?|独立开发者|自由职业者|フリーランス)$|^(?:of|without)\s|^(?:independent|freelance|freelancer|self-employed|none|n\/a|various|tbd|tba|and|or|but|not|sort of|kind of|yet|maybe|mostly|probably|really|again|much|at all|anymore|for now|for real|ish|too|either|spoiler|almost|hopefully|still|even|only|just|so far|until|unless|if|when|because|let['’]s|sometimes|usually|often|always|never|partly|allegedly|kinda|sorta|revisited|redux|reloaded|remastered|explained|simplified|demystified|edition|a primer|an introduction|for beginners|for everyone|for the rest of us)\b|[?!]/i;

/**
 * Three words or more in lower case are a phrase of the title ("the hard way"), not a company;
 * so is a lower-case word before another ("round 3", "part deux").
 */
const LOWER_PHRASE = /^\p{Ll}[\p{L}'’-]*\s+\p{Ll}[\p{L}'’-]*\s+\p{Ll}|^\p{Ll}+\s+[\p{Ll}\d]/u;
/** "(파파고 텍스트 렌더링 개발기)": four Korean words or more are the title's subtitle, no company. */
const HANGUL_PHRASE = /^\p{Script=Hangul}+(?:\s+\p{Script=Hangul}+){3,}$/u;

export function notACompany(text: string): boolean {
  const trimmed = text.trim();
  return (
    NOT_A_COMPANY.test(trimmed) ||
    LOWER_PHRASE.test(trimmed) ||
    HANGUL_PHRASE.test(trimmed) ||
    asideInParens(trimmed)
  );
}

/**
 * What stands between a title and its speaker: a dash or a bar with spaces around it, also "·",
 * "//" and "~" ("Title · Jane Doe"), and an em dash without spaces before a capital
 * ("Title—Jane Doe"). A post's headings vote before any of these splits a title.
 */
// "Landscape- Ann Berg": a hyphen typed against the word before it, a capital after it.
const DASH =
  /\s+(?:[–—-]|--|·|•|\/\/|~)\s+|\s+\|\s+|(?<=\p{Ll})—(?=\p{Lu})|(?<=\p{L}{2})-\s+(?=\p{Lu})/gu;
/** The same, to ask whether a heading has one. */
export const HAS_DASH = /\s(?:[–—|·•~-]|--|\/\/)\s|\p{Ll}—\p{Lu}|\p{L}{2}-\s+\p{Lu}/u;

/** "Jane Doe: Title" — a name, a colon, a title that is not a name too. */
export function splitColon(text: string): HeadingParts | undefined {
  const colon = text.indexOf(': ');
  if (colon < 3 || colon > 80) return undefined;
  // "Apache Kafka: Streams in Practice": a term of the field before the colon, no person.
  const lead = text.slice(0, colon);
  const speakers = namesFieldTerm(lead) ? undefined : parseSpeakerText(lead);
  const title = text.slice(colon + 2).trim();
  if (!speakers) {
    // "Title: Jane Doe": the name after the colon, where the post's headings read so.
    const after = parseSpeakerText(title);
    const before = text.slice(0, colon).trim();
    return after && /\p{Ll}/u.test(before) && !parseSpeakerText(before)
      ? { title: before, speakers: after }
      : undefined;
  }
  // "Rachel Andrew: Grid Layout": a title in capitals reads as a name too; a given name first
  // (and none after the colon) says which side is the person.
  const person = givenNameFirst(text.slice(0, colon), title);
  // "Tim O'Reilly, O'Reilly Media: O'Reilly Radar": a given name and a company before the colon
  // say that side is the person, though the title reads as a name too.
  const employed =
    speakers.every((s) => s.company) &&
    isGivenName(text.trimStart().split(/\s+/)[0] ?? '') &&
    !parseSpeakerText(title)?.some((s) => s.company);
  if ((parseSpeakerText(title) && !person && !employed) || !/\p{L}/u.test(title)) return undefined;
  return { title, speakers };
}

/** "GOTO 2023", "NDC Oslo 2024": an event's name and its year. */
const EVENT_OF_YEAR = /^\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}\s+(?:19|20)\d\d$/u;

/** "Title | Jane Doe | Acme" or "Title – Jane Doe – Acme": the name in the middle, its company last. */
function splitThree(
  text: string,
  cuts: RegExpExecArray[] | RegExpMatchArray[],
): HeadingParts | undefined {
  if (cuts.length < 2) return undefined;
  const [middle, last] = cuts.slice(-2);
  if (middle?.index === undefined || last?.index === undefined) return undefined;
  const name = text.slice(middle.index + middle[0].length, last.index).trim();
  const company = text.slice(last.index + last[0].length).trim();
  const title = text.slice(0, middle.index).trim();
  // "Kafka Streams | Deep Dive | Track A", "Title | Workshop | Room 2": the parts say what kind
  // of session, at what level, where; none is a person.
  if (cuts.length === 2 && sessionPart(name) && (sessionPart(company) || isPlace(company)))
    return /\p{L}/u.test(title) ? { title, speakers: [] } : undefined;
  const names = splitNames(name);
  if (!names || !/\p{L}/u.test(title) || company === '' || company.length > 60) return undefined;
  // "Title | Jane Doe | Main stage", "Title • Jane Doe • GOTO 2023": the third part says where or
  // at which event, not whose.
  if (isPlace(company) || EVENT_OF_YEAR.test(company))
    return { title, speakers: names.map((n) => ({ name: n })) };
  if (
    (parseSpeakerText(company) && !isCompanyLike(company)) ||
    notACompany(company) ||
    !/^[\p{Lu}\p{N}@\p{Lo}]/u.test(company)
  ) {
    return undefined;
  }
  return { title, speakers: names.map((n) => ({ name: n, company })) };
}

/**
 * "T.", "M. K.", "J. & R.": people named by their initials only (the last period may be cut).
 * Capitals run together ("AWS", "DWG") are an acronym, a company's or the author's mark.
 */
function initialsOnly(text: string): Speaker[] | undefined {
  if (!INITIALS.test(text.trim()) || /\p{Lu}\p{Lu}/u.test(text)) return undefined;
  return text
    .trim()
    .split(/\s*(?:&|\band\b|,|\+)\s*/)
    .map((name) => ({ name: name.endsWith('.') ? name : `${name}.` }));
}

const INITIALS =
  /^\p{Lu}\.?(?:\s?\p{Lu}\.?){0,2}(?:\s*(?:&|and|,|\+)\s*\p{Lu}\.?(?:\s?\p{Lu}\.?){0,2}){0,3}$/u;

/** A label before the people after a dash: "Moderator:", "Speaker:", "Prelegentka:", "Ponente:". */
const PEOPLE_LABEL =
  /^(?:speakers?|presenters?|moderat(?:or|ed by|rice|ore)|hosts?|chair|prelegen(?:t|tka|ci)|prowadz[aą]c[ya]|ponentes?|palestrantes?|relat(?:ore|rice|ori|rici)|referent(?:in|innen)?|sprecher(?:in|innen)?|orat(?:eur|rice)s?|intervenante?s?|sprekers?)\s*[:：]\s*(?=\S)/iu;

/** The words before and after a heading's first dash (see `DASH`), or undefined without one. */
export function aroundFirstDash(
  text: string,
  cuts: RegExpMatchArray[] = [...text.matchAll(DASH)],
): [string, string] | undefined {
  const first = cuts[0];
  return first?.index === undefined
    ? undefined
    : [text.slice(0, first.index), text.slice(first.index + first[0].length)];
}

/** "Title – Jane Doe (Acme)" (speaker last, preferred) or "Jane Doe - Title" (speaker first). */
export function splitDash(heading: string): HeadingParts | undefined {
  // "Yukihiro Matsumoto - In Defense of GVL - Keynote": the kind (see `sessionKind`) is no part
  // of the title, nor a speaker.
  const text = withoutKindAfterDash(heading);
  DASH.lastIndex = 0;
  const cuts = [...text.matchAll(DASH)];
  const first = cuts[0];
  const [before, after] = aroundFirstDash(text, cuts) ?? [];
  const person = before && after ? givenNameFirst(before, after) : undefined;
  if (person && after) return { title: after.trim(), speakers: person };
  const three = splitThree(text, cuts);
  if (three) return three;
  const last = cuts.at(-1);
  if (last?.index !== undefined) {
    // "Title – with Jane Doe": the word before the name is no part of it.
    // "Title — Moderator: Kari Moe", "Title — Prelegentka: Anna Zielińska": a people's label too.
    const right = parseSpeakerText(
      text
        .slice(last.index + last[0].length)
        .replace(/^(?:with|by|feat\.?|featuring)\s+/i, '')
        .replace(PEOPLE_LABEL, ''),
    );
    const left = text.slice(0, last.index);
    // "Why our deploys take 40 minutes — T.", "— M. K.", "— J. & R.": people by their initials.
    const initials = initialsOnly(text.slice(last.index + last[0].length));
    if (initials && /\p{L}{2}/u.test(left)) return { title: left.trim(), speakers: initials };
    // "Ann Berg and Bo Sten - Crafting Fully Custom Generators": people before, a title after.
    // Not where the one after is a person by a given name and none before is: "Continuous
    // Integration and Delivery Pipeline – Matt Harasymczuk" is a title and its speaker.
    const before =
      right?.length === 1 && !givenNameOnly(right, left) ? namedPeople(left) : undefined;
    if (before) return { title: text.slice(last.index + last[0].length).trim(), speakers: before };
    // "Scaling Postgres Jane Roe – Acme": the name glued to the title, its company after the dash.
    const glued = gluedSpeaker(left, text.slice(last.index + last[0].length), right);
    if (glued) return glued;
    if (right && /\p{L}/u.test(left)) return { title: left.trim(), speakers: right };
  }
  if (first?.index !== undefined) {
    const left = parseSpeakerText(text.slice(0, first.index));
    const right = text.slice(first.index + first[0].length);
    if (
      left &&
      !parseSpeakerText(right) &&
      /\p{L}/u.test(right) &&
      !phraseNotPeople(text.slice(0, first.index))
    ) {
      return { title: right.trim(), speakers: left };
    }
  }
  return undefined;
}

/** The one person after a dash goes by a given name; none of the words before it do. */
function givenNameOnly(right: Speaker[], left: string): boolean {
  const first = (name: string | undefined) => isGivenName(name?.split(/\s+/)[0] ?? '');
  return first(right[0]?.name) && !(parseSpeakerText(left) ?? []).some((p) => first(p.name));
}

/** Two people or more, each named in full ("Ann Berg and Bo Sten"): no title reads so. */
function namedPeople(text: string): Speaker[] | undefined {
  const people = parseSpeakerText(text);
  return people &&
    people.length > 1 &&
    people.every((p) => p.name && !p.company && looksLikeName(p.name))
    ? people
    : undefined;
}

/** A dash between a title and two people or more, each named in full. */
export function dashedPeople(text: string): HeadingParts | undefined {
  const split = splitDash(text);
  const people = split?.speakers ?? [];
  return people.length > 1 && people.every((p) => p.name && looksLikeName(p.name))
    ? split
    : undefined;
}
