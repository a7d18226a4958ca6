import { englishWord } from '../search/english-words.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * `- Jiří Pinkas` among a talk's first bullets of facts (`- Length 35:22, watched on …`,
 * `- Language: Czech`): a name alone on its bullet is the speaker even where its given name is
 * no common one, when its words read as a name and none is an English word ("- Virtual Threads",
 * "- Spring Boot" among the same facts stay notes).
 */

/** "Length 46:44, …", "Language: Czech", "Duration 30 min": a bullet of facts about the talk. */
const FACT =
  /^(?:length|duration|language|level|room|track|date|time|watched|recorded|slides|video|format)\b|^\p{L}[\p{L} ]{1,20}:\s*\S|\b\d{1,2}:\d{2}\b/iu;

/** Whether a list's first items hold a bullet of facts about the talk. */
export function factList(list: MdNode): boolean {
  return list.children.slice(0, 5).some((item) => FACT.test(plainText(item.children).trim()));
}

/** A bullet that is only a name of two or three words, none of them English (see above). */
export function foreignNameAlone(item: MdNode): boolean {
  const [paragraph, ...more] = item.children;
  if (paragraph?.type !== 'paragraph' || more.length > 0) return false;
  const [only, ...besides] = paragraph.children.filter(
    (child) => child.type !== 'text' || (child.value ?? '').trim() !== '',
  );
  if (only?.type !== 'text' || besides.length > 0) return false;
  const name = (only.value ?? '').trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !looksLikeName(name)) return false;
  if (!isGivenName(words[0] ?? '') && words.some((word) => englishWord(word.toLowerCase())))
    return false;
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name && !people[0].company;
}
