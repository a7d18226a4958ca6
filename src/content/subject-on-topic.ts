import type { Speaker } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import { isGivenName } from './given-names.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/**
 * "Charity Majors on why dashboards are not enough.", "David Sullins walked through ownership…",
 * "Dave Thomas shared how agile lost its way": the notes opening with a person's name and what
 * they spoke on, as notes shorten it. From a common given name; else only where the paragraph
 * goes on about a person ("She argued…", "Majors also…"): "Kafka Streams on how…", "Rust Belt
 * walked through…" name no one.
 */
const ON_TOPIC = new RegExp(
  String.raw`^(${PROSE_NAME})(?:\s+on\s+(?:why|how|what|when|whether|the|building|making|running|scaling)\b|\s+walked\s+(?:us\s+)?through\b|\s+(?:dove|dived|dug)\s+into\b|\s+(?:shared|explained|showed|argued|described|told\s+us|asked|made\s+the\s+case)\s+(?:how|why|what|whether|that)\b)`,
  'u',
);

export function subjectOnTopic(text: string): Speaker | undefined {
  const match = ON_TOPIC.exec(text);
  const name = match?.[1];
  if (!match || !name) return undefined;
  const words = name.split(/\s+/);
  if (!isGivenName(words[0] ?? '') && !aboutPerson(text.slice(match[0].length), words)) {
    return undefined;
  }
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name ? { name } : undefined;
}

/** A later sentence that opens with "She" or "He", or names the person by their family name. */
function aboutPerson(rest: string, words: string[]): boolean {
  if (/[.!?]\s+(?:She|He|Her|His)\s/u.test(rest)) return true;
  const family = words.at(-1) ?? '';
  return (
    family.length >= 3 && new RegExp(`(?<!\\p{L})${escapeRegExp(family)}(?!\\p{L})`, 'u').test(rest)
  );
}
