import { abstractByline } from './abstract-byline.ts';
import { classifyLink } from './classify-link.ts';
import { closingSpeaker } from './closing-speaker.ts';
import { byGivenName, postUsesDashSpeakers } from './heading-votes.ts';
import { labelledByline } from './labelled-byline.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPlainGroup, isPostSection, isSubsectionName } from './section-names.ts';
import { headingParts, headingText, meaningful, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { hasTalkEvidence, speakerPage } from './talk-evidence.ts';
import { findLinks } from './talk-links.ts';
import { titledByTalkPage } from './talk-page-title.ts';
import { isTalkPartName } from './talk-part-names.ts';
import { isDayOnly } from './title-day.ts';
import { TRAILING_OFF } from './title-marks.ts';

/**
 * A notes repository's file of one talk, whose headings below the title are the talk's own parts
 * ("# Loop Better by Ann Berg" over "## for loops", "## Iterators"; `7_apache_drill.md` under
 * "# What, Why and How: Apache Drill – Ted Dunning" over "## Features", "# Questions"): that talk,
 * with its parts as its notes, not a talk per part. It is one talk when its first heading names
 * a speaker, a heading right under it is the speaker ("## Ann Berg (Acme)") or its first line
 * links the speaker's page on the conference's site; when it names no year, day or post part,
 * and no other heading below names a speaker or links a talk of its own.
 */
export function talkOfFileParts(
  preamble: Section['body'],
  sections: Section[],
  titles: string[],
): Section | undefined {
  const [first, ...rest] = sections;
  if (!first || (first.children.length === 0 && rest.length === 0)) return undefined;
  if (rest.some((section) => section.depth < first.depth)) return undefined;
  const title = first.title;
  if (YEAR.test(title) || POST_WORDS.test(title) || isDayOnly(title)) return undefined;
  // "## Getting there", "## The venue" under it: a post about going, its byline the author's.
  if (aboutAttending(first)) return undefined;
  const name = headingName(title);
  if (isPostSection(name) || isSubsectionName(name) || isPlainGroup(name)) return undefined;
  // "Talk given by [@jkleinsc](…)" last, under the one title: that talk, a side note above it.
  let dash: boolean | undefined;
  const dashes = () => (dash ??= postUsesDashSpeakers(titles));
  const closing = rest.length === 0 ? closingSpeaker(first) : undefined;
  if (closing && !namesSpeaker(first) && !first.children.some((c) => anyTalk(c, dashes()))) {
    closing.drop();
    first.parts = { ...headingParts(first, false), speakers: closing.speakers };
    return { ...first, evidence: true };
  }
  // "# ARC203 - Innovation at speed": a session's code before its title, as a file of one
  // session's notes is titled (its parts may cite books by their authors: no talks of their own).
  const below = [...first.children, ...rest];
  // Another session's code at a heading ("# DOP301 - …" after it) says the file holds several.
  if (
    SESSION_CODE.test(title) &&
    navigationOnly(preamble) &&
    !below.some((section) => SESSION_CODE.test(section.title))
  ) {
    partsOnly(below);
    return { ...first, children: below, evidence: true };
  }
  if (meaningful(preamble).length > 0) return undefined;
  // "## Spike Brehm" right under the title, nothing between: the speaker, not a talk.
  const [next] = below;
  const byline =
    next !== undefined && meaningful(first.body).length === 0 && namesPerson(next)
      ? next
      : undefined;
  // "# Why caching is hard" over "## Abstract": an essay, unless a speaker is named.
  const page =
    !byline &&
    (speakerPage(first.body) ||
      byLine(first) ||
      talkParts(below) ||
      talkCard(first.body) ||
      titledByTalkPage(first));
  // "# Guia de Upgrade do MySQL" over "**Palestrante:** Márcio Costa": the one talk's byline.
  // "## Abstract" over "- Kevin Davin" right under the title: the same, as a list.
  const labelled =
    !byline && !page && !namesSpeaker(first)
      ? (labelledByline(first) ?? abstractByline(below))
      : undefined;
  if (!byline && !page && !labelled && !namesSpeaker(first)) return undefined;
  // "# Questions" after "# Title by Ann Berg": a part of the talk at the title's level. Any other
  // heading there ("## Talk 2" after "## Talk 1 — Ann Berg") is the post's next talk, unless the
  // speaker's own heading or page says the file is one talk ("# intro", "# cold starts").
  const level = rest.filter((section) => section.depth === first.depth);
  if (!byline && !page && !level.every(isPart)) return undefined;
  // "# Steven Berg - Reflections" over "# Hiroshi Sato - Gem resolution": dashes name speakers.
  // "## Sobre o palestrante" over "**Márcio Costa**": the byline's person again, in a part.
  const about = (section: Section) => labelled && isTalkPartName(headingName(section.title));
  if (below.some((s) => s !== byline && !about(s) && anyTalk(s, dashes()))) return undefined;
  if (labelled) {
    labelled.drop();
    first.parts = { ...headingParts(first, false), speakers: labelled.speakers };
  }
  // "### [Nest](https://github.com/…)" under the speaker's heading: a part linking a tool, no talk.
  if (byline) partsOnly(byline.children);
  // The event's heading that held the byline has nothing left to say of the talk.
  const parts = labelled?.event ? below.filter((s) => s !== labelled.event) : below;
  return { ...first, children: parts, evidence: true };
}

/** "ARC203 - ", "SVS401-R1: ", "BRK3045 – ": a session's code (AWS, Microsoft) before its title. */
const SESSION_CODE = /^[A-Z]{2,5}\d{2,4}(?:-[A-Z]\d?)?\s*[-–—:|]\s+\S/;

/** "[Talk List](./README.md)" above the title: a way back to the index, or nothing at all. */
function navigationOnly(preamble: Section['body']): boolean {
  return meaningful(preamble).every(
    (node) =>
      node.type === 'paragraph' &&
      node.children.every(
        (child) =>
          (child.type === 'link' && !/^[a-z][a-z0-9+.-]*:/i.test(child.url ?? '')) ||
          (child.type === 'text' && !/\p{L}/u.test(child.value ?? '')),
      ),
  );
}

/** The talk's parts, however they read, say nothing of talks of their own. */
export function partsOnly(sections: Section[]): void {
  for (const section of sections) {
    section.evidence = false;
    partsOnly(section.children);
  }
}

/**
 * "# OPA" over "## Intro", "## Demo", "## Gatekeeper", "## Q&A": most headings under the title
 * name parts, one of them a part only a talk has (its demo, its questions, its slides).
 */
function talkParts(below: Section[]): boolean {
  const parts = below.filter(isPart);
  return (
    below.length >= 3 &&
    parts.length * 2 >= below.length + 1 &&
    below.some((section) => TALK_ONLY_PART.test(headingName(section.title)))
  );
}

const TALK_ONLY_PART =
  /^(?:(?:live |the )?demo|q ?& ?a|questions(?: (?:and|&) answers)?|slides|video|recording|질의 ?응답|質疑応答|问答|問答)s?:?$/iu;

/** "Questions", "Q&A", "Links", "Takeaways": a part of a talk's notes, or of the post's. */
function isPart(section: Section): boolean {
  const name = headingName(section.title);
  return isSubsectionName(name) || isPostSection(name);
}

/** "# Title by Ann Berg", "# Title - Ted Dunning" (a common given name after the dash). */
function namesSpeaker(section: Section): boolean {
  return uncached(
    section,
    () =>
      headingParts(section, false).speakers.length > 0 ||
      byGivenName(headingText(section)) !== undefined,
  );
}

/**
 * "> [議程](…/session-page/4405)", "> [簡報](./from_thanos_to_mimir.pdf)" in the lines right under
 * the title, before any heading: the talk's own slides or video, as a conference's page of one
 * talk (or the notes copied from it) opens. A post of many talks opens with its event's links.
 */
function talkCard(body: Section['body']): boolean {
  const top = meaningful(body)
    .slice(0, 6)
    .flatMap((node) => (node.type === 'blockquote' ? node.children : [node]));
  return top.some((node) =>
    findLinks(node).some((link) => {
      const kind = classifyLink(plainText(link.children), '', link.url ?? '');
      return kind === 'slides' || kind === 'video';
    }),
  );
}

/**
 * "**By Jason Lind @jlind**" first under "# Lightning Critiques", over parts that are not named as
 * parts ("## Visual Hierarchy"): the speaker of the one talk. A file of parts named as parts
 * ("## Notes") with an "**Event:** …" line is `oneTalk`'s, which reads that line as the event.
 */
function byLine(section: Section): boolean {
  const [first] = section.body;
  if (first?.type !== 'paragraph' || section.children.every(isPart)) return false;
  const text = plainText(first).trim();
  const event = section.body.slice(1, 4).some((node) => EVENT_LINE.test(plainText(node)));
  return (
    !event && /^by\s/i.test(text) && !text.includes('\n') && speakerLine(text, false) !== undefined
  );
}

/** A heading that is a person's name, with their handle, company or date after it. */
function namesPerson(section: Section): boolean {
  // "### Jenna Zeigen...": a name trailing off as the author's headings all do.
  const text = section.title.split(/\s+[-–—|]\s+/)[0]?.replace(TRAILING_OFF, '') ?? '';
  return speakerLine(text.trim(), true) !== undefined;
}

/** Does a heading, or one below it, name a speaker or link a talk of its own? */
export function anyTalk(section: Section, dash: boolean): boolean {
  return (
    uncached(section, () => hasTalkEvidence(section, dash)) ||
    section.children.some((child) => child.depth <= 3 && anyTalk(child, dash))
  );
}

/**
 * Asked before the post's way of naming speakers is known: what is worked out here is not kept
 * on the section (the reader works it out again knowing it).
 */
function uncached<T>(section: Section, ask: () => T): T {
  const { parts, evidence } = section;
  const answer = ask();
  section.parts = parts;
  section.evidence = evidence;
  return answer;
}

const EVENT_LINE = /^(?:event|conference)\s*:/i;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** A title that says it is a post of many talks: "KubeCon notes", "Day 2 recap". */
export const POST_WORDS =
  /\b(?:notes|recap|summary|talks|sessions|highlights|takeaways|conference|conf|meetup|day|days|week|trip|report|review)\b/i;

/** Sections of a post about going to a conference, never of one talk's notes. */
function aboutAttending(section: Section): boolean {
  return section.children.some((child) => ATTENDING.test(headingName(child.title)));
}

const ATTENDING =
  /^(?:the )?(?:venue|location|travel(?:l?ing)?|getting there|accommodation|hotel|logistics|food(?: (?:and|&) drinks?)?|catering|(?:after ?)?part(?:y|ies)|social(?: events?)?|socials|swag|expo(?: hall)?|registration|wifi|happy hour)$/i;
