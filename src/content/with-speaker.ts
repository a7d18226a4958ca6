import { englishWord } from '../search/english-words.ts';
import { escapeRegExp } from '../text.ts';
import { isGivenName } from './given-names.ts';
import { eachHeading } from './heading-speakers.ts';
import type { HeadingParts } from './heading-title.ts';
import { plainText } from './markdown-text.ts';
import { headingText, type Section } from './sections.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { cleanTitle } from './title-marks.ts';

/**
 * "Agile architecture and design with Neal Ford", "How Netflix ships with Jeremy Edberg": a
 * recap's talk heading, its title then "with" and its speaker. "Building services with Spring
 * Boot" and "Pairing with Claude Code" read the same way, so the name is taken only with evidence:
 * the notes under it call the person by one of their names alone ("Neal validated …"), or the
 * post titles two talks at least so, each name a given name first, one of them borne out. A name
 * whose first word is no given name and whose last is an English word ("Spring Boot", "Claude
 * Code", "Docker Compose") is a product's, whatever the notes say.
 */

/** The heading's title and the people after its last "with", where they read as people. */
export function withParts(heading: string): HeadingParts | undefined {
  // Cheap first: most headings have no " with ".
  const at = heading.lastIndexOf(' with ');
  if (at < 8) return undefined;
  const tail = heading
    .slice(at + 6)
    .trim()
    .replace(/[.!]$/, '');
  if (tail.length > 80 || !/^\p{Lu}/u.test(tail)) return undefined;
  const speakers = parseSpeakerText(tail);
  if (!speakers || speakers.length > 3) return undefined;
  for (const speaker of speakers) {
    const words = (speaker.name ?? '').split(/\s+/);
    if (speaker.company || words.length < 2 || words.length > 3) return undefined;
    if (!words.every((word) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(word))) return undefined;
  }
  const title = cleanTitle(heading.slice(0, at));
  if (!/\p{L}{2}/u.test(title)) return undefined;
  return { title, speakers };
}

/** Whether every speaker's first word is a given name ("Neal" is not known, "James" is). */
function givenFirst(parts: HeadingParts): boolean {
  return parts.speakers.every((speaker) => isGivenName((speaker.name ?? '').split(/\s+/)[0] ?? ''));
}

/** The notes call a speaker by their first name or surname alone: "Neal validated …", "Ford's". */
function namedAlone(parts: HeadingParts, body: string): boolean {
  return parts.speakers.some((speaker) => {
    const [first, ...rest] = (speaker.name ?? '').split(/\s+/);
    const last = rest.at(-1);
    if (!first || !last) return false;
    const alone = new RegExp(
      `(?<![\\p{L}])${escapeRegExp(first)}(?![\\p{L}])(?!\\s+${escapeRegExp(rest[0] ?? '')})|(?<![\\p{L}]\\s|[\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`,
      'u',
    );
    return alone.test(body);
  });
}

/** "Spring Boot", "Claude Code": no given name first, an English word last. */
function productLike(name: string): boolean {
  const words = name.split(/\s+/);
  return !isGivenName(words[0] ?? '') && englishWord((words.at(-1) ?? '').toLowerCase());
}

function notesOf(section: Section): string {
  return plainText(section.body.slice(0, 6)).slice(0, 4000);
}

/**
 * Whether the post titles its talks "Title with Jane Doe": two headings at least read so, each
 * with a given name first or a name the notes use alone, one of them the latter.
 */
export function postUsesWithSpeakers(sections: Section[]): boolean {
  let split = 0;
  let evident = false;
  eachHeading(sections, (section) => {
    const parts = withParts(headingText(section));
    if (!parts) return;
    const alone = namedAlone(parts, notesOf(section));
    if (alone || givenFirst(parts)) split++;
    evident ||= alone && !productLike(parts.speakers[0]?.name ?? '');
  });
  return split >= 2 && evident;
}

/** The heading's speaker after "with", where the notes or the post bear it out (see above). */
export function withSpeaker(section: Section, voted: boolean): HeadingParts | undefined {
  const parts = withParts(headingText(section));
  if (!parts) return undefined;
  const given = givenFirst(parts);
  if (!given && parts.speakers.some((speaker) => productLike(speaker.name ?? ''))) return undefined;
  if (!(voted && given) && !namedAlone(parts, notesOf(section))) return undefined;
  section.parts = parts;
  return { ...parts, speakers: parts.speakers.map((speaker) => ({ ...speaker })) };
}

/**
 * "**How Facebook does open source with James Pearce**" set apart as a talk: its speaker after
 * "with" where the notes after it call the person by a name alone, or the name is a given name
 * first (a bold line is a talk already by where it stands).
 */
export function boldWithSpeaker(
  title: string,
  notes: string | undefined,
): HeadingParts | undefined {
  const parts = withParts(title);
  if (!parts) return undefined;
  if (
    givenFirst(parts) ||
    (!productLike(parts.speakers[0]?.name ?? '') && namedAlone(parts, notes ?? ''))
  )
    return parts;
  return undefined;
}
