import type { Speaker } from '../model.ts';
import { trimEndOf } from '../text.js';
import { authorLines } from './author-lines.ts';
import { classifyLink } from './classify-link.ts';
import { componentSpeakers } from './component-facts.ts';
import { factList, foreignNameAlone } from './fact-bullets.ts';
import { companyBullet } from './first-bullet-person.ts';
import { crossesLines, firstLineLineup } from './first-line-speakers.ts';
import { isFormatLine } from './format-line.ts';
import { handleByline } from './handle-byline.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { openingSubject } from './opening-subject.ts';
import { lineupSentence, opensWithLineup } from './panel-lineup.ts';
import { polishSpeakers } from './polish-speakers.ts';
import { nameAlone } from './profile-links.ts';
import { proseSpeaker } from './prose-speaker.ts';
import { findFirst, meaningful } from './sections.ts';
import { panelLine, speakerLine } from './speaker-line.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { nameSentence, SPEAKER_SENTENCE, speakerSentence } from './speaker-sentence.ts';
import { subjectSpeaker } from './subject-speaker.ts';

/** Who gave a talk, from the lines and links right under its heading. */

/**
 * "*Jane Doe, Acme*", "Speaker: Jane Doe" or "Presented by Jane Doe" as a short paragraph right
 * under the heading names the speaker; it is not a note.
 */
export function withoutSpeakerLine(all: MdNode[], speakers: Speaker[]): MdNode[] {
  const { body, dashed } = withoutWriterLine(all);
  const rest = speakerLineOf(body, speakers);
  // "— by Jane Doe" and nothing else naming anyone: the line most likely names the speaker.
  if (speakers.length === 0 && dashed) speakers.push(...dashed);
  return rest;
}

/**
 * "Written by Priya Raman", "*— by Priya Raman, Staff SRE*" right under a talk's heading: in a
 * company blog, who wrote the notes. "Written by" never names the speaker; a dash and "by" does
 * only when nothing else in the notes does.
 */
const WRITER =
  /^(?:[—–-]+\s*)?(?:(?:notes|written|write-?up|recap|summary|words|reported|blogged|captured)(?:\s+up)?\s+by|notes\s+taken\s+by|author\s*:)\s+(?=\S)/i;
const DASH_BY = /^(?:[—–]|--?)\s*by\s+(?=\S)/i;

function withoutWriterLine(body: MdNode[]): { body: MdNode[]; dashed?: Speaker[] } {
  for (const node of meaningful(body).slice(0, 2)) {
    if (node.type !== 'paragraph') continue;
    const text = plainText(node).trim();
    const writer = WRITER.exec(text) ?? DASH_BY.exec(text);
    const people = writer
      ? parseSpeakerText(trimEndOf(text.slice(writer[0].length), '.;,'))
      : undefined;
    if (!writer || !people) continue;
    const rest = body.filter((n) => n !== node);
    return WRITER.test(text) ? { body: rest } : { body: rest, dashed: people };
  }
  return { body };
}

function speakerLineOf(body: MdNode[], speakers: Speaker[]): MdNode[] {
  const content = meaningful(body);
  const read =
    leadingSpeakerLine(body, content, speakers) ??
    profileBullet(body, content, speakers) ??
    companyBullet(body, content, speakers);
  if (read || speakers.length > 0) return read ?? body;
  // "by [jennz0r](https://twitter.com/…)": the speaker by the handle their profile shows.
  const handle = handleByline(body, content);
  if (handle) {
    speakers.push(handle.speaker);
    return handle.rest;
  }
  // `{{< speaker name="Jane Roe" company="Acme" >}}`, `<TalkCard speaker="…" />`: a component's.
  const component = componentSpeakers(body);
  if (component.length > 0) {
    speakers.push(...component);
    return body;
  }
  // "Ingrid Solvang (Fjordpay) opened with …": the notes' first sentence says who; it stays a note.
  // A recording's bare address above it ("https://youtu.be/…", "▶️ https://…") comes first.
  const first = content.find((node) => !linksOnly(node));
  const said = first?.type === 'paragraph' ? plainText(first) : undefined;
  const subject = said !== undefined ? openingSubject(said, content, first) : undefined;
  if (subject) {
    speakers.push(subject);
    return body;
  }
  const trailing = trailingSpeakerLine(body, content, speakers);
  // "…, done by Jane Roe from Intel.": a clear sentence of the notes' prose; it stays a note.
  const prose = trailing ? undefined : proseSpeaker(content, subjectSpeaker);
  if (prose) speakers.push(prose);
  // "Kamila Mrozek opowiedziała nam o chaosie": the speakers in a Polish post's prose.
  else if (!trailing)
    speakers.push(
      ...polishSpeakers(content.flatMap((n) => (n.type === 'paragraph' ? [plainText(n)] : []))),
    );
  return trailing ?? body;
}

