import { CONFERENCE_WORD } from './event-name.ts';

/**
 * A conference named with its year in a sentence: "… from AWS Community Day Nordics 2025 in …",
 * also two brands joined by + or & ("KubeCon + CloudNativeCon Europe 2025").
 */
const NAMED_WITH_YEAR =
  /(?:^|[\s#(])(\p{Lu}[\p{L}\d&.+'’-]*(?:\s+(?:[+&]\s+)?\p{Lu}[\p{L}\d&.+'’-]*){0,4}\s+(?:19|20)\d{2})(?![\p{L}\d])/gu;

const ONE_BRAND = /(?:^|\s)(\p{Lu}[\p{Ll}\d]+\p{Lu}[\p{L}\d]*\s+(?:19|20)\d{2})$/u;

/** The first conference a post's opening sentences name with its year, if any. */
export function conferenceInText(text: string): string | undefined {
  for (const match of text.slice(0, 600).matchAll(NAMED_WITH_YEAR)) {
    const name = (match[1] ?? '').replace(/^(?:Just|From|At|During|My|Our|The|Back)\s+/u, '');
    // A conference's word must be in it: "In March 2025" is a date, not an event; a name
    // written as one word with a capital inside ("RustLab 2025", "JSNation 2025") is a brand's.
    if (CONFERENCE_WORD.test(name) || /\bday\b/i.test(name)) return name;
    const brand = ONE_BRAND.exec(name)?.[1];
    if (brand) return brand;
  }
  // "Lisbon Kotlin User Group — meetup #31, May 2025": a user group's meetup, by its number.
  const group = text.includes('#') ? GROUP_MEETUP.exec(text.slice(0, 200)) : null;
  return group?.[1] && group[2] ? `${group[1]} #${group[2]}` : undefined;
}

const GROUP_MEETUP =
  /^\W{0,4}(\p{Lu}[\p{L}\d.]*(?:\s+\p{Lu}[\p{L}\d.]*){0,4}\s+(?:User\s+Group|Usergroup|JUG|Meetup))\s*(?:[—–:-]\s*)?(?:meetup\s+)?#(\d{1,4})\b/u;
