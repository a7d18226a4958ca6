import { isGivenName } from './given-names.ts';

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
 * "speakers: rick ratzel, vyas ramasubramanian", "speaker: matt mccormick (Kitware)": after a
 * speaker's label, people typed without capitals, each of two words or more, perhaps with a company
 * in parentheses; kept as written. Undefined unless every part reads so.
 */
export function lowerCaseNames(text: string): { name: string; company?: string }[] | undefined {
  const parts = text.trim().split(/,\s*|\s+(?:and|&)\s+/);
  const people = parts.map((part) => LOWER_PERSON.exec(part.trim()));
  if (people.some((person) => !person?.[1] || person[1].split(' ').some(notName))) return undefined;
  return people.map((person) => {
    const [, name = '', company] = person ?? [];
    return company ? { name, company: company.trim() } : { name };
  });
}

const LOWER_PERSON = /^(\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+){1,3})(?:\s*\(([^()]{2,60})\))?$/u;
const notName = (word: string): boolean => NOT_NAME_WORDS.test(word);
