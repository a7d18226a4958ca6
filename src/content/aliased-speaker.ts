import type { Speaker } from '../model.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * "Đức Đào (Duc Dao) – Solution Architect tại Cloud Kinetics": a name, the same person's name in
 * plain Latin letters in parentheses, then their role and company after a dash, as Vietnamese
 * (and other) posts write a speaker. The parentheses hold no company: both spellings are the
 * person's name, kept together as "許宏翔 (Mike Hsu)" is (see dash-links.ts), and the company is
 * read from what follows the dash.
 */
const NAME_ALIAS_DASH =
  /^([^()\-–—,]{3,40}?)\s*\((\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\)\s*[–—-]\s*(\S.{1,100}?)\.?$/u;

export function aliasedSpeaker(text: string): Speaker[] | undefined {
  const match = NAME_ALIAS_DASH.exec(text.trim());
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const name = match[1].trim();
  // The alias is a name too ("Duc Dao", "Tinh Truong"), never a company ("(Acme)" is one word).
  if (!looksLikeName(name) || !looksLikeName(match[2])) return undefined;
  const people = parseSpeakerText(`${name} – ${match[3]}`);
  const person = people?.length === 1 ? people[0] : undefined;
  if (person?.name !== name) return undefined;
  return [{ ...person, name: `${name} (${match[2]})` }];
}
