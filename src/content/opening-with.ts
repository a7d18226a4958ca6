import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/**
 * "Cette journée commence avec David Chavalarias, qui nous parle de …", "On enchaîne avec
 * Benjamin Becquet, qui …", "The day started with Jane Roe, who …": the first sentence of a
 * talk's notes says the programme went on with a person, then what they did — its speaker. Only
 * after a verb of starting or going on, and a "who" after the name: "lunch with Jane Roe" is none.
 */
const WENT_ON_WITH = new RegExp(
  String.raw`^[^.!?]{0,60}?\b(?:commence|commen[cç]ait|d[ée]marre|enchaîne|enchaine|continue|poursuit|ouvre|s['’]ouvre|starts?|started|opens?|opened|continues?|continued|kicks? off|kicked off|goes on|went on|follows?|followed|begins?|began)\s+(?:avec|with)\s+(${PROSE_NAME}),?\s+(?:qui|who)\b`,
  'u',
);

export function openingWith(text: string): Speaker | undefined {
  if (!text.includes(' qui ') && !text.includes(' who ')) return undefined;
  const name = WENT_ON_WITH.exec(text)?.[1];
  if (!name) return undefined;
  const people = parseSpeakerText(name);
  if (people?.length !== 1 || people[0]?.name !== name) return undefined;
  return isGivenName(name.split(' ')[0] ?? '') || name.split(' ').length === 2
    ? { name }
    : undefined;
}
