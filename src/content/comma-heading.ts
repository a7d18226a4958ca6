import { isGivenName } from './given-names.ts';
import type { HeadingParts } from './heading-title.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * "Observability at scale, Liz Fong-Jones": a name after the last comma, read so only where the
 * post's headings vote for it (see `postUsesDashSpeakers`): "Kubernetes, the hard way" stays.
 */
export function splitComma(text: string): HeadingParts | undefined {
  const comma = text.lastIndexOf(', ');
  if (comma < 3) return undefined;
  const name = text.slice(comma + 2).trim();
  const title = text.slice(0, comma);
  if (!/\p{L}{2}/u.test(title)) return undefined;
  if (looksLikeName(name)) {
    const more = crew(title.split(', ').slice(1));
    if (more.length === 0) return { title, speakers: [{ name }] };
    const kept = title.split(', ');
    return {
      title: kept.slice(0, kept.length - more.length).join(', '),
      speakers: [...more.map((other) => ({ name: other })), { name }],
    };
  }
  const joined = joinedPeople(text);
  if (joined) return joined;
  // "Usando behat, Alfonso Machado, GeeksHub", "Title, Alain Regnier, @altolabs, GDG Paris": the
  // person's company (and handle) after their name.
  const parts = title.split(', ');
  const handle = parts.length > 2 && /^@[\w.]{2,30}$/.test(parts.at(-1) ?? '') ? 1 : 0;
  const person = parts.at(-1 - handle) ?? '';
  if (parts.length < 2 + handle || !looksLikeName(person)) return undefined;
  const people = parseSpeakerText(`${person}, ${name}`);
  if (people?.length !== 1 || people[0]?.name !== person || !people[0].company) return undefined;
  // "Title, Ian Coldwater, Duffie Cooley, Rory McCune, Datadog": more people before the last.
  const before = parts.slice(0, -1 - handle);
  const more = crew(before.slice(1));
  return {
    title: before.slice(0, before.length - more.length).join(', '),
    speakers: [...more.map((other) => ({ name: other })), ...people],
  };
}

/**
 * "Title, Andrew Martin & Matt Jarvis": people joined by "&" or "and" after the last comma, each a
 * full name from a common given name.
 */
function joinedPeople(text: string): HeadingParts | undefined {
  const comma = text.lastIndexOf(', ');
  const title = text.slice(0, comma);
  const people = comma > 2 ? parseSpeakerText(text.slice(comma + 2).trim()) : undefined;
  if (!people || people.length < 2 || !/\p{L}{2}/u.test(title)) return undefined;
  if (!people.every((person) => !person.company && givenFirst(person.name ?? ''))) return undefined;
  const more = crew(title.split(', ').slice(1));
  const kept = title.split(', ');
  return {
    title: kept.slice(0, kept.length - more.length).join(', '),
    speakers: [...more.map((name) => ({ name })), ...people],
  };
}

/**
 * The full names that end a list of the title's comma parts, the first of them from a common
 * given name: "…, Ian Coldwater, Duffie Cooley, Brad Geesaman" is three people, though "Duffie" is
 * no common given name, as a name between two that are.
 */
function crew(parts: string[]): string[] {
  let from = parts.length;
  while (from > 0 && looksLikeName(parts[from - 1] ?? '') && /\s/.test(parts[from - 1] ?? ''))
    from--;
  while (from < parts.length && !givenFirst(parts[from] ?? '')) from++;
  return parts.slice(from);
}

const givenFirst = (name: string) => /\s/.test(name) && isGivenName(name.split(/\s+/)[0] ?? '');