/**
 * "Lorna Mitchell: APIs as contracts" over "*Lorna Mitchell, Redocly*": the heading's speakers
 * named again on the first line, with their company. Only the same names count.
 */
function namedAgain(text: string, speakers: Speaker[]): Speaker[] | undefined {
  if (speakers.length === 0) return undefined;
  const again = speakerLine(text, true);
  return again?.every((person) => speakers.some((s) => s.name === person.name)) ? again : undefined;
}

/** The first three paragraphs: a speaker's line, or a sentence that opens with one. */
function leadingSpeakerLine(
  body: MdNode[],
  content: MdNode[],
  speakers: Speaker[],
): MdNode[] | undefined {
  for (const [index, node] of content.slice(0, 3).entries()) {
    // "_Format conférence 50 minutes_" over "**Jane Doe**": the name is still the first line.
    const lead = content.slice(0, index).every(isFormatLine);
    // "_Авторы:_" over a line of people and their company per company: each line's people.
    const authors = authorLines(node);
    if (authors) {
      speakers.push(...authors);
      return body.filter((n) => n !== node);
    }
    // "> Speaker: Jane Doe" as a quote counts too.
    const quoted = node.type === 'blockquote' && node.children.length === 1;
    if (node.type !== 'paragraph' && !(quoted && node.children[0]?.type === 'paragraph')) continue;
    const taken = (lineup: { speakers: Speaker[]; rest: MdNode }) => {
      speakers.push(...lineup.speakers);
      return body.map((n) =>
        n !== node
          ? n
          : node.type === 'paragraph'
            ? lineup.rest
            : { ...node, children: [lineup.rest] },
      );
    };
    // "Presented by **Lea Vogt** from Google — [video](…)": the talk's links are no part of the
    // speaker's line, and stay the talk's.
    const own = node.type === 'paragraph' ? talkLinksIn(node) : [];
    const text = own.length > 0 ? trimEndOf(textBesides(node, own), '|·•,;:.–—-') : plainText(node);
    const words = text.split(' ').length;
    // A panel's people in a sentence or two ("With A, B, and C. Moderated by D.") run longer
    // than one speaker's line.
    // "With A, B and C (Acme), moderated by D.": the line-up, not one person with a company.
    let named = opensWithLineup(text)
      ? undefined
      : ((words > 16 ? panelLine(text) : speakerLine(text, lead && speakers.length === 0)) ??
        (lead && words <= 8 ? namedAgain(text, speakers) : undefined));
    const said = node.type === 'paragraph' ? node : quoted ? node.children[0] : undefined;
    // "Speaker: Kenji Sato" over "Builds got fast." in one paragraph: the lines read as one made
    // the notes' first words part of a name; the first line alone names the person.
    const lined = named && said ? firstLineLineup(said) : undefined;
    if (lined && named?.some((n) => !lined.speakers.some((s) => s.name === n.name)))
      return taken(lined);
    // "Service Mesh, Istio" over "Sidecars everywhere.": a company running into the next line.
    if (named && !lined && said && crossesLines(said, named)) named = undefined;
    if (!named && (words > 12 || SPEAKER_SENTENCE.test(text) || opensWithLineup(text))) {
      // "> Moderated by Wesley Reisz, with Jesse Howarth (Discord)": the quote's sentence too.
      const first = lead && speakers.length === 0;
      const opened = said
        ? (speakerSentence(said) ??
          lineupSentence(said) ??
          (first ? nameSentence(said) : undefined))
        : undefined;
      if (!opened) {
        const lineup = said ? firstLineLineup(said) : undefined;
        if (lineup) return taken(lineup);
        continue;
      }
      speakers.push(...opened.speakers);
      return body.map((n) => (n === node ? opened.rest : n));
    }
    // "> Moderator: D (X). Panelists: A (Y), B (Z)." over "> Procurement is the bottleneck.": a
    // line-up on the paragraph's first line, the notes on the lines after it.
    const lineup = !named && said ? firstLineLineup(said) : undefined;
    if (lineup) return taken(lineup);
    if (!named) {
      // "Tim Kadlec | [Slides](…) | [Video](…)": the name, then the talk's links, on one line.
      const links = node.type === 'paragraph' ? nameWithLinks(node) : undefined;
      if (!links || !lead || speakers.length > 0) continue;
      speakers.push(...links.speakers);
      return body.map((n) => (n === node ? links.rest : n));
    }
    speakers.push(...named);
    // "Moderator: …" then "Panelists: …" as paragraphs of their own: each names more people.
    const gone = new Set([node]);
    for (const next of content.slice(index + 1, index + 4)) {
      const more = next.type === 'paragraph' ? speakerLine(plainText(next), false) : undefined;
      if (!more) break;
      speakers.push(...more);
      gone.add(next);
    }
    const links: MdNode = { ...node, children: own };
    return body.flatMap((n) => (n === node && own.length > 0 ? [links] : gone.has(n) ? [] : [n]));
  }
  return undefined;
}

