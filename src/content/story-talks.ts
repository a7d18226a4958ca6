import type { ContentProblem, Speaker } from '../model.ts';
import { namesConference } from './conferences.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import type { Section } from './sections.ts';
import { looksLikeName, PROSE_NAME } from './speaker-names.ts';
import { type DraftTalk, newDraft, readInto, type TalkContext } from './talk-body.ts';
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
  for (const paragraph of paragraphsOf(preamble, sections)) {
    const text = plainText(paragraph);
    if (!MAY_TELL.test(text)) continue;
    const sentences = text.replace(/\s+/g, ' ').split(SENTENCE_END);
    for (const [index, sentence] of sentences.entries()) {
      const told = toldTalk(sentence, sentences[index + 1]);
      if (!told) continue;
      const draft = newDraft(told.title, paragraph.line, context);
      draft.speakers.push(told.speaker);
      if (told.kind) draft.kind = told.kind;
      const more = sentences.slice(index + 1);
      const end = more.findIndex((next) => !GOES_ON.test(next));
      const said = [sentence, ...more.slice(0, end === -1 ? more.length : end)].join(' ');
      const node: MdNode = { type: 'text', line: paragraph.line, value: said, children: [] };
      draft.notes.push(...readInto(draft, [{ ...paragraph, children: [node] }], file, problems));
      drafts.push(draft);
    }
  }
  const enough = drafts.length >= 2 || (drafts.length === 1 && namesConference(title ?? ''));
  return enough ? drafts : [];
}

/** Cheap first: a possessive, a keynote, or a person who spoke, somewhere in the paragraph. */
const MAY_TELL = /['’]s |keynote|\b(?:spoke|talked|presented) (?:about|on)\b/i;

const SENTENCE_END = /(?<=[.!?])\s+(?=["“]?\p{Lu})/u;

/** A sentence after a talk's that goes on about it, not on to the next thing. */
const GOES_ON = /^(?:This|The|That|His|Her|Their|It|He|She|They|I say|I think|I question)\b/;

interface Told {
  title: string;
  speaker: Speaker;
  kind?: string;
}

const KIND = String.raw`((?:opening |closing |morning |afternoon |lightning )?(?:keynote|talk|session|presentation|workshop))`;
/** "Liz Rice’s talk on Syscalls". */
const OWN = new RegExp(String.raw`(${PROSE_NAME})['’]s\s+${KIND}\s+(?:on|about)\s+(.+)$`, 'u');
/** "the keynote by Tammy Butow", "the talk by Jane Roe on Chaos". */
const BY = new RegExp(
  String.raw`\b(?:the|a|an|her|his|their)\s+${KIND}\s+(?:was\s+)?(?:(?:given|delivered|presented)\s+)?by\s+(${PROSE_NAME})(?:\s+(?:on|about)\s+(.+))?`,
  'u',
);
/** "Kelsey Hightower spoke about self deploying Go applications …". */
const SPOKE = new RegExp(
  String.raw`(${PROSE_NAME})\s+(?:spoke|talked|presented)\s+(?:about|on)\s+(.+)$`,
  'u',
);
const TALK_WORD = /\b(?:talk|keynote|session|presentation)\b/i;

function toldTalk(sentence: string, next: string | undefined): Told | undefined {
  const own = OWN.exec(sentence);
  if (own) return told(own[1], own[2], own[3]);
  const by = BY.exec(sentence);
  if (by) return told(by[2], by[1], by[3]);
  const spoke = SPOKE.exec(sentence);
  // "… spoke about X. This talk was informative": a talk, as the sentence or the next says.
  if (spoke && (TALK_WORD.test(sentence) || TALK_WORD.test(next ?? '')))
    return told(spoke[1], undefined, spoke[2]);
  return undefined;
}

function told(
  written: string | undefined,
  kind: string | undefined,
  on: string | undefined,
): Told | undefined {
  const name = person(written ?? '');
  if (!name) return undefined;
  const topic = on ? topicTitle(on) : undefined;
  const keynote = kind && /keynote/i.test(kind) ? capitalised(kind) : undefined;
  const title = topic ?? keynote;
  if (!title) return undefined;
  return { title, speaker: { name }, ...(keynote ? { kind: 'Keynote' } : {}) };
}

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

/** The paragraphs of the post, above and under its headings, in order (a bounded number). */
function paragraphsOf(preamble: MdNode[], sections: Section[]): MdNode[] {
  const found: MdNode[] = [];
  const take = (nodes: MdNode[]) => {
    for (const node of nodes) if (node.type === 'paragraph' && found.length < 400) found.push(node);
  };
  const walk = (section: Section) => {
    take(section.body);
    for (const child of section.children) walk(child);
  };
  take(preamble);
  for (const section of sections) walk(section);
  return found;
}
