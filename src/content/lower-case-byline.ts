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
