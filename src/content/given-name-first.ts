import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { parseSpeakerText } from './speaker-names.ts';

const firstWord = (text: string): string => text.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';

/**
 * "Julie Gunderson - You Can't Buy DevOps", "Michael Ducy - Different Paths, Same Place - A Human
 * Case Study": a person first, then a title in capitals that reads as a name too. Where the words
 * before the first dash are people whose first one starts with a given name, and the words after
 * it do not, those are the speakers and the rest is the title.
 */
export function givenNameFirst(left: string, right: string): Speaker[] | undefined {
  if (!isGivenName(firstWord(left)) || isGivenName(firstWord(right))) return undefined;
  const people = parseSpeakerText(left);
  return people?.every((person) => person.name && !person.company) ? people : undefined;
}
