import { groupOf } from '../catalogue.ts';
import type { Library } from '../model.ts';
import { fold } from '../search/analyze.ts';
import type { Plan } from './plan.ts';

const TALKS = '(?:talks?|sessions?|presentations?)';
const SIDES = String.raw`(?<one>[\p{L}\p{N} .+#-]{1,40}?)\s+(?:or|vs\.?|versus)\s+(?<other>[\p{L}\p{N} .+#-]{1,40}?)`;
const END = String.raw`[\s?!.]*$`;

/**
 * "Were there more devops or security talks?", "more talks on culture or on data?", "which had
 * more talks, culture or data": how many talks each of two topics had, most first, never the
 * talks of both listed. Only where each side is a topic of the notes.
 */
const MORE_OF = [
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:(?:were|was|are|is)\s+there\s+|did\s+(?:they|we|you)\s+have\s+|(?:got\s+|any\s+)?)(?:more|fewer|less)\s+${SIDES}\s+${TALKS}${END}`,
    'u',
  ),
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:(?:were|was|are|is)\s+there\s+)?(?:more|fewer)\s+${TALKS}\s+(?:on|about)\s+${SIDES.replace('(?:or|', '(?:or\\s+(?:on|about)|or|')}${END}`,
    'u',
  ),
  new RegExp(
    String.raw`^(?:which|what)\s+(?:topic\s+)?(?:had|has|got)\s+more\s+${TALKS}\s*[,:]?\s*${SIDES}${END}`,
    'u',
  ),
];

/** The two topics compared by their number of talks, as a ranked plan of those topics. */
export function topicComparison(text: string, library: Library): Plan | undefined {
  const said = fold(text).replace(/\s+/g, ' ').trim();
  for (const pattern of MORE_OF) {
    const sides = pattern.exec(said)?.groups;
    if (!sides?.one || !sides.other) continue;
    const topics = new Set(library.talks.map((talk) => fold(groupOf(talk) ?? '')));
    const asked = [sides.one, sides.other].map((side) => side.trim());
    if (!asked.every((side) => topics.has(side))) return undefined;
    return { kind: 'topics', ranked: true, only: asked };
  }
  return undefined;
}