/** Where a line that names the speaker after the notes may start: "— talk by", "(Speaker: …)". */
const TRAILING_LABEL = /^(?:talk by|presented by|given by|by|speakers?\s*[:：])\s/i;

/**
 * "— talk by Priya Natarajan of Lumen Analytics", "*(Speaker: Joost van der Berg, Rabobank)*"
 * after the notes: the speaker, when nothing above named one. The line is no note.
 */
function trailingSpeakerLine(
  body: MdNode[],
  content: MdNode[],
  speakers: Speaker[],
): MdNode[] | undefined {
  for (const node of content.slice(0, 40)) {
    if (node.type !== 'paragraph') continue;
    const own = talkLinksIn(node);
    const text = trimEndOf(textBesides(node, own).replace(/^[\s(*_—–-]+/, ''), ')*_.,;:|·•—–-');
    if (text.length > 120 || !TRAILING_LABEL.test(text)) {
      const tail = tailSpeaker(node);
      if (!tail) continue;
      speakers.push(...tail.speakers);
      return body.map((n) => (n === node ? tail.rest : n));
    }
    const named = speakerLine(text, false);
    if (!named) continue;
    speakers.push(...named);
    const links: MdNode = { ...node, children: own };
    return body.flatMap((n) => (n === node ? (own.length > 0 ? [links] : []) : [n]));
  }
  return undefined;
}

/** A paragraph of links, pictures and signs only: an embed or a bare address, no words. */
function linksOnly(node: MdNode): boolean {
  return (
    node.type === 'paragraph' &&
    node.children.every(
      (child) =>
        child.type === 'link' ||
        child.type === 'image' ||
        child.type === 'html' ||
        child.type === 'break' ||
        (child.type === 'text' && !/[\p{L}\p{N}]/u.test(child.value ?? '')),
    )
  );
}

/**
 * "… Yes, it was awkward. (Talk by Lucía Herrera & Ben Goldberg, Parcelo)", "… to the compiler.
 * Speaker: Kwame Asante (Edgebyte).": the speaker in the last sentence of a paragraph.
 */
const TAIL_SPEAKER =
  /(?:(?<=[.!?])\s+|(?<!\s)\s*\()\s*((?:talk |presented |given )?by|speakers?\s*[:：])\s+([^.()!?]{3,100}?(?:\([^()]{2,60}\))?)\)?\.?\s*$/i;

function tailSpeaker(paragraph: MdNode): { speakers: Speaker[]; rest: MdNode } | undefined {
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const value = last.value ?? '';
  const tail = TAIL_SPEAKER.exec(value);
  const speakers = tail?.[2] ? parseSpeakerText(tail[2]) : undefined;
  if (!tail || !speakers) return undefined;
  const children = [
    ...paragraph.children.slice(0, -1),
    { ...last, value: value.slice(0, tail.index) },
  ];
  return { speakers, rest: { ...paragraph, children } };
}

/** A paragraph's text without the talk's links in it ("Jane Doe ([video](…))" → "Jane Doe"). */
function textBesides(paragraph: MdNode, links: MdNode[]): string {
  const rest = paragraph.children.filter((child) => !links.includes(child));
  return plainText({ ...paragraph, children: rest }).replace(/\s*\(\s*\)/g, '');
}

/** Links in a paragraph to the talk's slides or recording, by their text or their host. */
function talkLinksIn(paragraph: MdNode): MdNode[] {
  return paragraph.children.filter((child) => {
    if (child.type !== 'link') return false;
    const kind = classifyLink(plainText(child.children), '', child.url ?? '');
    return kind === 'slides' || kind === 'video';
  });
}

function nameWithLinks(paragraph: MdNode): { speakers: Speaker[]; rest: MdNode } | undefined {
  const at = paragraph.children.findIndex((child) => child.type === 'link');
  if (at <= 0) return undefined;
  const before = trimEndOf(plainText(paragraph.children.slice(0, at)), '|·•,–—-');
  const speakers = before === '' ? undefined : speakerLine(before, true);
  if (!speakers) return undefined;
  return { speakers, rest: { ...paragraph, children: paragraph.children.slice(at) } };
}

/**
 * `* [Marcy Sutton](https://twitter.com/marcysutton)` as the first bullet under a talk's heading,
 * or `- Roman Bouchner` among its first bullets of facts (`- Length 1:00:39`, `- Language:
 * Czech`), maybe under a quote: a name linked to the person's profile, or a full name from a
 * common given name alone on its bullet, is the speaker, and the bullet no note. Other words
 * alone there ("* Foundations", "* Kubernetes") and a repository's link are notes.
 */
function profileBullet(
  body: MdNode[],
  content: MdNode[],
  speakers: Speaker[],
): MdNode[] | undefined {
  // The bullet first, then whether its list is one of facts: reading a list's items as text
  // (`factList`) is the costly part, and most lists have no bullet of a name alone.
  const named = (node: MdNode) => {
    const first = node.children.slice(0, 4);
    const alone = first.find(nameAlone);
    if (alone) return alone;
    const foreign = first.find(foreignNameAlone);
    return foreign && factList(node) ? foreign : undefined;
  };
  let list: MdNode | undefined;
  let item: MdNode | undefined;
  for (const node of content.slice(0, 3)) {
    item = node.type === 'list' ? named(node) : undefined;
    if (item) {
      list = node;
      break;
    }
  }
  if (!list) return undefined;
  // "## Simona Cotin - PWAs" over "- Alex Russel": the heading names the speaker; a name alone
  // on a bullet under it is someone the notes mention (a profile's link may still be a co-host).
  if (!item || (speakers.length > 0 && !findFirst(item, 'link'))) return undefined;
  speakers.push({ name: plainText(item.children).trim() });
  const others = list.children.filter((child) => child !== item);
  const rest: MdNode[] = others.length > 0 ? [{ ...list, children: others }] : [];
  return body.flatMap((node) => (node === list ? rest : [node]));
}
