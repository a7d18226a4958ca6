import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "Survivre dans la JS-jungle des outils de tests (Lise Quesnel) par Elisa Degobert": a team's
 * recap names each talk's speaker in parentheses after its title, then which of them wrote the
 * notes. The person in parentheses (named in full, from a common given name) is the speaker; the
 * writer after "par" or "by" is no speaker. "Title (Acme) by Jane Doe" stays Jane Doe of Acme.
 */
export function speakerBeforeWriter(
  title: string,
): { title: string; speakers: Speaker[] } | undefined {
  const parts = /^(.{3,}?)\s*\(([^()]{5,60})\)$/.exec(title.trim());
  if (!parts?.[1] || !parts[2]) return undefined;
  const people = parseSpeakerText(parts[2]);
  const named = people?.every(
    (person) =>
      !person.company &&
      /\s/.test(person.name ?? '') &&
      isGivenName((person.name ?? '').split(/\s+/)[0] ?? ''),
  );
  return people?.length && named ? { title: parts[1], speakers: people } : undefined;
}
