/**
 * What a post says of its event beside the talks: the conference its front matter or title
 * names, where it took place, and the page's properties at the top ("Location: …", "Event
 * dates: …"). Apart from `parse-notes.ts`, which finds the talks.
 */
import { conferenceInText } from './conference-in-text.ts';
import { isDateTitle } from './daily-note.ts';
import { conferenceName, conferencePlace, isPostWords } from './event-name.ts';
import { placeIn } from './front-matter.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { openingPlace } from './opening-place.ts';
import { propertyRow } from './property-table.ts';
import { namesNoEvent } from './title-day.ts';

/** `conference: Craft Conference 2025` (or `conf:`) in the front matter names the event. */
export function conferenceKey(meta: Record<string, unknown>): string | undefined {
  const value = meta.conference ?? meta.conf;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The conference a post's title names ("Notes from GoLab 2025": GoLab 2025). A title that names
 * none — a date ("Wednesday, 24 July 2024"), a day or a kind of session ("Day 1", "Keynotes"),
 * the post's own words ("Accepted Talks", "Recommended Conference Talks") — leaves it to the
 * front matter's description ("Accepted talks for PyTexas 2024") or the opening sentences, which
 * name it with its year; failing those, the post's words are still its name, and a date or a
 * day is none (the file's is used). A post with no title at all: its opening's conference.
 */
export function postEvent(
  title: string | undefined,
  eventLine: string | undefined,
  description: unknown,
  preamble: MdNode[],
): string | undefined {
  if (title === undefined) return eventInText(preamble);
  if (title === eventLine) return title;
  const none = isDateTitle(title) || namesNoEvent(title);
  const label = !none && isPostWords(title.trim());
  if (!label && !none) return conferenceName(title);
  const described = typeof description === 'string' ? conferenceInText(description) : undefined;
  return described ?? eventInText(preamble) ?? (label ? title.trim() : undefined);
}

/** Where the event took place: see `ConferenceEvent.place`. */
export function placeOf(
  meta: Record<string, unknown>,
  title: string | undefined,
  preamble: MdNode[],
): string | undefined {
  const event = meta.event as { place?: string } | undefined;
  const said = placeIn(meta) ?? event?.place;
  if (said) return said;
  // "Location: Bergen, Norway" among a page's properties at the top.
  return (
    // "Venue: ICC Gent.": the sentence's period is no part of the place ("Washington D.C." keeps it).
    propertyLine(preamble, PLACE_LABEL)?.replace(/(?<=\p{Ll}{2})\.$/u, '') ??
    propertyRow(preamble, PLACE_LABEL) ??
    (title ? conferencePlace(title) : undefined) ??
    openingPlace(preamble)
  );
}

const PLACE_LABEL = 'location|venue|where|city|ort|lieu|lugar|local|luogo';
const DATES_LABEL =
  "event dates|conference dates|dates|when|datum|date de l['’]événement|fechas|datas";

/**
 * "Location: Bergen, Norway", "Event dates: April 7–8, 2025": a page's property at the top (the
 * lines of a paragraph read as one: the value ends where the next "Label:" starts).
 */
function propertyLine(nodes: MdNode[], labels: string): string | undefined {
  // The label in any case ("Venue:", "VENUE:"); the next one starts with a capital, case-exact
  // ("Venue: Oslo Spektrum, see: the map" goes on past "see:").
  const label = new RegExp(`(?:^|\\s)(?:${labels})\\s*:\\s*`, 'giu');
  for (const node of nodes.slice(0, 3)) {
    if (node.type !== 'paragraph') continue;
    const text = plainText(node);
    for (const found of text.matchAll(label)) {
      const value = VALUE.exec(text.slice(found.index + found[0].length));
      if (value?.[1]) return value[1].trim();
    }
  }
  return undefined;
}

/** A property's value: up to where the next "Label:" starts (a capitalised word or two), or the end. */
const VALUE = /^(.{2,80}?)(?=\s+\p{Lu}[\p{L} ]{0,24}:\s|$)/u;

/** The conference the opening paragraphs of a post name. */
function eventInText(preamble: MdNode[]): string | undefined {
  for (const node of preamble.slice(0, 2)) {
    if (node.type !== 'paragraph') continue;
    const found = conferenceInText(plainText(node));
    if (found) return found;
  }
  return undefined;
}

/** "Event dates: April 7–8, 2025" as a line or a property table's row at the top of the post. */
export function eventDatesLine(opening: MdNode[]): string | undefined {
  return propertyLine(opening, DATES_LABEL) ?? propertyRow(opening, DATES_LABEL);
}
