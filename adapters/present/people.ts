import type { TalkCard } from '../../src/answer.ts';
import type { Speaker } from '../../src/model.ts';

/**
 * Who gave a talk, written the same way on every surface: each person with their company in
 * brackets ("Jane Doe (Acme), Ali Khan (Globex)"; people of one company share it: "Andrew
 * Spyker and Sharma Podila (Netflix)"), so a company never reads as a topic and two people
 * never read as four.
 */
export function speakerName(speaker: Speaker): string {
  const who = speaker.name?.trim() || undefined;
  const company = speaker.company?.trim() || undefined;
  const role = speaker.role?.trim() || undefined;
  if (who) return company ? `${who} (${company})` : who;
  // The facts name only a role or a company: say so rather than invent a name.
  if (role && company) return `${role}, ${company}`.replace(/^./, (c) => c.toUpperCase());
  if (company) return `a speaker from ${company}`;
  return role ?? '';
}

export const UNKNOWN_SPEAKER = 'speaker unknown';

/** Every speaker of a talk, or "speaker unknown" when the notes name nobody. */
export function people(speakers: Speaker[]): string {
  const together = sameCompany(speakers);
  if (together) return together;
  const names = speakers.map(speakerName).filter(Boolean);
  if (names.length === 0) return UNKNOWN_SPEAKER;
  if (names.length === 1) return names[0] as string;
  // A semicolon when a role reads "Co-founder, Recurse Center", so the comma stays inside one person.
  const separator = names.some((n) => n.includes(',')) ? '; ' : ', ';
  return names.join(separator);
}

/**
 * Named people of one company, the company said once: "Andrew Spyker and Sharma Podila (Netflix)".
 * Undefined when they are not all named or not all of one company.
 */
function sameCompany(speakers: Speaker[]): string | undefined {
  if (speakers.length < 2) return undefined;
  const names = speakers.map((s) => s.name?.trim());
  const companies = new Set(speakers.map((s) => s.company?.trim().toLowerCase()));
  const company = speakers[0]?.company?.trim();
  if (!company || companies.size !== 1 || names.some((n) => !n) || speakers.some((s) => s.role))
    return undefined;
  const last = names.pop();
  return `${names.join(', ')} and ${last} (${company})`;
}

/**
 * Where the talk belongs: kind of session · topic · event. The kind is left out where the topic
 * already says it ("Keynotes", "Day 2 lightning talks"): "Keynote · Keynotes" said it twice.
 */
export function placeOf(talk: Pick<TalkCard, 'kind' | 'topic' | 'eventName'>): string {
  const kind = talk.kind && talk.topic && saysKind(talk.topic, talk.kind) ? undefined : talk.kind;
  return [kind, talk.topic, talk.eventName].filter((part) => part?.trim()).join(' · ');
}

/** Whether a topic's words hold a kind's, each in the singular or the plural. */
function saysKind(topic: string, kind: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const same = (a: string, b: string) => a === b || a === `${b}s` || a === `${b}es`;
  const kindWords = words(kind);
  const topicWords = words(topic);
  if (kindWords.length === 0) return false;
  return topicWords.some((_, at) =>
    kindWords.every((word, i) => {
      const other = topicWords[at + i];
      return other !== undefined && (same(other, word) || same(word, other));
    }),
  );
}

/** The one byline of a talk: people · kind · topic · event. */
export function byline(talk: Pick<TalkCard, 'speakers' | 'kind' | 'topic' | 'eventName'>): string {
  return [people(talk.speakers), placeOf(talk)].filter(Boolean).join(' · ');
}
