import { slug as githubSlug } from 'github-slugger';
import type { ContentProblem, Link, Speaker } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import { classifyLink, hostKind, LINK_LABEL } from './classify-link.ts';
import type { EventDates } from './day-date.ts';
import { splitFieldParagraphs } from './field-lines.ts';
import { cleanTitle, type HeadingParts, splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { displayUrl, isAutolink, plainText, textAndProse } from './markdown-text.ts';
import { isSignOff } from './section-names.ts';
import { headingParts, headingText, meaningful, type Section } from './sections.ts';
import { parseSpeakerText, speakerLine } from './speaker-names.ts';
import type { DraftNote } from './summary.ts';

/** A talk as read from its section, before ids, facts and topics are settled. */
export interface DraftTalk {
  title: string;
  anchor: string;
  /** Anchors the author set (`{#id}`, `<a name>`), which a table of contents may link to. */
  ids: string[];
  line: number;
  topic?: string;
  day?: string;
  date?: string;
  time?: string;
  track?: string;
  speakers: Speaker[];
  company?: string;
  links: Link[];
  notes: DraftNote[];
}

/** A sub-heading that names the speaker: "Speaker: Jane Doe", "by Jane Doe", or a bare name. */
export function speakerHeading(section: Section): Speaker[] | undefined {
  return speakerLine(section.title, true);
}

/** Where a talk stands: its topic and day, from the headings that group it. */
export interface TalkContext {
  topic?: string;
  day?: string;
  date?: string;
  /** From a group heading that says so: "Track: Architecture", "Data track". */
  track?: string;
  /** From a group heading that is only a time slot ("## 10:30" over the talks of that slot). */
  time?: string;
  /** The event's dates, to date a day named in an outline ("- Day 2" over talks). */
  dates?: EventDates;
}

export function newDraft(title: string, line: number, context: TalkContext): DraftTalk {
  // A bold or linked title is written the way headings are: "1. **Title**", "Keynote: …".
  const draft: DraftTalk = {
    title: cleanTitle(title),
    anchor: '',
    ids: [],
    line,
    speakers: [],
    links: [],
    notes: [],
  };
  if (context.topic) draft.topic = context.topic;
  if (context.day) draft.day = context.day;
  if (context.date) draft.date = context.date;
  if (context.track) draft.track = context.track;
  if (context.time) draft.time = context.time;
  return draft;
}

/** Links, speaker bullets and notes of some nodes, into a talk being read. */
export function readInto(
  draft: DraftTalk,
  nodes: MdNode[],
  file: string,
  problems: ContentProblem[],
): DraftNote[] {
  const lines = splitFieldParagraphs(nodes);
  reportBrokenLinks(lines, file, problems);
  collectLinks(lines, draft.links);
  return notesFrom(lines, draft);
}

/** A talk from its heading section; `skip` says which sub-sections are not part of it. */
export function draftTalk(
  section: Section,
  context: TalkContext,
  file: string,
  problems: ContentProblem[],
  options: { dashSpeakers: boolean; namesSpeakers?: boolean; skip: (child: Section) => boolean },
): DraftTalk {
  let parts = headingParts(section, options.dashSpeakers);
  if (!options.dashSpeakers && parts.speakers.length === 0)
    parts = dashedNamedInBody(section, parts, options.namesSpeakers === true);
  const draft = newDraft(parts.title, section.line, context);
  // The anchor a table of contents links to: the GitHub/Jekyll slug of the heading text. Made
  // here, for talks only: a file of 100,000 bare headings need not hold 100,000 of them.
  draft.anchor = githubSlug(section.title);
  draft.ids = section.ids;
  draft.speakers.push(...parts.speakers);
  if (parts.company) draft.company = parts.company;
  if (parts.time) draft.time = parts.time;
  for (const link of findLinks(section.heading)) {
    // "by [Felix Geisendörfer](https://twitter.com/felixge)": the speaker's profile, not the talk's.
    if (!isProfileLink(link, draft.speakers)) addLink(link, 'Description', draft.links, true);
  }

  const read = (nodes: MdNode[]) => readInto(draft, nodes, file, problems);
  draft.notes.push(...read(withoutSpeakerLine(splitFieldParagraphs(section.body), draft.speakers)));
  section.children
    .filter((child) => !options.skip(child))
    .forEach((child, index) => {
      const speakers = index === 0 && draft.notes.length === 0 ? speakerHeading(child) : undefined;
      if (speakers) {
        draft.speakers.push(...speakers);
        draft.notes.push(...read(child.body), ...child.children.map((c) => subsection(c, read)));
      } else {
        draft.notes.push(subsection(child, read));
      }
    });
  return draft;
}

/**
 * "Comparing trees – Annie Park" in a post whose other headings do not vote for dashed speakers
 * (see `postUsesDashSpeakers`): the name after the dash is the speaker when the notes under the
 * heading call them by it ("Annie walked through …"), or when the post names its speakers in
 * other headings and this one is a title in sentence case followed by a name of two words
 * ("Ports & adapters in practice – Tom Berg"). "Chaos Engineering – Breaking Things Safely" stays
 * a title with its subtitle.
 */
function dashedNamedInBody(
  section: Section,
  parts: HeadingParts,
  namesSpeakers: boolean,
): HeadingParts {
  const dashed = splitHeading(headingText(section), true);
  if (dashed.speakers.length === 0 || dashed.speakers.length > 3) return parts;
  const [only] = dashed.speakers;
  if (
    namesSpeakers &&
    dashed.speakers.length === 1 &&
    only?.name?.split(/\s+/).length === 2 &&
    /\s\p{Ll}{3,}/u.test(dashed.title)
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
  section.parts = dashed;
  return dashed;
}

/**
 * "*Jane Doe, Acme*", "Speaker: Jane Doe" or "Presented by Jane Doe" as a short paragraph right
 * under the heading names the speaker; it is not a note.
 */
function withoutSpeakerLine(body: MdNode[], speakers: Speaker[]): MdNode[] {
  const content = meaningful(body);
  for (const [index, node] of content.slice(0, 3).entries()) {
    // "> Speaker: Jane Doe" as a quote counts too.
    const quoted = node.type === 'blockquote' && node.children.length === 1;
    if (node.type !== 'paragraph' && !(quoted && node.children[0]?.type === 'paragraph')) continue;
    const text = plainText(node);
    if (text.split(' ').length > 12) {
      const opened = node.type === 'paragraph' ? speakerSentence(node) : undefined;
      if (!opened) continue;
      speakers.push(...opened.speakers);
      return body.map((n) => (n === node ? opened.rest : n));
    }
    const named = speakerLine(text, index === 0 && speakers.length === 0);
    if (!named) {
      // "Tim Kadlec | [Slides](…) | [Video](…)": the name, then the talk's links, on one line.
      const links = node.type === 'paragraph' ? nameWithLinks(node) : undefined;
      if (!links || index !== 0 || speakers.length > 0) continue;
      speakers.push(...links.speakers);
      return body.map((n) => (n === node ? links.rest : n));
    }
    speakers.push(...named);
    return body.filter((n) => n !== node);
  }
  return body;
}

function nameWithLinks(paragraph: MdNode): { speakers: Speaker[]; rest: MdNode } | undefined {
  const at = paragraph.children.findIndex((child) => child.type === 'link');
  if (at <= 0) return undefined;
  const before = plainText(paragraph.children.slice(0, at)).replace(/[\s|·•,–—-]+$/, '');
  const speakers = before === '' ? undefined : speakerLine(before, true);
  if (!speakers) return undefined;
  return { speakers, rest: { ...paragraph, children: paragraph.children.slice(at) } };
}

const PROFILE_HOSTS =
  /^(?:www\.)?(?:twitter\.com|x\.com|github\.com|linkedin\.com|bsky\.app|mastodon\.[a-z]+|fosstodon\.org|hachyderm\.io)$/i;

/** A link in a heading to a speaker: their name or handle as its text, or a profile's address. */
function isProfileLink(link: MdNode, speakers: Speaker[]): boolean {
  const text = plainText(link.children).trim().toLowerCase();
  if (text.startsWith('@')) return true;
  if (speakers.some((speaker) => speaker.name?.toLowerCase() === text)) return true;
  try {
    const url = new URL(link.url ?? '');
    // A profile is one path segment ("github.com/eatonphil"), not a repository or a post.
    return PROFILE_HOSTS.test(url.hostname) && /^\/(?:in\/)?@?[\w.-]+\/?$/.test(url.pathname);
  } catch {
    return false;
  }
}

/** "Speaker: Marc Garcia. Copy-on-write is coming…": a paragraph that names the speaker first. */
const SPEAKER_SENTENCE =
  /^\s*((?:speakers?|presenters?|presented by)\s*:\s*[^.:!?]{3,100}?)\.\s+(?=\S)/i;

function speakerSentence(paragraph: MdNode): { speakers: Speaker[]; rest: MdNode } | undefined {
  const [first, ...others] = paragraph.children;
  const opening = first?.type === 'text' ? SPEAKER_SENTENCE.exec(first.value ?? '') : null;
  if (!first || !opening?.[1]) return undefined;
  // Only a name that reads as one: "Speaker: Dr. Jane Doe." must not give "Dr".
  const speakers = parseSpeakerText(opening[1].slice(opening[1].indexOf(':') + 1));
  if (!speakers) return undefined;
  const value = (first.value ?? '').slice(opening[0].length);
  return { speakers, rest: { ...paragraph, children: [{ ...first, value }, ...others] } };
}

function subsection(section: Section, read: (nodes: MdNode[]) => DraftNote[]): DraftNote {
  return {
    text: section.title,
    prose: section.title,
    children: [...read(section.body), ...section.children.map((child) => subsection(child, read))],
  };
}

/** Bullets become the notes tree; a top-level "Speaker: …" bullet becomes the speaker instead. */
function notesFrom(nodes: MdNode[], draft: DraftTalk): DraftNote[] {
  const notes: DraftNote[] = [];
  for (const node of meaningful(nodes)) {
    if (node.type !== 'list') {
      const note: DraftNote = { ...textAndProse([node]), children: [] };
      if (isMeta(note, draft)) continue;
      if (!isTalkLinksLine(node, note) && !isSignOff(note.text)) notes.push(note);
      continue;
    }
    for (const item of node.children) {
      const note = itemNote(item);
      const named = speakerLine(note.text, false);
      if (named) draft.speakers.push(...named);
      // A bullet that held only a shortcode or an image says nothing.
      else if (note.text === '' && note.children.length === 0) continue;
      else if (isMeta(note, draft)) continue;
      else if (!isTalkLinksLine(item, note)) notes.push(note);
    }
  }
  return notes;
}

/** "Track: Data", "Room: B", "Level: Intermediate", "Time: 10:30": facts of the slot, not notes. */
const META =
  /^(track|room|hall|stage|level|audience|time|when|slot|duration|length|format|date|location|tags?|language|difficulty)\s*[:：]\s*(\S.{0,80})$/i;

/** A line of the talk's slot facts: the track and time are kept, the line is no note. */
function isMeta(note: DraftNote, draft: DraftTalk): boolean {
  if (note.children.length > 0 || note.text.length > 100) return false;
  const meta = META.exec(note.text.trim());
  if (!meta?.[1] || !meta[2]) return false;
  const label = meta[1].toLowerCase();
  const value = meta[2].replace(/[.;]$/, '').trim();
  // "Time: the biggest constraint of all" is a note that starts with a word, not a slot.
  const timed = /^(?:time|when|slot|date|duration|length)$/.test(label);
  if ((timed && !/\d/.test(value)) || value.split(/\s+/).length > 6) return false;
  if (label === 'track') draft.track ??= value;
  if (label === 'time' || label === 'when' || label === 'slot') draft.time ??= value;
  return true;
}

export function itemNote(item: MdNode): DraftNote {
  const own: MdNode[] = [];
  const children: DraftNote[] = [];
  for (const child of item.children) {
    if (child.type !== 'list') own.push(child);
    else for (const sub of child.children) children.push(itemNote(sub));
  }
  const { text, prose } = textAndProse(own);
  return { text, prose, children };
}

/**
 * "[Description](…) and [Slides](…)": the talk's own links, which every surface shows as links
 * already; as a note it would only repeat them.
 */
function isTalkLinksLine(item: MdNode, note: DraftNote): boolean {
  // Cheapest first: a note with sub-points or without links is more than its links.
  if (note.children.length > 0) return false;
  const links = findLinks(item);
  if (links.length === 0) return false;
  // "Slides: [SpeakerDeck](…)", "**Video:** https://…": a label and the link, nothing more.
  // "👉 [Watch](…)": pointing signs and separators say nothing more than the link.
  const prose = note.prose.replace(LINK_LABEL, '').replace(/\b(?:and|or)\b/gi, '');
  return (
    !/[\p{L}\p{N}]/u.test(prose) &&
    links.every((link) =>
      ['description', 'slides', 'video'].includes(
        classifyLink(plainText(link.children), note.text, link.url ?? ''),
      ),
    )
  );
}

export function findLinks(node: MdNode): MdNode[] {
  const links: MdNode[] = [];
  linksInto(node, links);
  return links;
}

/** One array for the whole walk, not one per node. */
function linksInto(node: MdNode, links: MdNode[]): void {
  if (node.type === 'link') links.push(node);
  else for (const child of node.children) linksInto(child, links);
}

/** Every link in some nodes, with the text of the bullet or paragraph it stands in. */
function collectLinks(nodes: MdNode[], into: Link[]): void {
  // The text around a link (of the bullet or paragraph it stands in) is worked out only when
  // there is a link — most bullets have none — and kept for the next link in the same place.
  let textOf: MdNode | undefined;
  let text = '';
  const context = (around: MdNode | undefined): string => {
    if (!around) return '';
    if (textOf !== around) {
      textOf = around;
      text =
        around.type === 'listItem'
          ? plainText(around.children.filter((c) => c.type !== 'list'))
          : plainText(around);
    }
    return text;
  };
  const walk = (node: MdNode, around: MdNode | undefined) => {
    if (node.type === 'link') {
      addLink(node, context(around), into, false);
      return;
    }
    if (node.type === 'text' || node.type === 'html') {
      for (const url of embeddedVideos(node.value ?? '')) {
        if (!into.some((link) => link.url === url))
          into.push({ kind: 'video', url, text: 'Video' });
      }
    }
    if (node.children.length === 0) return;
    const own = node.type === 'listItem' || node.type === 'paragraph' ? node : around;
    for (const child of node.children) walk(child, own);
  };
  for (const node of nodes) walk(node, undefined);
}

/**
 * `{{< youtube id >}}`, `{% vimeo id %}`, `{% include youtube.html id="id" %}`,
 * `<iframe src="https://www.youtube.com/embed/id">`.
 */
const EMBED =
  /\{[{%][<%]?\s*(?:include\s+)?(youtube|vimeo)(?:\.html)?\s+(?:id=)?["']?([\w-]{3,64})["']?[^{}]{0,200}[>%]?[}%]\}|<iframe\s[^>]{0,300}?\bsrc=["']?(https:\/\/(?:www\.)?(?:youtube\.com|youtube-nocookie\.com|player\.vimeo\.com)\/[^"'\s>]{1,200})/gi;

/** Videos a blog engine embeds: the shortcode or player names the recording of the talk. */
function embeddedVideos(text: string): string[] {
  // Both forms start with "{" or "<": text with neither (nearly all of it) embeds nothing.
  if ((!text.includes('{') && !text.includes('<')) || !/youtube|vimeo/i.test(text)) return [];
  const urls: string[] = [];
  for (const match of text.matchAll(EMBED)) {
    if (match[3]) urls.push(match[3]);
    else if (match[1]?.toLowerCase() === 'youtube')
      urls.push(`https://www.youtube.com/watch?v=${match[2]}`);
    else if (match[2]) urls.push(`https://vimeo.com/${match[2]}`);
  }
  return urls;
}

export function addLink(node: MdNode, around: string, into: Link[], isHeading: boolean): void {
  const url = node.url ?? '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) || into.some((link) => link.url === url)) return;
  const linkText = isAutolink(node) ? '' : plainText(node.children);
  const shown = displayUrl(url);
  const context = clauseOf(around, linkText || shown);
  const label = context
    .replace(shown, '')
    .replace(/(\s+(at|see)|:)?\s*$/i, '')
    .trim();
  const readable = /\p{L}{3,}/u.test(label) && label.length <= 120 && !/^see( also)?$/i.test(label);
  const text = isHeading ? 'Description' : linkText || (readable ? label : shown);
  // A title linked to its recording or deck: that is what the link is, not a description page.
  const kind = isHeading ? (hostKind(url) ?? 'description') : classifyLink(linkText, context, url);
  into.push({ kind, url, text });
}

/**
 * The clause of a paragraph a link stands in: "… throw data away. Slides: https://…" labels
 * the link "Slides" as much as a paragraph of its own would.
 */
function clauseOf(text: string, shown: string): string {
  const at = shown === '' ? -1 : text.indexOf(shown);
  if (at <= 0) return text;
  let from = 0;
  for (let i = at - 1; i > 0; i--) {
    const c = text.charAt(i);
    if (
      c === '\n' ||
      c === '|' ||
      ((c === ' ' || c === '\t') && /[.!?;]/.test(text.charAt(i - 1)))
    ) {
      from = i + 1;
      break;
    }
  }
  return from === 0 ? text : text.slice(from);
}

const AFTER_PAREN = /\s*(?:[a-z]{1,20}:|\/|#|www\.|$)/iy;

/**
 * `[text](` or `[text] (` followed by an address or the end, in text that did not become a link.
 * One scan, no backtracking: hostile text with thousands of `[` stays linear.
 */
export function brokenLinkAt(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) open = true;
    else if (c === 10 /* \n */) open = false;
    else if (c === 93 /* ] */) {
      if (!open) continue;
      open = false;
      let j = i + 1;
      if (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      if (text.charCodeAt(j) !== 40 /* ( */) continue;
      AFTER_PAREN.lastIndex = j + 1;
      if (AFTER_PAREN.test(text)) return true;
    }
  }
  return false;
}

/** "[Slides](http://…" or "[Slides] (http://…)" did not become a link: tell the author where. */
function reportBrokenLinks(nodes: MdNode[], file: string, problems: ContentProblem[]): void {
  for (const node of nodes) {
    // Without a "[" there is no broken link (and most text has none).
    const value = node.value ?? '';
    if (node.type === 'text' && value.includes('[') && brokenLinkAt(value)) {
      problems.push({
        file,
        line: node.line,
        message: `broken link syntax near "${value.trim().slice(0, 60)}": write [text](url) with no space and a closing )`,
        severity: 'warning',
      });
    }
    if (node.type !== 'link' && node.children.length > 0) {
      reportBrokenLinks(node.children, file, problems);
    }
  }
}
