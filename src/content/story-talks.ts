import type { ContentProblem, DayPart, Speaker } from '../model.ts';
import { namesConference } from './conferences.ts';
import { type DayInfo, dayOf, type EventDates } from './day-date.ts';
import { sentencePart } from './day-part.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import type { Section } from './sections.ts';
import { looksLikeName, PROSE_NAME } from './speaker-names.ts';
import { sentenceDay, sentenceTime } from './story-days.ts';
import { type DraftTalk, newDraft, readInto, type TalkContext } from './talk-body.ts';
import { titleDay } from './title-day.ts';
import { topicTitle } from './topic-bullets.ts';

/**
 * A day told as a story, talks named in its running text and no title marked: "The day started
 * off with the keynote by Tammy Butow.", "… an attempt to see Liz Rice’s talk on Syscalls.", "At
 * 2PM Kelsey Hightower spoke about self deploying Go applications on Kubernetes. This talk was
 * informative…" (a real GopherCon day-one post). Read only where nothing else in the post is a
 * talk, and only sentences that say plainly a person gave a talk: the person a full name from a
 * common given name, the title what the talk was on (the kind alone for a keynote), and
 * "spoke about …" only where a sentence says it was a talk. Two such talks at least, or one in a
 * post whose title names the conference; the sentence, and those after it that go on about it
 * ("This talk was…", "I say…"), are its notes.
 */
export function storyTalks(
  preamble: MdNode[],
  sections: Section[],
  context: TalkContext,
  title: string | undefined,
  file: string,
  problems: ContentProblem[],
): DraftTalk[] {
  const drafts: DraftTalk[] = [];
  const dates = context.dates ?? {};
  // "PyCon 2017 - Second Day": a post of one day tells no other ("The second day of …" is it).
  const oneDay = titleDay(title, dates) !== undefined;
  let day: DayInfo | undefined;
  let part: DayPart | undefined;
  for (const [paragraph, heading] of paragraphsOf(preamble, sections)) {
    // "## Day 2" over the story: its talks were on that day, as under a day's heading.
    const under = heading === undefined || oneDay ? undefined : headingDay(heading, dates);
    if (under && under.day !== day?.day) part = undefined;
    if (under) day = under;
    const text = plainText(paragraph);
    const sentences = text.replace(/\s+/g, ' ').split(SENTENCE_END);
    const told = (sentence: string) => (oneDay ? undefined : sentenceDay(sentence, dates));
    // "On day 2 …": that day, until another is said; "After lunch, …": that part of it, until
    // another part or another day is said.
    const follow = (sentence: string) => {
      const said = told(sentence);
      if (said && said.day !== day?.day) part = undefined;
      day = said ?? day;
      part = sentencePart(sentence) ?? part;
    };
    if (!MAY_TELL.test(text)) {
      for (const sentence of sentences) follow(sentence);
      continue;
    }
    for (const [index, sentence] of sentences.entries()) {
      follow(sentence);
      const time = sentenceTime(sentence);
      for (const told of toldTalks(sentence, sentences[index + 1])) {
        const draft = newDraft(told.title, paragraph.line, context);
        draft.speakers.push(...told.speakers);
        if (told.kind) draft.kind = told.kind;
        if (day) Object.assign(draft, day);
        if (time) draft.time = time;
        else if (part) draft.part = part;
        const more = sentences.slice(index + 1);
        const end = more.findIndex((next) => !GOES_ON.test(next));
        const said = [sentence, ...more.slice(0, end === -1 ? more.length : end)].join(' ');
        const node: MdNode = { type: 'text', line: paragraph.line, value: said, children: [] };
        draft.notes.push(...readInto(draft, [{ ...paragraph, children: [node] }], file, problems));
        drafts.push(draft);
      }
    }
  }
  const enough = drafts.length >= 2 || (drafts.length === 1 && namesConference(title ?? ''));
  return enough ? drafts : [];
}

