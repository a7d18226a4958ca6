import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/**
 * "Charity Majors on why dashboards are not enough.", "David Sullins walked through ownership…":
 * the notes opening with a person's name and what they spoke on, as notes shorten it. Only from
 * a common given name: "Kafka Streams on how…", "Rust Belt walked through…" name no one.
 */
const ON_TOPIC = new RegExp(
  String.raw`^(${PROSE_NAME})(?:\s+on\s+(?:why|how|what|when|whether|the|building|making|running|scaling)\b|\s+walked\s+(?:us\s+)?through\b|\s+(?:dove|dived|dug)\s+into\b)`,
  'u',
);

export function subjectOnTopic(text: string): Speaker | undefined {
  const name = ON_TOPIC.exec(text)?.[1];
  if (!name || !isGivenName(name.split(/\s+/)[0] ?? '')) return undefined;
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name ? { name } : undefined;
}
