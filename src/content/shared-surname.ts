import { isGivenName } from './given-names.ts';

/**
 * "Brad & Ian Frost", "Anna und Lars Berg": two people of one family named once, the family name
 * after the second. Each is read in full (Brad Frost, Ian Frost) where the first is a common
 * given name alone and the second a given name and a family name; "Design & Build Systems" names
 * no one.
 */
export function sharedSurname(names: string[], text: string): string[] | undefined {
  if (names.length !== 2 || !/\s(?:&|and|und|et|en|e|y|i|og|och)\s/u.test(text)) return undefined;
  const [first = '', second = ''] = names;
  const rest = second.split(/\s+/);
  if (first.includes(' ') || rest.length !== 2 || !isGivenName(first)) return undefined;
  const [given = '', family = ''] = rest;
  if (!isGivenName(given) || !/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(family)) return undefined;
  return [`${first} ${family}`, second];
}
