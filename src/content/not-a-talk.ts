import { isClosingHeading, isDiaryHeading } from './closing-headings.ts';
import { isGivenName } from './given-names.ts';
import { KEYNOTES } from './keynote-paragraphs.ts';

export { KEYNOTES };

import { named } from './named-notes.ts';
import { partsOfOneTalk } from './question-parts.ts';
import { headingName, isAside, isSubsectionName } from './section-names.ts';
import { hasImage, headingParts, meaningful, onlyDecoration, type Section } from './sections.ts';
import { opensPost } from './site-pages.ts';
import type { DraftTalk } from './talk-body.ts';
import { hasTalkEvidence } from './talk-evidence.ts';
import { embedsTalkMedia } from './talk-links.ts';
import { isVerdictSection } from './verdict-sections.ts';

/** What the shape reader knows of the post when it asks whether a heading is a talk. */
export interface PostShape {
  /** Speaker bios set apart from the talks (see `bio-sections.ts`). */
  bios: Set<Section>;
  /** The author's essay before the talks (see `essay-opening.ts`). */
  opening: Section | undefined;
  dashSpeakers: boolean;
  /** Levels of headings whose own text held talks. */
  bodyGroupDepths: Set<number>;
  /** The talks read so far. */
  drafts: DraftTalk[];
  /** The level of the post's talk headings, when its shape says. */
  talkDepth: number | undefined;
}

/** Why a heading with no deeper talks is still not a talk, or undefined when it is one. */
export function notATalk(section: Section, post: PostShape): string | undefined {
  if (post.bios.has(section)) return "a speaker's bio, not a talk";
  if (section === post.opening) return "the author's essay before the talks, naming no speaker";
  const media = section.body.some(
    (node) => node.type === 'html' && embedsTalkMedia(node.value ?? ''),
  );
  // "## Title — Jane Doe" over a sketchnote or a tweet of the talk: a talk drawn or shown, not
  // written; a heading over the talk's recording alone is that talk; a gallery names nobody, and
  // markup alone is no notes.
  if (
    section.children.length === 0 &&
    onlyDecoration(section.body) &&
    !media &&
    !(
      section.body.some(
        (node) => hasImage(node) || (node.type === 'html' && EMBED.test(node.value ?? '')),
      ) && headingParts(section, post.dashSpeakers).speakers.length > 0
    )
  ) {
    return 'only images, HTML or shortcodes under it';
  }
  const content = meaningful(section.body).length > 0 || section.children.length > 0 || media;
  const strong = hasTalkEvidence(section, post.dashSpeakers);
  // "## Les Keynotes" over a paragraph on each keynote, its recording linked: several talks told
  // in prose, no one talk ("## Keynotes" over the keynotes' own headings is their topic).
  if (section.children.length === 0 && KEYNOTES.test(headingName(section.title)))
    return 'several keynotes told in prose, not one talk';
  // "## Le reste" after "## Jeudi" and "## Vendredi" over their lists of talks: a heading of
  // their level with no talk in its text and naming no speaker is the post's, not a talk.
  // A heading that names a talk the schedule listed ("## Schedule" over a table) is that talk.
  if (
    !strong &&
    section.children.length === 0 &&
    post.bodyGroupDepths.has(section.depth) &&
    !named(headingName(section.title), post.drafts) &&
    !OWN_TALK.test(headingName(section.title))
  )
    return 'a section of the post beside the headings over its talks, naming no speaker';
  // "## Tools we compared" over a table alone: the post's data, not a talk's notes.
  const body = meaningful(section.body);
  if (
    !strong &&
    section.children.length === 0 &&
    body.length > 0 &&
    body.every((node) => node.type === 'table')
  ) {
    return 'only a table under it, and no speaker';
  }
  // "## Hands-On: Serverless with Knative" over "### Notes" alone, in a post whose other talks
  // are ### headings under "## Keynote": a talk and its parts, whatever level (`groupsTalks`).
  const ownParts = partsOfOneTalk(section);
  if (post.talkDepth !== undefined && section.depth < post.talkDepth && !strong && !ownParts) {
    return content
      ? `a heading above the talks (talks in this file are level-${post.talkDepth} headings)`
      : undefined;
  }
  if (!content && !strong) return 'no notes under it';
  // "## Subtitle" over "Published in …", "7 min read": the blog's head over the introduction.
  if (!strong && opensPost(section.body)) return "the post's own head (byline, reading time)";
  // "## A note on the Wi-Fi", "## Karaoke night": the author's aside, naming no speaker.
  if (!strong && isAside(headingName(section.title))) return "the author's own aside, no talk";
  // "### Puntos fuertes", "## The good": the author's verdict on the event, naming no speaker
  // (under a talk's heading, "### Pros" stays a part of its notes).
  if (!strong && section.children.length === 0 && isVerdictSection(headingName(section.title)))
    return "the author's verdict on the event, not a talk";
  // "## Martina" over "Scrivere applicazioni per Android è la cosa che più mi piace…": a post
  // written by several people, each one's part under their first name; no talk is titled so.
  if (!strong && section.children.length === 0 && firstNameAlone(section.title))
    return "an author's part of the post, under their first name";
  // "## Pre-Conference Day", "## Tutorial Days", "## Conference days - Friday", "## Meetup notes"
  // over the author's story of the day: a day of the conference or the organiser's notes, not a
  // talk (with talks under it, it is their group).
  if (
    !strong &&
    section.children.length === 0 &&
    (DAY_OF_CONFERENCE.test(headingName(section.title)) ||
      NAMED_DAY.test(headingName(section.title)))
  )
    return 'a day of the conference told as a story, not a talk';
  // "### Meetup #3, April 10", "## Tech Beers #12": an evening of a meetup told as a story (with
  // talks under it, it is their group), though it links a video; no talk is titled so.
  if (
    section.children.length === 0 &&
    EDITION.test(headingName(section.title)) &&
    headingParts(section, post.dashSpeakers).speakers.length === 0
  )
    return "a meetup's evening told as a story, not a talk";
  // "## Keynotes, talks and lightning talks", "### 基調講演，一般発表，Lightning Talks" over the
  // author's impressions of them all: kinds of sessions together, no one talk.
  if (!strong && section.children.length === 0 && kindsOnly(headingName(section.title)))
    return 'sessions of a kind told together, not one talk';
  // "### That's all for Part 1." over "PS. …": the author closing the post, no talk.
  if (!strong && section.children.length === 0 && isClosingHeading(headingName(section.title)))
    return "the author's closing words, not a talk";
  // "## Today was the last day of the talks." over the author's day: a diary's line, no talk.
  if (!strong && section.children.length === 0 && isDiaryHeading(headingName(section.title)))
    return "a line of the author's diary, not a talk";
  // "## Abstract", "## Key takeaways" with no talk above them: the parts of a talk's notes,
  // never a talk's title.
  if (!strong && isSubsectionName(headingName(section.title)))
    return "a part of a talk's notes, with no talk heading above it";
  return undefined;
}

