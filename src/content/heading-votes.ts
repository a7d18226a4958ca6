import type { Speaker } from '../model.ts';
import { companyInBrackets } from './bracket-company.ts';
import { splitComma } from './comma-heading.ts';
import { namesFieldTerm } from './field-terms.ts';
import { givenNameFirst } from './given-name-first.ts';
import { isGivenName } from './given-names.ts';
import { aroundFirstDash, HAS_DASH, splitColon, splitDash } from './heading-dash.ts';
import {
  type HeadingParts,
  OTHER_BY,
  readable,
  slashPerson,
  splitHeading,
} from './heading-title.ts';
import { headingParts, headingText, type Section } from './sections.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import { dashesKindOnly, KIND_PREFIX, TIME_PREFIX, withoutKindAfterDash } from './title-marks.ts';

/**
 * How a post writes the speakers in its headings, read from all of them at once: a dash, a colon,
 * a slash or "by" in another language may part a title from a subtitle as well as from a name,
 * so each names a speaker only where most such headings of the post split that way.
 */

/**
 * Whether a post writes speakers after a dash: "Chaos Engineering - Breaking Things Safely" alone
 * could be a title and a subtitle, so a dash names a speaker only where most dashed headings of
 * the post split that way.
 */
export function postUsesDashSpeakers(headings: string[]): boolean {
  let dashed = 0;
  let split = 0;
  let colons = 0;
  let colonSplit = 0;
  let others = 0;
  let otherSplit = 0;
  let slashes = 0;
  let slashSplit = 0;
  let named = 0;
  for (const heading of headings) {
    // "10:30 – Title (Jane Doe)": the dash after a time slot is not the one between title and name.
    const text = readable(
      companyInBrackets(heading.trim())
        .replace(TIME_PREFIX, '')
        .replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, ''),
    );
    // "Jane Doe: Title" where most "X: Y" headings of the post read so ("Keynote: …" aside, and
    // "Apache Kafka: …", a term of the field, which says nothing of how people are named).
    if (
      text.includes(': ') &&
      !KIND_PREFIX.test(text) &&
      !namesFieldTerm(text.slice(0, text.indexOf(': ')))
    ) {
      colons++;
      if (splitColon(text)) colonSplit++;
    }
    // "Arquitetura evolutiva por Maria Silva (Nubank)": "by" in another language.
    const other = OTHER_BY.exec(text.replace(/\s*\([^()]*\)$/, ''));
    if (other?.[2]) {
      others++;
      if (parseSpeakerText(other[2])) otherSplit++;
    }
    // "Rootless containers / Giuseppe Scrivano (Red Hat)": a person after a slash.
    if (text.includes(' / ')) {
      slashes++;
      if (slashPerson(text)) slashSplit++;
    }
    // "Observability at scale, Liz Fong-Jones": a name after a comma votes as a dash would.
    if (!text.includes(' – ') && !text.includes(' — ') && splitComma(text)) {
      dashed++;
      split++;
      continue;
    }
    // "Day 1 – Monday" is a day, not a title with a subtitle; "Title — panel" says its kind.
    if (!HAS_DASH.test(text) || DAY_HEADING.test(text) || dashesKindOnly(text)) continue;
    dashed++;
    if (splitDash(text)) split++;
    if (byGivenName(text)) named++;
  }
  return (
    (split >= 2 && split * 2 >= dashed) ||
    // "Cilium mesh — Liz Rice", the one dashed heading of a post (a file of one talk).
    (dashed === 1 && named === 1) ||
    (colonSplit >= 2 && colonSplit * 2 > colons) ||
    (otherSplit >= 2 && otherSplit * 2 > others) ||
    (slashSplit >= 2 && slashSplit * 2 > slashes)
  );
}

/**
 * "Cilium mesh — Liz Rice", "Liz Rice – Cilium mesh": a dash parting a title from people whose
 * names each begin with a common given name (`given-names.ts`), not from a subtitle ("Chaos
 * engineering — Breaking Things Safely").
 */
export function byGivenName(text: string): HeadingParts | undefined {
  const parts = splitDash(text);
  const first = (name?: string) => name?.split(' ')[0] ?? '';
  return parts?.speakers.every((speaker) => isGivenName(first(speaker.name))) ? parts : undefined;
}

/**
 * Whether a post names its speakers in its headings in other ways ("Title by Jane Doe",
 * "Title (Jane Doe)"): at least two of its first 200 headings do.
 */
export function postNamesSpeakers(headings: string[]): boolean {
  let named = 0;
  for (const heading of headings.slice(0, 200)) {
    if (splitHeading(heading, false).speakers.length > 0 && ++named >= 2) return true;
  }
  return false;
}

const DAY_HEADING =
  /^(?:day\s*\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{4}-\d{2}-\d{2})\b/i;

/** People named in full, no company: "Rich Hickey", "Ann Berg & Bo Sten". */
function peopleOnly(text: string): Speaker[] | undefined {
  const people = parseSpeakerText(text.replace(/\s*\([^()]*\)$/, ''));
  return people?.every((p) => p.name && !p.company && looksLikeName(p.name)) ? people : undefined;
}

/**
 * Whether a post's dashed headings put the person first ("Dan McKinley - Choose Boring
 * Technology"): most of those whose one side only reads as people have them before the dash, so a
 * title in capitals that reads as a name too ("Rich Hickey - Simple Made Easy", "Emery Berger -
 * Performance Matters") is after the dash as well.
 */
export function postNamesFirst(headings: string[]): boolean {
  let first = 0;
  let last = 0;
  for (const heading of headings) {
    const sides = HAS_DASH.test(heading)
      ? aroundFirstDash(readable(withoutKindAfterDash(heading)))
      : undefined;
    if (!sides) continue;
    // "Dan McKinley - Choose Boring Technology": a given name says which side is the person.
    const left =
      givenNameFirst(...sides) ?? (peopleOnly(sides[1]) ? undefined : peopleOnly(sides[0]));
    const right =
      givenNameFirst(sides[1], sides[0]) ??
      (peopleOnly(sides[0]) ? undefined : peopleOnly(sides[1]));
    if (left && !right) first++;
    else if (right && !left) last++;
  }
  return first >= 3 && last * 4 <= first;
}

/**
 * In a post that names people first (see `postNamesFirst`), the headings read title first because
 * both their sides look like names are read the other way: the people before the dash.
 */
export function readNamesFirst(sections: Section[], dashSpeakers: boolean): void {
  for (const section of sections) {
    readNamesFirst(section.children, dashSpeakers);
    const text = headingText(section);
    const sides = HAS_DASH.test(text)
      ? aroundFirstDash(readable(withoutKindAfterDash(text)))
      : undefined;
    if (!sides) continue;
    const parts = headingParts(section, dashSpeakers);
    const people = parts.title === sides[0].trim() ? peopleOnly(sides[0]) : undefined;
    if (!people) continue;
    section.parts = { title: splitHeading(sides[1], false).title, speakers: people };
  }
}
