import { isGivenName } from './given-names.ts';
import { ROLE_ONLY, ROLE_WORDS } from './speaker-role.ts';

/** Words a lower-case phrase after "by" or a dash is made of when it is no name. */
const NOT_NAME_WORDS =
  /^(?:the|a|an|and|or|of|to|in|on|at|for|with|my|our|your|their|this|that|way|now|then|me|us|them|him|her|far|heart|default|design|hand|night|day|request|popular|people|team)$/;

/**
 * "by jane roe", "— john smith": a byline typed without capitals, right under a talk's heading.
 * Only a given name followed by one or two more words reads as a person's name ("by the way",
 * "— more soon" do not); the name is given its capitals.
 */
export function lowerCaseName(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return undefined;
  if (!words.every((word) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(word) && !NOT_NAME_WORDS.test(word)))
    return undefined;
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return isGivenName(name[0] ?? '') ? name.join(' ') : undefined;
}

/**
 * "speakers: rick ratzel, vyas ramasubramanian", "Speakers: Rick Lantz, vyas ramaswamy",
 * "speaker: matt mccormick (Kitware)": after a speaker's label, people of whom one at least is
 * typed without capitals, each of two words or more, perhaps with a company in parentheses; kept
 * as written. Undefined unless every part reads so: "Rick Lantz, senior engineer" is one person
 * and their job.
 */
export function lowerCaseNames(text: string): { name: string; company?: string }[] | undefined {
  const parts = text.trim().split(/,\s*|\s+(?:and|&)\s+/);
  const people = parts.map((part) => PERSON.exec(part.trim()));
  if (!people.some((person) => person?.[1] && LOWER_FIRST.test(person[1]))) return undefined;
  if (people.some((person) => !person?.[1] || !named(person[1]))) return undefined;
  return people.map((person) => {
    const [, name = '', company] = person ?? [];
    return company ? { name, company: company.trim() } : { name };
  });
}

const PERSON = /^(\p{L}[\p{L}'’-]+(?: \p{L}[\p{L}'’-]+){1,3})(?:\s*\(([^()]{2,60})\))?$/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** Every word in one case ("Rick Lantz", "vyas ramaswamy"), none of them a word of a phrase or a job. */
const named = (name: string): boolean =>
  (/^\p{Ll}+(?:\P{L}+\p{Ll}+)*$/u.test(name.replace(/[\s'’-]+/g, ' ')) ||
    name.split(' ').every((word) => /^\p{Lu}/u.test(word))) &&
  !name.split(' ').some((word) => NOT_NAME_WORDS.test(word.toLowerCase())) &&
  !ROLE_WORDS.test(name) &&
  !ROLE_ONLY.test(name);
