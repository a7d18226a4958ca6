import type { Speaker } from '../model.ts';
import { hostKind } from './classify-link.ts';
import { isGivenName } from './given-names.ts';
import { splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { cleanTitle, isKindAlone } from './title-marks.ts';

/**
 * "- **Title**" with nothing after it on its line, then "Speaker: Jane Doe (Acme)" on the next
 * line of the same bullet, then the author's notes ("Key takeaways: …"): the speaker's line is
 * the label's, never the title's words. Only a line that starts with a speaker's label counts
 * ("Jane Doe was great" on the next line is a note).
 */
export function labelledNextLine(
  first: string,
  others: string[],
): { speakers: Speaker[]; notes: string } | undefined {
  const [next = '', ...rest] = others;
  if (first.trim() !== '' || !SPEAKER_LABEL.test(next.trim())) return undefined;
  const speakers = speakerLine(next.trim(), false);
  if (!speakers?.length || !speakers.every((speaker) => speaker.name)) return undefined;
  return { speakers, notes: rest.join(' ').trim() };
}

/** "Speaker:", "Speakers:", "Presenter:", "Sprecher:", "Palestrante:", "Ponente:", "Orateur :", "演讲嘉宾：". */
export const SPEAKER_LABEL =
  /^(?:speakers?|presenters?|presented by|talk by|sprecher(?:in)?|referent(?:in)?|palestrantes?|ponentes?|orador(?:a|es)?|orat(?:eur|rice)s?|intervenant(?:e|s)?|relat(?:ore|rice|ori)|spreker|prelegen(?:t|ci)|foredragsholder|talare|докладчик|спикер|발표자|연사|登壇者|講演者|講者|発表者|スピーカー|演讲嘉宾|分享嘉宾|演讲者|讲者|讲师)\s*[:：]/iu;

/**
 * "[Keynote by Kari Holm](…)", "[Opening keynote by Per Aune](…)": a link to a session named by
 * its kind and its person. The kind is its title, the person its speaker ("[Refactoring by
 * Example](…)" names no kind first, and stays a title).
 */
export function kindByName(text: string): { title: string; speakers: Speaker[] } | undefined {
  const parts = KIND_BY.exec(text.trim());
  if (!parts?.[1] || !parts[2] || !isKindAlone(parts[1])) return undefined;
  const speakers = parseSpeakerText(parts[2]);
  if (!speakers?.length || !speakers.every((speaker) => speaker.name && isName(speaker.name)))
    return undefined;
  return { title: parts[1], speakers };
}

const KIND_BY = /^(.{4,40}?)\s+by\s+(.{3,80}?)[!.]?$/i;
/** "Kari Holm", "Per Aune and Bo Sten": words with a capital each, as names are written. */
const isName = (text: string): boolean =>
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|der|den|du|la|le|di))*$/u.test(
    text,
  );

/**
 * "- [Takahiko Ito - Document Writing in CI](…)", "- [Will Button (Trax) - Title](…)" under a
 * heading that says these are talks: the link's words name the speaker first, as a heading
 * would. Elsewhere a linked "Spring Boot - Reference Guide" is a page, no talk.
 */
export function personFirstLink(
  link: MdNode,
  talkContainer: boolean,
): { title: string; speakers: Speaker[] } | undefined {
  if (!talkContainer || !link.url) return undefined;
  const text = plainText(link).trim();
  if (!/\s[-–—]\s/.test(text)) return undefined;
  const parts = splitHeading(text, true);
  if (parts.speakers.length === 0 || !/\p{L}{2}/u.test(parts.title)) return undefined;
  // The name must stand first: "Title - Jane Doe" is read by the line's own reader.
  if (!text.startsWith(parts.speakers[0]?.name ?? '\u0000')) return undefined;
  return { title: parts.title, speakers: parts.speakers };
}

/**
 * "[Cache is King by Molly Struve](…)", "[RailsConf 2019 - The Elusive Attribute by Chris
 * Salzberg - YouTube](…)": a video's own title pasted as the link's words, the person after
 * "by" named in full with a given name first ("[Learning by Trolling](…)" stays a title), and
 * the conference of a year before a dash no part of the title.
 */
export function titleByPerson(link: MdNode): { title: string; speakers: Speaker[] } | undefined {
  if (!link.url) return undefined;
  const parts = TITLE_BY.exec(cleanTitle(plainText(link)));
  if (!parts?.[1] || !parts[2]) return undefined;
  const speakers = parseSpeakerText(parts[2]);
  // A talk's video or slides say so by their address; elsewhere the name must start as one does.
  const recorded = hostKind(link.url) !== undefined;
  const named = speakers?.every(
    (s) =>
      s.name &&
      isName(s.name) &&
      s.name.includes(' ') &&
      (recorded || isGivenName(s.name.split(' ')[0] ?? '')),
  );
  if (!speakers?.length || !named) return undefined;
  return { title: parts[1].replace(EVENT_BEFORE, ''), speakers };
}

const TITLE_BY = /^(.{3,120})\s+by\s+([^()]{3,80}?)[!.]?$/u;
/** "RailsConf 2019 - ": a conference and its year before the title, as video sites title talks. */
const EVENT_BEFORE = /^\p{L}[\p{L}\d .:-]{1,40}?\s(?:19|20)\d\d\s+[-–—|:]\s+(?=\p{L})/u;