/** Cheap first: a possessive, a keynote, or a person who spoke, somewhere in the paragraph. */
const MAY_TELL =
  /['’]s |keynote| by |\b(?:spoke|talked|presented) (?:about|on)\b|talk[^.!?"“]{0,40}["“]/i;

const SENTENCE_END = /(?<=[.!?])\s+(?=["“]?\p{Lu})/u;

/** A sentence after a talk's that goes on about it, not on to the next thing. */
const GOES_ON = /^(?:This|The|That|His|Her|Their|It|He|She|They|I say|I think|I question)\b/;

interface Told {
  title: string;
  speakers: Speaker[];
  kind?: string;
}

const KIND = String.raw`((?:opening |closing |morning |afternoon |lightning )?(?:keynote|talk|session|presentation|workshop))`;
/** One person or two, perhaps "from" their company: "Lisa Guo & Hui Ding from Instagram". */
const PEOPLE = String.raw`(${PROSE_NAME}(?:\s+(?:&|and)\s+${PROSE_NAME})?)(?:,?\s+from\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,2}))?`;
/**
 * "Liz Rice’s talk on Syscalls", "Armin Ronacher's talk, titled A Python and Rust love story"; what
 * it was on ends before "was …" ("Jane Doe’s talk on tracing was informative").
 */
const OWN = new RegExp(
  String.raw`(${PROSE_NAME})['’]s\s+${KIND}(?:,?\s+(?:titled|called|named)\s+([^,]+(?:,(?!\s+(?:which|who|and|but)\b)[^,]+)*)|\s+(?:on|about)\s+([^,]+?)(?=\s+(?:was|were|is|which|that)\s|,|$))?`,
  'gu',
);
/** "the keynote by Tammy Butow", "the day's first keynote by Lisa Guo & Hui Ding from Instagram". */
const BY = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\p{L}'’]+\s+){0,3}?${KIND}\s+(?:was\s+)?(?:(?:given|delivered|presented|done)\s+)?by\s+${PEOPLE}(?:\s+(?:on|about)\s+(.+))?`,
  'u',
);
/** "die Keynote von Christine Kirbach", "la keynote de Jane Roe": a keynote "of" a person, in German and French. */
const VON = new RegExp(
  String.raw`\b(?:[Dd]ie|[Dd]er|[Ll]a|[Ll]e|[Uu]ne)\s+(?:[\p{L}-]+\s+){0,2}?([Kk]eynote)\s+(?:von|de|d['’])\s*(${PROSE_NAME})`,
  'u',
);
/** "Next up was Static Types for Python by Jukka Lehtosalo", "my first talk of the day was X by Y". */
const WAS_BY = new RegExp(
  String.raw`(?:\b(?:talk|session|keynote|presentation)(?:\s+of\s+the\s+day)?(?:\s+which)?\s+was|\b[Nn]ext\s+up\s+was|\b[Tt]hen\s+came)\s+(\p{Lu}(?:[^.!?]|\.(?=\S)){2,100}?)\s+by\s+${PEOPLE}`,
  'u',
);
/** "Kelsey Hightower spoke about self deploying Go applications …". */
const SPOKE = new RegExp(
  String.raw`(${PROSE_NAME})\s+(?:spoke|talked|presented)\s+(?:about|on)\s+(.+)$`,
  'u',
);
/**
 * A talk the sentence names by its quoted title alone, right after saying it was a talk: "the
 * first talk of the day: "When bugs bite"", "the next talk I attended to was called "Should I
 * mock?"". No speaker is said; the title is as written.
 */
const QUOTED_TALK =
  /\b(?:talk|keynote|session)(?:\s+of\s+the\s+day)?(?:\s+I\s+(?:attended|went\s+to|saw)(?:\s+to)?)?(?:\s*:|\s+(?:was\s+)?(?:called|titled|named))\s*["“]([^"“”]{4,100}?)\.?["”]/;
const TALK_WORD = /\b(?:talk|keynote|session|presentation)\b/i;

function toldTalks(sentence: string, next: string | undefined): Told[] {
  // "I enjoyed James Bennet’s talk, …, Jonathan Ellis’s talk on database scalability": each.
  const owned = [...sentence.matchAll(OWN)].flatMap((own) => {
    const found = told(own[1], undefined, own[2], own[4], own[3]);
    return found ? [found] : [];
  });
  if (owned.length > 0) return owned;
  // "the first talk of the day: "When bugs bite"", "the next talk I attended was called "…"".
  const quoted = QUOTED_TALK.exec(sentence)?.[1]?.trim();
  if (quoted) return [{ title: capitalised(quoted), speakers: [] }];
  const by = BY.exec(sentence) ?? (sentence.includes('eynote ') ? VON.exec(sentence) : null);
  const was = WAS_BY.exec(sentence);
  const spoke = SPOKE.exec(sentence);
  const found = by
    ? told(by[2], by[3], by[1], by[4])
    : was?.[1] && was[1].split(' ').length <= 14
      ? told(was[2], was[3], undefined, undefined, was[1])
      : // "… spoke about X. This talk was informative": a talk, as the sentence or the next says.
        spoke && (TALK_WORD.test(sentence) || TALK_WORD.test(next ?? ''))
        ? told(spoke[1], undefined, undefined, spoke[2])
        : undefined;
  return found ? [found] : [];
}

/**
 * The talk from what the sentence gave: its people, their company, its kind, what it was on, or
 * its title as written.
 */
function told(
  written: string | undefined,
  company: string | undefined,
  kind: string | undefined,
  on: string | undefined,
  named?: string,
): Told | undefined {
  const names = (written ?? '').split(/\s+(?:&|and)\s+/).map(person);
  if (names.length === 0 || !names.every((name) => name !== undefined)) return undefined;
  const topic = named ? (CLAUSE_END.exec(named)?.[0] ?? named).trim() : on && topicTitle(on);
  const keynote = kind && /keynote/i.test(kind) ? capitalised(kind) : undefined;
  const title = topic || keynote;
  if (!title) return undefined;
  const at = company?.replace(/\s+team$/, '');
  const speakers = names.map((name) => (at ? { name, company: at } : { name }));
  return { title, speakers, ...(keynote ? { kind: 'Keynote' } : {}) };
}

/** The day a heading is, alone ("Day 2", "Tuesday") or in a title ("Harbourconf – Day 2"). */
function headingDay(heading: string, dates: EventDates): DayInfo | undefined {
  return heading.length <= 60 ? (dayOf(heading, dates) ?? titleDay(heading, dates)) : undefined;
}

/** A title as written, up to a comma that goes on with the sentence ("…, which was …"). */
const CLAUSE_END = /^.+?(?=,\s+(?:which|who|and|but)\b|$)/u;

/**
 * A full name: from a common given name ("After Liz Rice" → "Liz Rice"), or two words that read
 * as one after a sentence's opening word ("At Kelsey Hightower", "PM Kelsey Hightower" → "Kelsey Hightower"); "Go Anti",
 * "Apache Kafka" are none.
 */
function person(written: string): string | undefined {
  const words = written.split(' ');
  const given = words.findIndex(isGivenName);
  const lead = words.length === 3 && LEAD.test(words[0] ?? '') ? 1 : 0;
  const name = words.slice(given === -1 ? lead : given);
  if (name.length < 2 || name.length > 3) return undefined;
  const text = name.join(' ');
  return (given !== -1 || name.length === 2) && looksLikeName(text) ? text : undefined;
}

/**
 * A word a sentence opens with before a name: "After Liz Rice's talk …", "Then Jane Doe spoke …",
 * "At 2PM Kelsey Hightower spoke …" (the "PM").
 */
const LEAD =
  /^(?:\p{Lu}{1,3}|After|At|Then|From|With|When|Later|Finally|Next|During|Before|Also|Sadly|Luckily|Today|Yesterday|Afterwards|Meanwhile|Unfortunately|Thankfully|Here|There)$/u;

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The paragraphs of the post, above and under its headings, in order (a bounded number); the
 * first under a heading with that heading's title.
 */
function paragraphsOf(preamble: MdNode[], sections: Section[]): [MdNode, string | undefined][] {
  const found: [MdNode, string | undefined][] = [];
  const take = (nodes: MdNode[], heading?: string) => {
    let title = heading;
    for (const node of nodes)
      if (node.type === 'paragraph' && found.length < 400) {
        found.push([node, title]);
        title = undefined;
      }
  };
  const walk = (section: Section) => {
    take(section.body, section.title);
    for (const child of section.children) walk(child);
  };
  take(preamble);
  for (const section of sections) walk(section);
  return found;
}
