import type { Focus, FollowUp, TalkCard, TalkDetail } from '../../src/answer.ts';
import { type Link, type LinkKind, type NoteNode, ratingText } from '../../src/model.ts';
import { truncate } from '../../src/text.ts';
import { followUpLine } from './follow-up.ts';
import { byline, people, placeOf } from './people.ts';
import { whenText } from './when.ts';
import { focusLine } from './words.ts';

/**
 * A talk as every surface shows it, worked out once: what to say and in which order. Renderers
 * turn these into blocks, embeds or lines; none of them decides wording or repetition.
 */
export interface LinkView {
  kind: LinkKind;
  label: string;
  url: string;
}

export interface CardView {
  title: string;
  /** The official title, only when it says more than the heading (not just case or punctuation). */
  officialTitle?: string;
  people: string;
  /** kind · topic · event · when (a card's) */
  place: string;
  byline: string;
  /** `who spoke about X`: show the speakers before the title. */
  leadWithSpeakers: boolean;
  summary: string;
  /** What the question wanted and the talk lacks ("No video link in the notes — …"). */
  focusNote?: string;
  /** The talk's description page, which the title links to. */
  descriptionUrl?: string;
  /** Slides and video (the wanted one first), for buttons or a line each. */
  links: LinkView[];
  /** What a button or menu asks to open this talk; never shown as text. */
  question: string;
}

/**
 * The byline within `max` characters: a long list of people is shortened first, so the topic,
 * event and when after it stay (a panel of twelve cut the date off).
 */
export function bylineWithin(
  view: Pick<CardView, 'people' | 'place' | 'byline'>,
  max: number,
): string {
  const room = max - view.place.length - 3;
  if (view.byline.length <= max || !view.place || room < 20) return truncate(view.byline, max);
  return `${truncate(view.people, room)} · ${view.place}`;
}

/** A piece of a note line: text, linked when the author linked it. */
export interface Segment {
  text: string;
  url?: string;
}

export interface NoteLine {
  depth: number;
  segments: Segment[];
}

export interface DetailView extends CardView {
  when: string;
  notes: NoteLine[];
  /** Description, slides, video, website: each once, for buttons (or a line each). */
  mainLinks: LinkView[];
  /** Further links the notes do not already show inline. */
  moreLinks: LinkView[];
  related: CardView[];
  /**
   * One fact asked about a talk the asker has already seen ("slides?" after opening it, "who gave
   * it?" after a list): the answer is that fact, its links and a way to open the talk in full —
   * not its notes and related talks again (in a channel, a whole talk each time was a wall of text).
   */
  brief: boolean;
}

const LABEL: Record<LinkKind, string> = {
  description: 'Description',
  slides: 'Slides',
  video: 'Video',
  website: 'Website',
  'see-also': 'See also',
};

/**
 * `when: false` for a talk shown in full, which says when on a line of its own; a card says it in
 * its byline ("… · QCon New York 2016 · Tue 14 June 2016, 10:35–11:25 am"), so "when was the
 * netflix talk?" is answered by the card.
 */
export function cardView(talk: TalkCard, focus?: Focus, when = true): CardView {
  const order: ('slides' | 'video')[] =
    focus === 'video' ? ['video', 'slides'] : ['slides', 'video'];
  const note = focusLine(focus, talk);
  const moment = when ? whenText(talk) : '';
  // The author's own rating, said to be theirs: "rated 4/5 in the notes".
  const rated = talk.rating ? `rated ${ratingText(talk.rating)} in the notes` : '';
  const place = [placeOf(talk), moment, rated].filter(Boolean).join(' · ');
  return {
    title: talk.title,
    ...(differs(talk.officialTitle, talk.title) ? { officialTitle: talk.officialTitle } : {}),
    people: people(talk.speakers),
    place,
    byline: [byline(talk), moment, rated].filter(Boolean).join(' · '),
    leadWithSpeakers: focus === 'speakers' || focus === 'company',
    summary: talk.summary,
    ...(note ? { focusNote: note } : {}),
    ...(talk.links.description ? { descriptionUrl: talk.links.description } : {}),
    links: order.flatMap((kind) => {
      const url = talk.links[kind];
      return url ? [{ kind, label: LABEL[kind], url }] : [];
    }),
    question: `talk ${talk.ref}`,
  };
}

