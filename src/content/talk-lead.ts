import type { Speaker } from '../model.ts';
import { leadBeforeName } from './case-exact.ts';
import { classifyLink } from './classify-link.ts';
import type { MdNode } from './markdown.ts';
import { isAutolink, plainText } from './markdown-text.ts';
import { PLACE_WORD } from './section-names.ts';
import { findFirst } from './sections.ts';
import { imageOnlyLink, isSitePage } from './site-pages.ts';
import { panelLine } from './speaker-line.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import { roomName } from './talk-room.ts';
import { withoutLinkWords } from './title-marks.ts';

/** Where a talk written without a heading starts: a linked or bold title, and what follows it. */

/**
 * "**Title** by …" (or "*Title* by …"): a bold or italic title with no link, first in its item.
 * Its callers take it for a title only with a named speaker after it.
 */
export function leadBold(children: MdNode[]): { link: MdNode; index: number } | undefined {
  // "🎯 **Title** — Jane Doe": a sign before the title is no text of the line.
  const index = children.findIndex((c) => c.type !== 'text' || !SIGNS_ONLY.test(c.value ?? ''));
  const node = children[index];
  if ((node?.type !== 'strong' && node?.type !== 'emphasis') || findFirst(node, 'link')) {
    return undefined;
  }
  const title = plainText(node);
  if (!/\p{L}/u.test(title) || title.endsWith(':')) return undefined;
  return { link: node, index };
}

