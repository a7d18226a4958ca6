import type { Speaker } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import { isGivenName } from './given-names.ts';
import { HAS_DASH } from './heading-dash.ts';
import { type HeadingParts, splitHeading, splitOnHeading } from './heading-title.ts';
import { plainText } from './markdown-text.ts';
import { isProfileLink } from './profile-links.ts';
import { headingText, type Section } from './sections.ts';
import { isCompanyLike } from './speaker-names.ts';
import { SPEAKING } from './subject-speaker.ts';
import { findLinks } from './talk-links.ts';
import { untitledPeople } from './untitled-session.ts';

/**
 * A speaker named in a talk's heading ("Title – Annie Park", "Jane Doe on Topic", "Keynote:
 * Name"), taken as one when the notes or the post bear it out.
 */

/**
 * "Comparing trees – Annie Park" in a post whose other headings do not vote for dashed speakers
 * (see `postUsesDashSpeakers`): the name after the dash is the speaker when the notes under the
 * heading call them by it ("Annie walked through …"), or when the post names its speakers in
 * other headings and this one is a title in sentence case followed by a name of two words
 * ("Ports & adapters in practice – Tom Berg"). "Chaos Engineering – Breaking Things Safely" stays
 * a title with its subtitle.
 */
export function dashedNamedInBody(
  section: Section,
  parts: HeadingParts,
  namesSpeakers: boolean,
  onSpeakers = false,
): HeadingParts {
  const dashed = splitHeading(headingText(section), true);
  if (dashed.speakers.length === 0) return personOnTopic(section, parts, onSpeakers);
  if (dashed.speakers.length > 3) return parts;
  const [only] = dashed.speakers;
  // A name with a company or role after it ("Jane Doe, Staff Engineer at Shopify") is a person.
  // "Kotlin im Backend – Stefan Krüger, Nordwerk GmbH": a company by its name's form says so in
  // any post; so does a handle ("— @ren.bsky.social") or an honorific ("— 이도현 님").
  if (
    HONORIFIC.test(headingText(section)) ||
    dashed.speakers.every(
      (speaker) =>
        (speaker.company && isCompanyLike(speaker.company)) || speaker.name?.startsWith('@'),
    )
  ) {
    section.parts = dashed;
    return dashed;
  }
  if (
    namesSpeakers &&
    dashed.speakers.length === 1 &&
    ((only?.name?.split(/\s+/).length === 2 && /\s\p{Ll}{3,}/u.test(dashed.title)) ||
      only?.company !== undefined)
  ) {
    section.parts = dashed;
    return dashed;
  }
  const body = plainText(section.body.slice(0, 6)).slice(0, 4000);
  // "… — [Phil Eaton](https://github.com/eatonphil)": the name links to a person's profile.
  const linked = findLinks(section.heading).some((link) => isProfileLink(link, dashed.speakers));
  const mentioned =
    linked ||
    dashed.speakers.some((speaker) => {
      const words = (speaker.name ?? '').split(/\s+/).filter((word) => word.length >= 3);
      return [words[0], words.at(-1)].some(
        (word) =>
          word !== undefined &&
          new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(body),
      );
    });
  if (!mentioned) return parts;
  // "React Native: 웹 개발자가 …" over notes about React Native: what stands before a colon is
  // what the notes are about, so a mention is no sign of a person there; a given name is, or the
  // notes saying what they did ("Matz explained …").
  if (
    !linked &&
    nameBeforeColon(headingText(section), dashed) &&
    !personShown(dashed.speakers, body)
  )
    return parts;
  section.parts = dashed;
  return dashed;
}

/** "Jane Doe: Title": the heading's people stand first, before its one colon. */
function nameBeforeColon(text: string, parts: HeadingParts): boolean {
  const colon = text.indexOf(': ');
  return colon > 0 && !HAS_DASH.test(text) && text.startsWith(parts.speakers[0]?.name ?? ':');
}

function personShown(speakers: Speaker[], body: string): boolean {
  return (
    speakers.every((speaker) => isGivenName((speaker.name ?? '').split(/\s+/)[0] ?? '')) ||
    speakers.some((speaker) => spokenOf(speaker, body) || calledByGivenName(speaker, body))
  );
}

/**
 * "## Sascha Pallenberg: Digitalisierung bei Daimler" over "Sascha war einst … Seit einiger Zeit
 * ist er nun bei Daimler …": the notes call the person by the first name alone and say "he" or
 * "she" — a person, where a given name unknown to `isGivenName` could be a product's word too
 * ("React Native: …" over notes on React).
 */
function calledByGivenName(speaker: Speaker, body: string): boolean {
  const [first, ...rest] = (speaker.name ?? '').split(/\s+/);
  if (!first || first.length < 3 || rest.length === 0 || !PRONOUN.test(body)) return false;
  const alone = new RegExp(
    `(?<![\\p{L}])${escapeRegExp(first)}(?![\\p{L}]|\\s+${escapeRegExp(rest[0] ?? '')})`,
    'u',
  );
  return alone.test(body);
}