/** `followUp`: how a follow-up ("who gave it?") was read, said first among the notes on it. */
export function detailView(
  talk: TalkDetail,
  related: TalkCard[],
  focus?: Focus,
  followUp?: FollowUp,
): DetailView {
  const brief = focus !== undefined && followUp?.to === 'talk';
  const main = mainLinks(talk, focus);
  const used = new Set(main.map((link) => link.url));
  const notes = brief ? [] : noteLines(talk.notes, inlineCandidates(talk.allLinks, used));
  for (const line of notes) for (const s of line.segments) if (s.url) used.add(s.url);
  const more: LinkView[] = [];
  // A brief answer lists further links only when links were what was asked.
  for (const link of brief && focus !== 'links' ? [] : talk.allLinks) {
    if (used.has(link.url)) continue;
    used.add(link.url);
    more.push({ kind: link.kind, label: linkLabel(link), url: link.url });
  }
  const seen = new Set([talk.ref]);
  const card = cardView(talk, focus, false);
  const focusNote = [followUpLine(followUp), card.focusNote].filter(Boolean).join(' — ');
  return {
    ...card,
    ...(focusNote ? { focusNote } : {}),
    when: whenText(talk),
    notes,
    mainLinks: main,
    moreLinks: more,
    related: brief
      ? []
      : related.filter((r) => !seen.has(r.ref) && seen.add(r.ref)).map((r) => cardView(r)),
    brief,
  };
}

/** The card's links and the website, each URL once, in the order the question wants. */
function mainLinks(talk: TalkDetail, focus?: Focus): LinkView[] {
  const kinds: LinkKind[] =
    focus === 'video'
      ? ['video', 'slides', 'description', 'website']
      : focus === 'slides'
        ? ['slides', 'video', 'description', 'website']
        : ['description', 'slides', 'video', 'website'];
  const all: Link[] = [
    ...talk.allLinks,
    ...(['description', 'slides', 'video'] as const).flatMap((kind) => {
      const url = talk.links[kind];
      return url ? [{ kind, url, text: LABEL[kind] }] : [];
    }),
  ];
  const seen = new Set<string>();
  const views: LinkView[] = [];
  for (const kind of kinds) {
    let n = 0;
    for (const link of all) {
      if (link.kind !== kind || seen.has(link.url)) continue;
      seen.add(link.url);
      n += 1;
      views.push({ kind, label: n === 1 ? LABEL[kind] : `${LABEL[kind]} ${n}`, url: link.url });
    }
  }
  return views;
}

/** The official title is news only when it differs by more than case and punctuation. */
function differs(official: string | undefined, title: string): official is string {
  if (!official?.trim()) return false;
  const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return bare(official) !== bare(title);
}

function linkLabel(link: Link): string {
  const text = link.text.trim();
  if (!text || text.toLowerCase() === link.kind) return displayUrl(link.url);
  return text;
}

function displayUrl(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');
}

interface Candidate {
  url: string;
  needles: string[];
}

/** Links a note may show inline: by the URL as printed, or by the words the author linked. */
function inlineCandidates(links: Link[], taken: Set<string>): Candidate[] {
  const byUrl = new Map<string, Candidate>();
  for (const link of links) {
    if (taken.has(link.url)) continue;
    const candidate = byUrl.get(link.url) ?? { url: link.url, needles: [displayUrl(link.url)] };
    const text = link.text.trim();
    if (text.length >= 3 && text.toLowerCase() !== link.kind) candidate.needles.push(text);
    byUrl.set(link.url, candidate);
  }
  return [...byUrl.values()];
}

/** The notes, flattened with their depth, each linked URL made a link where it first appears. */
function noteLines(nodes: NoteNode[], candidates: Candidate[]): NoteLine[] {
  const lines: NoteLine[] = [];
  const used = new Set<string>();
  const walk = (list: NoteNode[], depth: number) => {
    for (const node of list) {
      lines.push({ depth, segments: segments(node.text, candidates, used) });
      walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return lines;
}

function segments(text: string, candidates: Candidate[], used: Set<string>): Segment[] {
  const found: { start: number; end: number; url: string }[] = [];
  for (const candidate of candidates) {
    if (used.has(candidate.url)) continue;
    for (const needle of candidate.needles) {
      const start = needle ? text.indexOf(needle) : -1;
      if (start < 0) continue;
      const end = start + needle.length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, url: candidate.url });
      used.add(candidate.url);
      break;
    }
  }
  found.sort((a, b) => a.start - b.start);
  const parts: Segment[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) parts.push({ text: text.slice(at, f.start) });
    parts.push({ text: text.slice(f.start, f.end), url: f.url });
    at = f.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}
