import type { Library } from '../model.ts';
import { fold } from '../search/analyze.ts';
import type { Plan } from './plan.ts';

const EVENT = String.raw`(?:conferences?|events?|confs?|editions?|meetups?|ones?)`;
const RATE = String.raw`(?:better|worse|nicer|more\s+(?:fun|interesting|useful|worth\s+it))`;
const TOP = String.raw`(?:the\s+)?(?:better|best|worse|worst|nicer|nicest|more\s+(?:fun|interesting|useful))`;
const IS = String.raw`(?:was|is|were|are)`;
const END = String.raw`[\s?!.]*$`;

/**
 * "Was surfdev better than kelpconf?", "surfdev or kelpconf, which was better?", "which
 * conference was the best?": an opinion of the events, which the notes never give. Each
 * pattern is anchored and its spans bounded (a question may be 3,000 characters).
 */
const RATED = [
  new RegExp(
    String.raw`^(?:so\s+)?${IS}\s+(?<first>.{1,80}?)\s+${RATE}\s+than\s+(?<second>.{1,80}?)${END}`,
  ),
  new RegExp(
    String.raw`^(?<offered>.{1,80}?\s(?:or|vs\.?|versus)\s.{1,80}?)\s*[,:?]?\s*which\s+(?:one\s+)?${IS}\s+${TOP}(?:\s+${EVENT})?${END}`,
  ),
  new RegExp(
    String.raw`^which\s+(?:one\s+)?${IS}\s+${TOP}(?:\s+${EVENT})?\s*[,:]?\s*(?<offered>.{1,80}?\s(?:or|vs\.?|versus)\s.{1,80}?)${END}`,
  ),
  new RegExp(
    String.raw`^(?:so\s+)?(?:which|what)\s+(?:${EVENT}\s+${IS}\s+${TOP}(?:\s+one)?|${IS}\s+the\s+(?:best|worst|nicest)\s+${EVENT})${END}`,
  ),
];

/**
 * The events an opinion asked of them is about (those offered, or every event with talks), as
 * an events plan: each with its number of talks, which is no rating (the answer says the notes
 * rate no event). Undefined where the question rates no events, or a side offered names none
 * ("was the kafka talk better than the uber talk" is about talks).
 */
export function ratedEvents(
  text: string,
  library: Library,
  eventsOf: (name: string) => string[],
): Plan | undefined {
  if (library.events.length < 2) return undefined;
  const asked = fold(text).replace(/\s+/g, ' ').trim();
  for (const pattern of RATED) {
    const match = pattern.exec(asked);
    if (!match) continue;
    const found = match.groups ?? {};
    const sides = found.offered
      ? found.offered.split(/\s(?:or|vs\.?|versus)\s/)
      : [found.first, found.second].filter((side): side is string => side !== undefined);
    const named = sides.map((side) => eventsOf(side));
    if (named.some((ids) => ids.length === 0)) return undefined;
    const withTalks = new Set(library.talks.map((talk) => talk.event));
    const wanted = sides.length > 0 ? new Set(named.flat()) : withTalks;
    const events = library.events.map((event) => event.id).filter((id) => wanted.has(id));
    return { kind: 'events', events };
  }
  return undefined;
}
