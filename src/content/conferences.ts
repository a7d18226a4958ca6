import type { ConferenceEvent, Talk } from '../model.ts';
import { trimEndOf } from '../text.js';
import { namesDateOnly } from './date-heading.ts';
import { conferenceName, conferencePlace } from './event-name.ts';
import { talkId } from './talk-id.ts';

/**
 * A post about several conferences ("KubeCon EU and DevOpsDays Amsterdam"), each under a group
 * heading of its own (`## KubeCon EU 2025`, `## DevOpsDays Amsterdam 2025`): each is an event of
 * its own, with its talks. A post with one such heading is about that conference, as before.
 */

/** A conference's word ("QCon London", "DevOpsDays", "Platform Summit"), in any case. */
const CONFERENCE_WORD =
  /\p{L}*con\b|\b(?:conf|conference|summit|days|fest|camp|meetup|symposium|forum|expo|devoxx|jfokus|fosdem|strange ?loop|re:invent)\b/iu;

/**
 * A name and a year ("Scale Oslo 2025", "Agile Tour de Garonne 2031"): capitalised words, a small
 * joining word between two ("de", "of", "am"), case-exact ("notes 2024" is none).
 */
const NAME_YEAR =
  /^\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:(?:de|du|des|la|le|of|the|von|vom|van|der|den|del|di|da|do|dos|y|am|an|im|in|on|at|and|&)\s+)?\p{Lu}[\p{L}\d.&'’-]*){0,3}\s+(?:19|20)\d\d$/u;

/**
 * Letters without which no heading names a conference (`CONFERENCE_WORD` or `NAME_YEAR` needs
 * one of them, and `conferenceName` only cuts): most headings are talks' titles, asked about on every one, and
 * this test spares them `conferenceName`'s regexps.
 */
const MAY_NAME =
  /con|summit|days|fest|camp|meetup|symposium|forum|expo|devoxx|jfokus|fosdem|loop|invent|(?:19|20)\d\d/i;

/** Whether a group heading names a conference, rather than a theme or a track. */
export function namesConference(heading: string): boolean {
  if (!MAY_NAME.test(heading)) return false;
  const name = conferenceName(heading);
  return (
    name.length <= 80 &&
    (CONFERENCE_WORD.test(name) || NAME_YEAR.test(name)) &&
    !/\btrack\b/i.test(name) &&
    !PART_OF_YEAR.test(name) &&
    !namesDateOnly(name)
  );
}

/** "Theme 2025", "Highlights 2024", "Agenda 2025": a part of a year's program, no conference's name. */
const PART_OF_YEAR =
  /^(?:the\s+)?(?:theme|motto|agenda|program(?:me)?|schedule|highlights|recap|review|summary|notes|talks|sessions|keynotes|speakers|sponsors|numbers|retrospective|edition)\s+(?:19|20)\d\d$/i;

/**
 * "Day 1 (ArgoCon)", "Day 2 — KubeCon EU": a day heading that says which conference that day
 * was, in a post about co-located conferences; none for "Day 1 (Tuesday)" or "Day 2 – Workshops".
 */
export function dayConference(heading: string): string | undefined {
  const at = /^[^()–—]{1,40}?(?:\s*\(([^()]{3,60})\)|\s+[–—-]\s+(.{3,60}))$/.exec(heading.trim());
  const name = (at?.[1] ?? at?.[2])?.trim();
  return name &&
    /\p{L}*con\b|\b(?:conf|summit|days|fest|camp|forum)\b/iu.test(name) &&
    namesConference(name)
    ? name
    : undefined;
}

/** "## 2024" over that year's talks, in a post about one conference two years running. */
const YEAR_ONLY = /^(?:19|20)\d\d$/;

/** Whether a group heading names a conference, or an edition of the post's by its year alone. */
export function namesEdition(heading: string): boolean {
  return YEAR_ONLY.test(heading.trim()) || namesConference(heading);
}

/** A conference's edition, or the month or season a list of watched talks groups them by. */
export function namesPeriod(heading: string): boolean {
  return namesEdition(heading) || namesDateOnly(heading);
}

/** Years, with what joins them: "2024 vs 2025", "2023, 2024 & 2025". */
const YEARS =
  /(?<!\d)(?:19|20)\d\d(?:\s*(?:vs\.?|versus|and|&|\/|,|–|—|-|to)\s*(?:19|20)\d\d)*(?!\d)/gi;

/**
 * "JSNation Amsterdam: 2024 vs 2025" with "## 2024" over that year's talks: "JSNation Amsterdam
 * 2024". Only where the post's name says it is about those years, or names a conference; else
 * ("My favourite talks" over "## 2023") the years are no events.
 */
function editionName(post: string, year: string): string | undefined {
  // "FjordRuby: 2023 and 2024 compared": what stands before the colon names the conference.
  const colon = post.search(/:\s/);
  const named = colon > 0 && /(?:19|20)\d\d/.test(post.slice(colon)) ? post.slice(0, colon) : post;
  const base = trimEndOf(
    named
      .replace(YEARS, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s:–—,(-]+/, ''),
    ':–—,(-',
  )
    .replace(/\(\s*\)/g, '')
    .trim();
  if (!/\p{L}{2}/u.test(base) || base.length > 60) return undefined;
  if (!post.includes(year) && !namesConference(base)) return undefined;
  // "My notes from DevConf: 2024 and 2025": the conference, not the words around it.
  return `${conferenceName(base) || base} ${year}`;
}

/**
 * The post's event, and the others its headings name. `conferences` holds, per talk, the heading
 * that names its conference. With two conferences or more, each talk under one moves to that
 * conference's event (its topic was the heading: it has none now); the post's event keeps the
 * talks under none, and gives way to the first conference if none are left.
 */
export function splitConferences(
  event: ConferenceEvent,
  talks: Talk[],
  conferences: (string | undefined)[],
): { event: ConferenceEvent; more?: ConferenceEvent[] } {
  /** Per heading, the event's name: "## 2024" is the post's conference of that year. */
  const names = new Map<string, string>();
  for (const heading of conferences) {
    if (heading === undefined || names.has(heading)) continue;
    const name = YEAR_ONLY.test(heading.trim())
      ? event.name === event.id
        ? undefined
        : editionName(event.name, heading.trim())
      : conferenceName(heading);
    if (name) names.set(heading, name);
  }
  if (names.size < 2) return { event };
  const events = new Map<string, ConferenceEvent>();
  for (const [heading, name] of names) {
    const { synonyms, ...shared } = event;
    const own: ConferenceEvent = {
      ...shared,
      id: `${event.id}-${talkId(name)}`,
      name,
      topics: [],
    };
    delete own.dates;
    delete own.place;
    // "## 🇵🇱 KubeVistula 2025 (Kraków)": where this one was.
    const place = conferencePlace(heading);
    if (place) own.place = place;
    if (synonyms) own.synonyms = synonyms;
    events.set(heading, own);
  }
  // Each event's topics as a set too, and the topics of the talks left to the post's event:
  // one pass over the talks, however many conferences and topics the post has.
  const topicsOf = new Map<ConferenceEvent, Set<string>>();
  const leftTopics = new Set<string>();
  let left = false;
  talks.forEach((talk, index) => {
    const heading = conferences[index];
    const own = heading === undefined ? undefined : events.get(heading);
    if (!own) {
      left ||= talk.event === event.id;
      if (talk.event === event.id && talk.topic) leftTopics.add(talk.topic);
      return;
    }
    talk.event = own.id;
    if (talk.topic === heading) delete talk.topic;
    else if (talk.topic) {
      const seen = topicsOf.get(own) ?? new Set(own.topics);
      topicsOf.set(own, seen);
      if (!seen.has(talk.topic)) {
        seen.add(talk.topic);
        own.topics.push(talk.topic);
      }
    }
  });
  event.topics = event.topics.filter((topic) => !events.has(topic) && leftTopics.has(topic));
  const all = [...events.values()];
  if (left) return { event, more: all };
  const [first, ...rest] = all;
  return first ? { event: first, more: rest } : { event };
}
