import { classifyLink } from './classify-link.ts';
import { componentSpeakers } from './component-facts.ts';
import { splitFieldParagraphs, titleLabelled } from './field-lines.ts';
import { byGivenName } from './heading-votes.ts';
import { honorificSpeaker } from './honorific-talk.ts';
import { listTalks } from './list-talks.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { opensWithLineup } from './panel-lineup.ts';
import { headingName, isPlainGroup, isPostSection, isSubsectionName } from './section-names.ts';
import { headingParts, headingText, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { findLinks } from './talk-links.ts';

/** What says a heading is a talk: a speaker, talk links, or a file that is one talk's notes. */

/**
 * A file that is the notes of one talk: "# Making Kubernetes Boring", "**Speaker:** …", then only
 * sub-sections such as "## Notes", "## Key takeaways", "## Links". Its "**Event:** KubeCon NA
 * 2019" line names the event (and is no note).
 */
export function oneTalk(section: Section): { event?: string } | undefined {
  // "# 1. Legacy to Kubernetes" over "## 1.1. Kubernetes", "## 1.2. Istio" and an unnumbered
  // "## Attention": headings numbered under its own number are its parts, whatever they are named.
  const under = section.children.filter((child) => numberedUnder(section, child)).length;
  const parts = section.children.every((child) => {
    const name = headingName(child.title);
    return (
      isSubsectionName(name) ||
      isPostSection(name) ||
      numberedUnder(section, child) ||
      (under >= 2 && !OUTLINE.test(child.title))
    );
  });
  // "Talk: …" / "Speaker: …" paragraphs, one per talk, under the post's title: many talks.
  if (!parts || titleLabelled(section.body) >= 2 || speakersApart(section.body)) return undefined;
  // A speaker, named by the heading or by a labelled line at the top: links alone may be a
  // post's table or list of talks ("# Top talks of 2022" over a table with videos).
  const body = splitFieldParagraphs(section.body);
  const top = body.slice(0, 6);
  // "# Cilium mesh — Liz Rice" over the notes: a dash before a person's name (read first, as
  // the heading's parts are read once).
  if (!section.parts) {
    const dashed = byGivenName(headingText(section));
    if (dashed) section.parts = dashed;
  }
  const named =
    headingParts(section, false).speakers.length > 0 ||
    // `<Speaker name='Jane Roe' position='…' />` under the title (an MDX page of a docs site).
    componentSpeakers(top).length > 0 ||
    top.slice(0, 4).some(
      (node) =>
        (node.type === 'paragraph' && speakerLine(plainText(node), false) !== undefined) ||
        // "- Slides: …", "- Speaker: Olu Adebayo (SecureNest)": a slide-notes page's first bullets.
        (node.type === 'list' &&
          node.children
            .slice(0, 3)
            .some((item) => speakerLine(plainText(item.children[0] ?? item), false) !== undefined)),
    );
  // A speaker's own page of their talk: "**Conference:** DevConf 2024" and its slides or video
  // at the top, no speaker named (it is the site's owner).
  const ownPage =
    top.some((node) => node.type === 'paragraph' && EVENT_FIELD.test(plainText(node))) &&
    top.some((node) => findLinks(node).some(isTalkLink));
  // "https://2018.pycon.sk/en/speakers/Bassett.html" first under the title: the talk's speaker page.
  if (!named && !ownPage && !bareSpeaker(section, body) && !speakerPage(body)) return undefined;
  section.body = body;
  const line = section.body.find(
    (node) => node.type === 'paragraph' && EVENT_FIELD.test(plainText(node)),
  );
  if (!line) return {};
  section.body = section.body.filter((node) => node !== line);
  return { event: plainText(line).replace(EVENT_FIELD, '').trim() };
}

/**
 * "**Talk 1: Title**", "Speaker: Jane Doe", notes, "**Talk 2: Title**", "Speaker: Bo Sten": two
 * speaker lines with other lines between them are two talks' (one talk's people share one place).
 */
function speakersApart(body: MdNode[]): boolean {
  let last = -1;
  for (const [index, node] of body.entries()) {
    if (node.type !== 'paragraph') continue;
    const first = plainText(node).split('\n', 1)[0] ?? '';
    if (first.length > 120 || !first.includes(':') || speakerLine(first, false) === undefined)
      continue;
    if (last !== -1 && index > last + 1) return true;
    last = index;
  }
  return false;
}

const EVENT_FIELD = /^(?:event|conference)\s*:\s*(?=\S)/i;

/** "1.", "1.2", "2.3.1.": a heading's number in an outline. */
const OUTLINE = /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S/;

/** Whether a sub-heading is numbered under its heading's number ("1.2." under "1."). */
function numberedUnder(section: Section, child: Section): boolean {
  const own = OUTLINE.exec(section.title)?.[1];
  const number = OUTLINE.exec(child.title)?.[1];
  return own !== undefined && (number?.startsWith(`${own}.`) ?? false);
}

/**
 * A notes repository's file for one talk, as terse notes write it: "# The economics of
 * programming languages", then the speaker's name alone on the first line ("Evan Czaplicki",
 * "Jane Doe (Acme)"), then the notes as a list. A post's byline is written so too, so only a title
 * that names no year and notes in points count ("# KubeCon 2024 recap" over "Jane Doe" is a post).
 */
function bareSpeaker(section: Section, body: MdNode[]): boolean {
  const [first, ...rest] = body;
  if (first?.type !== 'paragraph' || /\b(?:19|20)\d{2}\b/.test(section.title)) return false;
  const text = plainText(first).trim();
  if (text.includes('\n') || text.length > 80 || /[.!?:]$/.test(text)) return false;
  // "## Abstract" under it (a DocC page of a conference's talk): a talk's own part.
  const notes =
    rest.some((node) => node.type === 'list') ||
    section.children.some((child) => ABSTRACT.test(headingName(child.title)));
  return notes && speakerLine(text, true) !== undefined;
}

const ABSTRACT = /^(?:abstract|talk abstract|session abstract)$/i;

function isTalkLink(link: MdNode): boolean {
  const kind = classifyLink(plainText(link.children), '', link.url ?? '');
  return kind === 'slides' || kind === 'video';
}

/** Does a section's own heading or first lines say "this is a talk" (speaker, talk links)? */
export function hasTalkEvidence(section: Section, dashSpeakers: boolean): boolean {
  section.evidence ??= talkEvidence(section, dashSpeakers);
  return section.evidence;
}

function talkEvidence(section: Section, dashSpeakers: boolean): boolean {
  const name = headingName(section.title);
  if (isPostSection(name) || isPlainGroup(name) || isSubsectionName(name)) return false;
  const parts = headingParts(section, dashSpeakers);
  if (parts.speakers.length > 0 || parts.company) return true;
  if (/^(?:keynote|quickie|lightning)/i.test(name) && parts.title !== name) return true;
  if (findLinks(section.heading).some((link) => /^https?:/i.test(link.url ?? ''))) return true;
  let seen = 0;
  for (const node of splitFieldParagraphs(section.body.slice(0, 4))) {
    const items = node.type === 'list' ? node.children : [node];
    for (const item of items) {
      if (++seen > 4) return false;
      const own = item.children.filter((child) => child.type !== 'list');
      // "*Omar Siddiqui & Lea Novak, Cloudberry*" right under the heading: a name set apart.
      const setApart = seen === 1 && item.type === 'paragraph' && isEmphasisedLine(item);
      if (speakerLine(plainText(own), setApart)) return true;
      // "Pixelic 한정수님의 발표 입니다.": the opening sentence says whose talk this is.
      if (seen === 1 && item.type === 'paragraph' && honorificSpeaker(plainText(own))) return true;
      // "Met A (ING), B (Adyen) en C. Moderator: D.": a panel's line-up names its people.
      if (item.type === 'paragraph' && opensWithLineup(plainText(own))) return true;
      for (const link of own.flatMap(findLinks)) {
        const kind = classifyLink(plainText(link.children), '', link.url ?? '');
        if (kind === 'description' || kind === 'slides' || kind === 'video') return true;
      }
    }
  }
  return false;
}

/** A paragraph that is one emphasised run and nothing else: "*Jane Doe, Acme*", "**Jane Doe**". */
function isEmphasisedLine(paragraph: MdNode): boolean {
  const parts = paragraph.children.filter(
    (child) => child.type !== 'text' || (child.value ?? '').trim() !== '',
  );
  return parts.length === 1 && (parts[0]?.type === 'emphasis' || parts[0]?.type === 'strong');
}

/**
 * Whether a section's own first lines name a speaker ("*Omar Siddiqui, Cloudberry*", "Speaker:
 * …"): a sub-heading over them is a talk, however its title reads.
 */
export function bodyNamesSpeaker(section: Section): boolean {
  const [first] = splitFieldParagraphs(section.body.slice(0, 2));
  if (first?.type !== 'paragraph') return false;
  return speakerLine(plainText(first), isEmphasisedLine(first)) !== undefined;
}

/**
 * "## Lightning talks" over a toggle whose list is talks ("- **Temporal is here** — Dan Ilić: …"):
 * the sub-section holds talks, so the heading above it groups them.
 */
export function holdsListOfTalks(section: Section): boolean {
  if (section.children.length > 0) return false;
  return section.body.some((node) => node.type === 'list' && listTalks(node, {}, true).length >= 2);
}

/**
 * "https://fjordconf.example/speaker/AnnBerg" or ".../session/loop-better" first under the title:
 * the speaker's or the talk's page there.
 */
export function speakerPage(body: Section['body']): boolean {
  const [first] = body;
  if (first?.type !== 'paragraph') return false;
  // A bare link reads without its scheme: "fjordconf.example/speaker/AnnBerg".
  return /^(?:https?:\/\/)?[\w.-]+\.\w+\/(?:\S+\/)?(?:speakers?|sessions?|talks?|presentations?)\/[^/\s]+\/?$/i.test(
    plainText(first).trim(),
  );
}
