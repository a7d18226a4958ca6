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

/** Where the talk belongs: kind of session · topic · event. */
export function placeOf(talk: Pick<TalkCard, 'kind' | 'topic' | 'eventName'>): string {
  return [talk.kind, talk.topic, talk.eventName].filter((part) => part?.trim()).join(' · ');
}

/** The one byline of a talk: people · kind · topic · event. */
export function byline(talk: Pick<TalkCard, 'speakers' | 'kind' | 'topic' | 'eventName'>): string {
  return [people(talk.speakers), placeOf(talk)].filter(Boolean).join(' · ');
}
