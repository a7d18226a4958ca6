import type { Speaker } from '../model.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * A recap's sentence that names the people before the talk they gave: "Next up was Tomasz Wielgosz
 * from Northwind Freight, talking about *Event Sourcing Without Tears*", "Marco Bellini (Quanta
 * Labs) talked about **Rust in the Data Path**", "Priya Raman from Tessellate, who gave the
 * keynote **Boring Systems Win**", "Poi Matteo Conti (Bending Spoons) ha parlato di **…**". The
 * words before the title end with a person (and their company) and a speaking verb.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3}`;
const AND = String.raw`\s+(?:and|&|e|y|et|und|i|en)\s+`;
const COMPANY = String.raw`\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}`;
/** Speaking verbs in English, Italian, Spanish, Portuguese, French, German and Dutch. */
const SPOKE =
  '(?:talked|talking|spoke|speaking|presented|presenting|present|presents|gave|giving|delivered|did|ha parlato|parlò|ha presentato|presentò|habló|presentó|falou|apresentou|a parlé|a présenté|sprach|präsentierte|hield|sprak|presenteerde)';
const ABOUT = '(?:about|on|di|de|del|della|sobre|sur|über|over)';
const SESSION = String.raw`(?:(?:the|a|an|her|his|their|our|il|la|el|le|den|die|das|de|het|um|uma|o|un|una)\s+)?(?:(?:opening|closing|first|second|last|joint)\s+)?(?:keynote|talk|session|presentation|lightning talk|intervento|charla|palestra|vortrag|conférence|praatje)`;
const PERSON_BEFORE = new RegExp(
  String.raw`(${NAME}(?:${AND}${NAME})?)(?:\s*\(([^()]{2,60})\)|\s+(?:from|of|at|di|de|da|von|van|bei|chez)\s+(${COMPANY}))?,?\s+(?:who\s+)?${SPOKE}(?:\s+${ABOUT})?(?:\s+${SESSION})?(?:\s+(?:called|titled|named|entitled|on|about))?\s*[:,]?\s*["“«]?$`,
  'u',
);

/** Sentence words before a name that are no part of it ("Then Mads …", "Poi Matteo …"). */
const LEAD =
  /^(?:Then|Next|Also|Finally|After|Poi|Luego|Después|Depois|Ensuite|Dann|Daarna)\s+(?=\S+\s+\S)/u;

/** The people the words before a title name as its speakers, with their company; else undefined. */
export function personBefore(before: string): Speaker[] | undefined {
  if (before.length > 160) return undefined;
  const found = PERSON_BEFORE.exec(before);
  const names = found?.[1]?.replace(LEAD, '');
  if (!names) return undefined;
  const company = (found?.[2] ?? found?.[3])?.trim();
  const people = looksLikeName(names) ? [names] : undefined;
  const written = company ? `${names} (${company})` : names;
  const speakers = parseSpeakerText(written);
  if (!speakers?.every((speaker) => speaker.name && looksLikeName(speaker.name))) return undefined;
  return people && !company ? [{ name: names }] : speakers;
}
