import { isGivenName } from './given-names.ts';
import type { HeadingParts } from './heading-title.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * "Keynote: Dr. Aaliyah Johnson (Microsoft Research)", "Closing Keynote — Hiroshi Watanabe",
 * "Fireside chat with Kelsey Moreno and Raj Patel": a session named by its kind and its people
 * only. The kind is its title; the people its speakers.
 */
const UNTITLED =
  /^((?:(?:opening|closing|morning|afternoon|day\s*\d{1,2})\s+)?(?:keynote|fireside chat|panel|interview|ama|ask me anything|q&a))(?:(?<=keynote)\s+speaker)?(?:\s*#?\d{1,2})?(\s*[:–—|-]\s*|\s+with\s+)(.+)$/i;

export function untitledSession(text: string, dashSpeakers: boolean): HeadingParts | undefined {
  const session = untitledPeople(text);
  if (!session) return undefined;
  const { speakers } = session;
  // "Panel: Service Mesh" reads as a name too: only a company, a title, two people, "with", a
  // given name ("Keynote 1: Bjarne Stroustrup") or, in a post that names speakers after a dash,
  // a dash ("Keynote - Yehuda Katz") make the words people.
  const people =
    speakers.length > 1 ||
    speakers.some(
      (speaker) =>
        speaker.company ||
        /^(?:Dr|Prof)\.?\s/.test(speaker.name ?? '') ||
        isGivenName(speaker.name?.split(/\s+/)[0] ?? ''),
    ) ||
    /\swith\s/i.test(text.slice(0, session.title.length + 6)) ||
    (dashSpeakers && session.dashed === true);
  return people ? { title: session.title, speakers } : undefined;
}

/**
 * "Keynote: Sigrid Aalto": a session's kind, then what reads as people's names, whatever else
 * shows they are people (a caller without that evidence must find it elsewhere, as in the notes).
 */
export function untitledPeople(text: string): (HeadingParts & { dashed?: boolean }) | undefined {
  const match = UNTITLED.exec(text.trim());
  if (!match?.[1] || !match[3] || titleBeforeDash(match[3])) return undefined;
  const speakers = parseSpeakerText(match[3]);
  if (!speakers?.every((speaker) => speaker.name)) return undefined;
  return { title: match[1], speakers, dashed: /[–—-]/.test(match[2] ?? '') };
}

/**
 * "Keynote: Ten Years of Tiny Containers - Rosa Delgado": after the kind, a title, then its
 * speaker after a dash (read as "Name - Company", the title would be a person of the speaker's
 * company). "Keynote: Dr. Jane Doe - Acme" stays a person and their company.
 */
function titleBeforeDash(rest: string): boolean {
  const dash = /^(.+?)\s[–—-]{1,2}\s+(.+)$/.exec(rest.trim());
  if (!dash?.[1] || !dash[2]) return false;
  const before = dash[1].trim();
  const words = before.split(/\s+/);
  const person = looksLikeName(before) && (words.length < 3 || isGivenName(words[0] ?? ''));
  return (
    !person && (parseSpeakerText(dash[2])?.every((s) => s.name && looksLikeName(s.name)) ?? false)
  );
}