/** "he", "she", "er", "sie hat", "elle", "él", "hij", "zij": a person spoken of in the notes. */
const PRONOUN =
  /(?<![\p{L}])(?:he|she|his|him|her|er|ihm|ihn|seine[mnrs]?|elle|él|ella|hij|zij)(?![\p{L}])/iu;

/**
 * "## Keynote: Sigrid Aalto" (no company, no title) over "Sigrid talked about …": the name is the
 * speaker when the notes call the person by their first name alone or say what they did on stage.
 * "Panel: Service Mesh" over "Service mesh adoption …" shows neither.
 */
export function untitledNamedInBody(
  heading: string,
  notes: () => string,
): HeadingParts | undefined {
  const session = untitledPeople(heading);
  if (!session || session.speakers.length > 4) return undefined;
  const body = notes();
  // A panel's topic is often capitalised like a name: only what the people did counts there.
  const panel = /panel|q&a/i.test(session.title);
  const named = session.speakers.some((speaker) => {
    const [first, ...rest] = (speaker.name ?? '').split(/\s+/);
    if (panel || !first || first.length < 3 || rest.length === 0) return spokenOf(speaker, body);
    const alone = new RegExp(
      `(?<![\\p{L}])${escapeRegExp(first)}(?![\\p{L}])(?!\\s+${escapeRegExp(rest[0] ?? '')})`,
      'u',
    );
    return alone.test(body) || spokenOf(speaker, body);
  });
  return named ? session : undefined;
}

/**
 * "## Jane Doe on Observability at Scale": the person is the speaker when the heading gives their
 * company ("Jane Doe (Acme) on …"), links their profile, or the notes say what they did ("Jane
 * explained …"), or most headings of the post read so (`postUsesOnSpeakers`). "Service Mesh on
 * Kubernetes" has none of these.
 */
export function personOnTopic(section: Section, parts: HeadingParts, voted = false): HeadingParts {
  const text = headingText(section);
  const on = splitOnHeading(text);
  if (!on || !(voted || personEvident(section, on))) {
    // The notes are read only for a heading that reads "Keynote: Name" (most headings do not).
    const untitled = untitledNamedInBody(text, () =>
      plainText(section.body.slice(0, 6)).slice(0, 4000),
    );
    if (!untitled) return parts;
    section.parts = untitled;
    return untitled;
  }
  section.parts = on;
  return on;
}

function personEvident(section: Section, on: HeadingParts): boolean {
  const body = plainText(section.body.slice(0, 6)).slice(0, 4000);
  return (
    on.speakers.some((speaker) => speaker.company) ||
    findLinks(section.heading).some((link) => isProfileLink(link, on.speakers)) ||
    on.speakers.some((speaker) => spokenOf(speaker, body))
  );
}

/**
 * Whether a post titles its talks "Jane Doe on Topic": three headings at least read so, half of
 * its headings or more, and one of them at least shows the person (above). "Spring Boot on
 * Azure", "Service Mesh on Kubernetes" and "Large Language Models on the Edge" show none.
 */
export function postUsesOnSpeakers(sections: Section[]): boolean {
  let split = 0;
  let evident = false;
  const headings = eachHeading(sections, (section) => {
    const on = splitOnHeading(headingText(section));
    if (on) {
      split++;
      evident ||= personEvident(section, on);
    }
  });
  return split >= 3 && split * 2 >= Math.min(headings, 200) && evident;
}

/** Each of the post's first 200 headings, depth first, to `visit`; how many were seen (up to 201). */
export function eachHeading(sections: Section[], visit: (section: Section) => void): number {
  let headings = 0;
  const walk = (list: Section[]): void => {
    for (const section of list) {
      if (++headings > 200) return;
      visit(section);
      walk(section.children);
    }
  };
  walk(sections);
  return headings;
}

/** "이도현 님 (구름컴퓨팅)", "Ramesh Iyer さん": an honorific after a name, as Korean and Japanese write. */
const HONORIFIC = /\S\s*(?:님|さん|氏|先生|씨)\s*(?:[(（]|$)/u;

/** "Jane explained …", "Doe's demo …": the notes tell what the person did on stage. */
const OWN_TALK = "['’]s\\s+(?:talk|keynote|session|slides|demo|presentation|main point|point)";

function spokenOf(speaker: Speaker, body: string): boolean {
  const words = (speaker.name ?? '').split(/\s+/).filter((word) => word.length >= 3);
  return [words[0], words.at(-1)].some(
    (word) =>
      word !== undefined &&
      new RegExp(
        `(?<![\\p{L}])${escapeRegExp(word)}(?:\\s+(?:${SPEAKING}|said|says|noted|pointed out)|${OWN_TALK})\\b`,
        'u',
      ).test(body),
  );
}
