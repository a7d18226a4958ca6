import type { ConferenceEvent, Talk } from '../model.ts';
import { conferenceName, conferencePlace } from './event-name.ts';
import { talkId } from './talk-id.ts';

/**
 * A post about several conferences ("KubeCon EU and DevOpsDays Amsterdam"), each under a group
 * heading of its own (`## KubeCon EU 2025`, `## DevOpsDays Amsterdam 2025`): each is an event of
 * its own, with its talks. A post with one such heading is about that conference, as before.
 */

/** A conference's word ("QCon London", "DevOpsDays", "Platform Summit") or a name and a year. */
const CONFERENCE =
  /\p{L}*con\b|\b(?:conf|conference|summit|days|fest|camp|meetup|symposium|forum|expo|devoxx|jfokus|fosdem|strange ?loop|re:invent)\b|^\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}\s+(?:19|20)\d\d$/iu;

/** Whether a group heading names a conference, rather than a theme or a track. */
export function namesConference(heading: string): boolean {
  const name = conferenceName(heading);
  return name.length <= 80 && CONFERENCE.test(name) && !/\btrack\b/i.test(name);
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
  const named = [...new Set(conferences.filter((c): c is string => c !== undefined))];
  if (named.length < 2) return { event };
  const events = new Map<string, ConferenceEvent>();
  for (const heading of named) {
    const name = conferenceName(heading);
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
  talks.forEach((talk, index) => {
    const heading = conferences[index];
    const own = heading === undefined ? undefined : events.get(heading);
    if (!own) return;
    talk.event = own.id;
    if (talk.topic === heading) delete talk.topic;
    else if (talk.topic && !own.topics.includes(talk.topic)) own.topics.push(talk.topic);
  });
  const left = talks.some((talk) => talk.event === event.id);
  event.topics = event.topics.filter(
    (topic) => !events.has(topic) && talks.some((t) => t.event === event.id && t.topic === topic),
  );
  const all = [...events.values()];
  if (left) return { event, more: all };
  const [first, ...rest] = all;
  return first ? { event: first, more: rest } : { event };
}
