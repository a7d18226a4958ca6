import type { Speaker } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/**
 * "Zac was asked to give the talk at the last minute", "Priya Raman gave this talk", "Ola stepped
 * in to give the keynote": a sentence of a talk's notes saying who gave it. A first name alone is
 * the person the notes name in full elsewhere ("I watched Zac Hatfield-Dodds rehearse"); a first
 * name the notes never complete names no one.
 */
const GAVE = new RegExp(
  String.raw`(?:^|[.!?(]\s*|[,;:]\s+)(${PROSE_NAME}|\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:was|had been|got)\s+(?:asked|invited|chosen|drafted|booked)\s+to\s+(?:give|deliver|present)|(?:stepped|filled|jumped)\s+in\s+to\s+(?:give|deliver|present)|gave|delivered|presented)\s+(?:the|this)\s+(?:talk|keynote|session|presentation|lecture)\b`,
  'u',
);

/** The words a sentence opens with that are no one's name. */
const NOT_A_NAME =
  /^(?:he|she|they|we|i|it|who|someone|somebody|everyone|nobody|one|this|that|then|also|finally|later|today|yesterday)$/i;

export function gaveTheTalk(text: string, notes: () => string): Speaker | undefined {
  if (!/\b(?:the|this) (?:talk|keynote|session|presentation|lecture)\b/.test(text))
    return undefined;
  const said = GAVE.exec(text)?.[1];
  if (!said || NOT_A_NAME.test(said)) return undefined;
  const name = said.includes(' ') ? said : inFull(said, notes());
  if (!name) return undefined;
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name ? { name } : undefined;
}

/** "Zac" → "Zac Hatfield-Dodds", where the notes name the person in full. */
function inFull(first: string, notes: string): string | undefined {
  const full = new RegExp(
    String.raw`(?<![\p{L}])${escapeRegExp(first)}\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])`,
    'u',
  ).exec(notes);
  return full?.[1] ? `${first} ${full[1]}` : undefined;
}