/** Blanks, emoji and arrows: what an author puts before a title to mark it. */
const SIGNS_ONLY =
  /^(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[0-9#*]?\u{FE0F}?\u{20E3}|\p{Regional_Indicator}|[→➡▶►▸•▲△]|\[[ xX]\](?=\s|$))*$/u;

const OPEN_QUOTE = /^\s*["“„«]\s*$/u;

/**
 * '- " [Title](…)": notes': the line's nodes without the quote that closes a quoted lead link
 * and the colon after it, so the notes start at their words.
 */
export function withoutClosingQuote(children: MdNode[], index: number): MdNode[] {
  const before = children[index - 1];
  const after = children[index + 1];
  if (before?.type !== 'text' || !OPEN_QUOTE.test(before.value ?? '') || after?.type !== 'text')
    return children;
  const value = (after.value ?? '').replace(/^\s*["”“»]\s*[:：]?\s*/u, ' ');
  return children.map((child) => (child === after ? { ...after, value } : child));
}

/** A link first in some inline nodes (maybe in **bold**), to a page, titled like a talk. */
export function leadLink(
  children: MdNode[],
  /** A list item's: its title may link a page of the post's own site (`sitePath`). */
  item = false,
): { link: MdNode; index: number } | undefined {
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as MdNode;
    // A blank, or a task list's box ("- [x] [Title](…) — Jane Doe": a watch list, ticked).
    if (child.type === 'text' && SIGNS_ONLY.test(child.value ?? '')) continue;
    // '- " [Title](…)": notes': the title quoted, its quote marks around the link.
    if (child.type === 'text' && index === 0 && OPEN_QUOTE.test(child.value ?? '')) continue;
    if (child.type === 'html') continue;
    let link: MdNode | undefined = child.type === 'link' ? child : undefined;
    if (!link && (child.type === 'strong' || child.type === 'emphasis')) {
      const inner = child.children.filter((c) => c.type !== 'text' || (c.value ?? '').trim());
      if (inner.length === 1 && inner[0]?.type === 'link') link = inner[0];
    }
    if (
      !link ||
      isAutolink(link) ||
      !(/^https?:/i.test(link.url ?? '') || (item && sitePath(link)))
    )
      return undefined;
    // An author's avatar or profile, a tag page: the blog's links, no talk's title.
    if (isSitePage(link.url) || imageOnlyLink(link)) return undefined;
    const title = titleOf(link);
    if (!/\p{L}/u.test(title)) return undefined;
    // "[Slides](…)" is a talk's link, not a title; a title linked to its video is still a title.
    if (classifyLink(title, '', '') !== 'see-also') return undefined;
    return { link, index };
  }
  return undefined;
}

/**
 * "[Mesh networks on a budget](/talks/mesh)", "[Title](../talks/mesh.md)": a path on the post's
 * own site, as a list of talks links each talk's page (an anchor, "#mesh", is no page).
 */
function sitePath(link: MdNode): boolean {
  return (
    /^(?:\.{0,2}\/)?[\w~-][\w~.-]*(?:\/[\w~.%-]+)*\/?$/.test(link.url ?? '') &&
    /[/.]/.test(link.url ?? '')
  );
}

/**
 * "**Eric Evans** — *Domain-Driven Design, ten years on*" (speaker first): a bold name, a dash or
 * colon, then the title in italics or quotes. "**Kafka Streams** — *Jane Doe*" stays title first.
 */
export function speakerFirst(line: MdNode[]): { title: string; speakers: Speaker[] } | undefined {
  const lead = leadBold(line);
  if (lead?.link.type !== 'strong') return undefined;
  // "**Femke Oosterhuis** (Tidewave) — *Title*", "**Mara Lindgren** & **Pablo Ortega** (Polarbyte)
  // — *Title*": the people up to the dash before the italic title.
  const at = line.findIndex((node, i) => i > lead.index && node.type === 'emphasis');
  const before = at > 0 ? plainText(line.slice(lead.index, at)) : '';
  const separated = /\S\s*(?:[—–-]|:)\s*$/.test(before);
  const quoted =
    line.length === lead.index + 2
      ? /^\s*(?:\([^()]{2,60}\)\s*)?(?:[—–-]|:)\s*["“«](.+)["”»]\s*$/.exec(
          line[lead.index + 1]?.value ?? '',
        )
      : null;
  let title: string;
  let who: string;
  if (separated && at > 0 && line.slice(at + 1).every(blank)) {
    title = plainText(line[at] as MdNode);
    who = before.replace(/\s*(?:[—–-]|:)\s*$/, '');
  } else if (quoted?.[1]) {
    title = quoted[1];
    const company = /^\s*\(([^()]{2,60})\)/.exec(line[lead.index + 1]?.value ?? '')?.[1];
    who = company ? `${plainText(lead.link)} (${company})` : plainText(lead.link);
  } else return undefined;
  const speakers = parseSpeakerText(who);
  if (!speakers) return undefined;
  title = title.replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '').trim();
  const words = title.split(/\s+/).length;
  if (!/\p{L}{2}/u.test(title) || title.length > 150 || (words <= 3 && parseSpeakerText(title))) {
    return undefined;
  }
  return { title, speakers };
}

function blank(node: MdNode): boolean {
  return node.type === 'text' && (node.value ?? '').trim() === '';
}

/** "10:00", "**9.30am**", "14h00 –": a time slot and its separator, alone or in bold. */
// "**Update 15:00**": a live blog's update and its time, as live blogs mark each entry.
const TIME =
  /^\s*(?:(?:update|updated|live|aktualisierung|mise à jour|actualización|atualização)\s+)?(\[?)(\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?)(?:(?<=\[.*)\])?\s*[-–—:|]?\s*/i;

/** ", Sala 3", " · Room A", " (Main hall)": the room a bold time slot names, no part of the title. */
const ROOM_AFTER_TIME = new RegExp(
  String.raw`^\s*(?:[,·|/]\s*(${PLACE_WORD})|\(\s*(${PLACE_WORD})\s*\))\s*$`,
  'iu',
);
/** "11:30 | Main stage | Title": the room between a plain time and the title. */
const ROOM_THEN_TITLE = new RegExp(String.raw`^\s*(${PLACE_WORD})\s*[|·•]\s*(?=\S)`, 'iu');

/** A line that starts with a time slot: the time ('' for an offset in brackets), and the rest. */
export function timeLead(
  line: MdNode[],
): { time: string; rest: MdNode[]; room?: string } | undefined {
  const start = line.findIndex((node) => node.type !== 'text' || (node.value ?? '').trim() !== '');
  const [first, ...others] = start > 0 ? line.slice(start) : line;
  if (!first) return undefined;
  const text =
    first.type === 'strong' || first.type === 'emphasis' ? plainText(first) : first.value;
  if (first.type !== 'text' && first.type !== 'strong' && first.type !== 'emphasis')
    return undefined;
  const match = TIME.exec(text ?? '');
  const after = (text ?? '').slice(match?.[0].length ?? 0);
  // "10:00 **Title**", or a line of plain words after the time ("09:00 keynote by …").
  if (!match?.[2] || (others.length === 0 && (first.type !== 'text' || after.trim() === ''))) {
    return undefined;
  }
  // "**[03:40]**": a podcast's or a video's offset, no time of day.
  const time = match[1] ? '' : match[2].trim();
  if (first.type !== 'text') {
    // The bold time alone, or with its room ("**10:15, Sala 3**"): what follows may start with
    // its separator (" — ", ": ").
    const place = after.trim() === '' ? undefined : ROOM_AFTER_TIME.exec(after);
    if (after.trim() !== '' && !place) return undefined;
    const [next, ...more] = others;
    const value =
      next?.type === 'text' ? (next.value ?? '').replace(/^\s*[-–—:|]?\s*/, '') : undefined;
    const rest =
      value === undefined
        ? others
        : value === ''
          ? more
          : [{ ...(next as MdNode), value }, ...more];
    const room = roomName(place?.[1] ?? place?.[2] ?? '');
    return { time, rest: withoutLeadIn(rest), ...(room ? { room } : {}) };
  }
  // A room only where the line goes on after it: "11:30 | Room B" alone is no talk's.
  const before = others.length > 0 || /[|·•]\s*\S/.test(after) ? ROOM_THEN_TITLE.exec(after) : null;
  const room = before?.[1] ? roomName(before[1]) : undefined;
  const words = room && before ? after.slice(before[0].length) : after;
  const rest = words === '' ? others : [{ ...first, value: words }, ...others];
  return { time, rest: withoutLeadIn(rest), ...(room ? { room } : {}) };
}

/** "Now: ", "Last talk of the day: ", "Next up: " between a live blog's time and the title. */
const LEAD_IN = /^\s*[-–—:|]?\s*\p{L}[\p{L}\d'’ ]{0,40}[:：]\s*$/u;

function withoutLeadIn(rest: MdNode[]): MdNode[] {
  const [first, second] = rest;
  const marked =
    second?.type === 'strong' || second?.type === 'emphasis' || second?.type === 'link';
  return first?.type === 'text' && marked && LEAD_IN.test(first.value ?? '') ? rest.slice(1) : rest;
}

export function titleOf(link: MdNode): string {
  return plainText(link.children)
    .replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '')
    .trim();
}

/** Where a speaker's name ends and notes begin ("Dr. " and "J. R. " are no sentence's end). */
const SEPARATOR =
  /\s[—–]\s|\s-\s|[:;]\s|(?<!(?:^|[\s(])(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Jr|Sr|\p{Lu}))\.\s|\s[—–]$|[:.]$/u;

/**
 * What follows a linked title: "by Jane Doe — notes", "(Jane Doe, Acme): notes",
 * "– Jane Doe (Acme)", ": notes". Speakers only where the words read as names.
 */
export function speakersAfterTitle(rest: string): { speakers: Speaker[]; notes: string } {
  // "**Title** · Hilde Strand · Equinorth": middle dots (or bars) between title, name and company
  // read as a dash and a comma.
  let text = rest.trim().replace(DOTTED, '— $1, $2').replace(DOTTED_NAME, '— $1');
  if (text.startsWith('(')) {
    const close = text.indexOf(')');
    // "(Referent: Michael Simons, Neo4j)": the label inside the parentheses says who, as "by" does.
    const inner = close > 0 ? text.slice(1, close).replace(SPEAKER_LABEL, '') : '';
    // "(moderated by Elena Russo; with Giulia Ferrante and Ryo Ito)": a panel's people.
    const speakers = inner ? (parseSpeakerText(inner) ?? panelLine(inner)) : undefined;
    if (speakers) return { speakers, notes: trimLead(text.slice(close + 1)) };
    return { speakers: [], notes: trimLead(text) };
  }
  // "— Speaker: Jane Doe (Acme). Notes…", "por Pau Ribas": see `BY_LEADS`.
  const prefix = leadBeforeName(text, BY_LEADS);
  if (prefix) {
    text = text.slice(prefix[0].length);
    // "— com A (iFood), B (Zup) e C (Stone); mediação de Diego Alves": the moderator, named last.
    const moderator = MODERATOR_AFTER.exec(text.slice(0, 300));
    const moderators = moderator?.[1] ? parseSpeakerText(moderator[1]) : undefined;
    if (moderator && moderators)
      text = text.slice(0, moderator.index) + text.slice(moderator.index + moderator[0].length);
    const cut = SEPARATOR.exec(text);
    // "by Jane Doe (Acme) — notes": the company's parentheses stay with the name.
    let end = cut ? cut.index : text.length;
    // "— *Jane Smith, Stripe* ([slides](…), [video](…))": the links are the talk's, read apart.
    let speakers = parseSpeakerText(withoutLinkWords(text.slice(0, end)));
    // "— A, B (IISc); C (Alibaba). Notes": a semicolon between groups of people goes on.
    for (let more = 0; speakers && cut?.[0].startsWith(';') && more < 3; more++) {
      const next = SEPARATOR.exec(text.slice(end + 1));
      const longer = next ? end + 1 + next.index : text.length;
      const wider = parseSpeakerText(withoutLinkWords(text.slice(0, longer)));
      if (!wider || wider.length <= speakers.length) break;
      speakers = wider;
      end = longer;
      if (!next?.[0].startsWith(';')) break;
    }
    // "*Title* di Francesca Bianchi": "of" right after the title is "by" only before a person.
    if (prefix[1] && !speakers?.every((s) => s.name && looksLikeName(s.name))) speakers = undefined;
    if (speakers)
      return { speakers: [...speakers, ...(moderators ?? [])], notes: trimLead(text.slice(end)) };
  }
  return { speakers: [], notes: trimLead(rest) };
}

/**
 * "Speaker:", "Referent:", "Ponente:", "Prelegent:": a label for the speaker in the languages
 * posts are written in, as it opens the parentheses after a title.
 */
const SPEAKER_LABEL =
  /^\s*(?:speakers?|speaker\(s\)|presenters?|presented by|referent(?:in)?(?:en)?|sprecher(?:in)?|ponentes?|palestrantes?|orat(?:eur|rice)s?|intervenants?|relat(?:ore|rice|ori)|prelegen(?:t|ci|tka)|prowadzący|sprekers?)\s*[:：]\s*/iu;

/** "; mediação de Diego Alves", ", moderated by Jane Doe (Acme)": a panel's moderator, last. */
const MODERATOR_AFTER =
  /\s*[;,]\s*(?:mediação|moderação|mediad[oa] por|moderad[oa] por|moderated by|moderata? da|moderiert von|animée? par|prowadzenie)\s*:?\s+(?:de\s+)?(\p{Lu}[^;.()]{2,60}?(?:\s*\([^()]{2,60}\))?)\s*(?=[.;]|$)/u;

const DOTTED = /^[·•|]\s+([^·•|,()]{3,60}?)\s+[·•|]\s+([^·•|,()]{2,60}?)\s*$/u;
const DOTTED_NAME = /^[·•|]\s+([^·•|,]{3,80}?)\s*$/u;

function trimLead(text: string): string {
  return text.replace(/^[\s:;,.—–-]+/, '').trim();
}

/**
 * "**Helena Sá** gave the opening keynote, *Forty Years of Virtual Memory*." under a heading that
 * only says "Keynote": the title the opening paragraph gives, in italics, bold or quotes after a
 * word for the session ("keynote", "talk", "titled"); a person's name in bold is none.
 */
export function titleInOpening(body: MdNode[]): string | undefined {
  const paragraph = body.find((node) => node.type === 'paragraph');
  if (!paragraph) return undefined;
  let before = '';
  for (const child of paragraph.children) {
    if (child.type === 'emphasis' || child.type === 'strong') {
      const title = plainText(child)
        .replace(/^["“„«]|["”“»]$/g, '')
        .trim();
      if (SESSION_WORD.test(before) && isTitleLike(title)) return title;
    }
    if (child.type === 'text') {
      const value = child.value ?? '';
      const quoted = QUOTED_TITLE.exec(value);
      if (quoted?.[2] && SESSION_WORD.test(before + (quoted[1] ?? '')) && isTitleLike(quoted[2]))
        return quoted[2].trim();
      // '"Software is a team sport". About on-call…': the notes open with the quoted title.
      const after = quoted ? value.slice(quoted[0].length) : '';
      const opens = before.trim() === '' && quoted?.[1]?.trim() === '';
      if (opens && quoted?.[2] && /^\s*(?:[.:—–-]|$)/u.test(after) && isTitleLike(quoted[2]))
        return quoted[2].trim();
    }
    before += plainText(child);
    if (before.length > 300) return undefined;
  }
  return undefined;
}

const SESSION_WORD =
  /\b(?:keynote|talk|panel|session|presentation|fireside chat|titled|called|entitled|named)\b[^.!?]{0,40}$/i;
const QUOTED_TITLE = /^([^"“„«]{0,200})["“„«]([^"“”„«»\n]{3,120})["”“»]/u;

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).length;
  return (
    words >= 2 &&
    text.length <= 120 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    /\p{L}{2}/u.test(text) &&
    !looksLikeName(text)
  );
}

/**
 * "— Speaker: Jane Doe (Acme). Notes…": a label after the title reads as "by"; so do "por", "de",
 * "di", "par", "von", "door" and "от" after a comma or a dash ("«Title», por Pau Ribas"), and
 * all but "de" and "di" right after the title, which its bold or link has closed ("**Title**
 * door Sanne Bakker"). The words match in any case; a name after the short ones starts with a
 * capital, case-exact ("**Title** con un demo" names nobody). Tried in this order.
 */
const BY_LEADS = [
  {
    lead: /^(?:[,—–-]\s*)?(?:(?:charla|palestra|ponencia|intervento|vortrag|conférence|sessão|sesión|talk|keynote)\s+(?:de|di|da|do|by|von|par|por)|com|con|avec|mit|met)\s+(?=\S)/iu,
    capital: true,
  },
  {
    lead: /^(?:[,—–-]\s*)?(?:(?:presented |given )?by|with|from|(?:gehalten|präsentiert|vorgestellt) von|presentat[oa] da|tenut[oa] da|presentad[oa] por|impartid[oa] por|apresentad[oa] por|présentée? par|gepresenteerd door|gegeven door|prowadzą(?:cy|ca)\s*:?)\s+|^(?:[,—–-]\s*)?(?:speakers?|speaker\(s\)|presenters?|presented by)\s*[:：]\s*|^[—–-]\s+/iu,
    capital: false,
  },
  {
    lead: /^[,—–]\s*(?:por|de|di|par|von|door|от)\s+(?=\S)|^(?:por|par|von|door|от)\s+(?=\S)|^(di|de)\s+(?=\S)/iu,
    capital: true,
  },
];