const DAY_OF_CONFERENCE =
  /^(?:(?:the |our |my )?(?:pre-?conf(?:erence)?|post-?conf(?:erence)?|tutorials?|workshops?|sprints?|community|(?:main )?conference|unconference|training|hack(?:athon)?|summit|expo) days?(?:\s*(?:[-–—:,]\s*|\s+)(?:\d{1,2}|one|two|three|four|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s*[-–—,]\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)?)?|day (?:zero|0)|(?:meetup|event|organi[sz]er(?:'s|s)?) notes)$/i;

/**
 * "Meetup #1, March 5", "Rust Meetup #12 (2024-03-05)", "Tech Beers #3", "Treffen Nr. 7": a
 * meetup's name or word, then its number, then at most its date (a numbered talk, "#1 - Title",
 * has no name before the number).
 */
const EDITION =
  /^(?:[\p{L}\p{N}.&'’-]+\s){0,4}?(?:(?:meetup|meeting|treffen|stammtisch|rencontre|encuentro|incontro|bijeenkomst|spotkanie|edition|édition|edición|edizione|ausgabe)\s*(?:#|n[o°º]\.?\s*|nr\.?\s*)?|(?<=\S\s?)#)\d{1,4}(?:\s*[,:–—(-]\s*(?=[^()]{0,40}\d)[^()]{1,40}\)?)?$/iu;

/**
 * "ThingMonk Tag 2", "Eclipse-IoT-Tag", "Community Day", "DevOps Day 1": a name in capitals, then
 * the word for day (and its count) in the languages notes are written in: a day of the event, or
 * an event of one day beside it, under which the author tells what happened.
 */
const NAMED_DAY =
  /^(?:\p{Lu}[\p{L}\p{N}.'’&]*[\s-]+){1,4}(?:[Dd]ay|[Tt]ag|[Jj]our|[Dd][ií]a|[Gg]iorno|[Dd]ag)(?:\s+(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive))?$/u;

/** A kind of session: "Keynotes", "Lightning Talks", "基調講演" (keynote), "一般発表" (talks). */
const SESSION_KIND =
  /^(?:(?:the|les|die|las|los|os)\s+)?(?:keynotes?|(?:lightning |regular |short |main )?talks?|sessions?|panels?|workshops?|demos?|vorträge|conférences|charlas|palestras|基調講演|一般発表|招待講演|発表|講演|LT|ライトニングトーク|主题演讲|演讲|기조연설|발표)$/iu;

/**
 * "Pre-conference Workshops", "Morning tutorials": many sessions of one kind, told together
 * ("Lightning talks" is one session of short talks, a session of the conference).
 */
const MANY_OF_A_KIND =
  /^(?:(?:the|our|my|some|other|pre-?conf(?:erence)?|post-?conf(?:erence)?|morning|afternoon|evening|half-day|full-day)\s+)+(?:workshops|tutorials|panels|birds of a feather|bofs)$/i;

/** A heading naming two kinds of session or more, or many of one, and nothing else. */
function kindsOnly(name: string): boolean {
  if (name.length > 80) return false;
  if (MANY_OF_A_KIND.test(name)) return true;
  const parts = name.split(/\s*(?:[,，、&/＆]|\b(?:and|und|et|y|e|en)\b)\s*/u).filter(Boolean);
  return parts.length > 1 && parts.every((part) => SESSION_KIND.test(part));
}

/** "My Talk: Shipping A Solid Rust Crate": the author's own talk, which names no speaker. */
const OWN_TALK = /^(?:my|our) (?:own )?(?:talk|keynote|session|workshop|presentation)\b/i;

/**
 * An embedded post or player: a tweet, a toot, a video, or a photo of the slides in HTML
 * (`<img src="./grpc-lang.jpg">`), not a paragraph written in markup.
 */
const EMBED = /<(?:iframe|blockquote|video|embed|object|img|picture)\b/i;

/** "Keynotes", "Les Keynotes", "Las keynotes", "Die Keynotes": the keynotes together. */

/** "Martina", "Alessandro": one word, a given name, as a heading. */
function firstNameAlone(title: string): boolean {
  const name = headingName(title).trim();
  return /^\p{Lu}\p{Ll}+$/u.test(name) && isGivenName(name);
}
