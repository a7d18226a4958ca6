import type { Speaker } from '../model.ts';
import { proseKeynotes, speakerAround } from './cited-forms.ts';
import { kindCitations, mayNameKind } from './kind-citations.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';

/**
 * A recap by theme that cites its talks inline, the speaker in parentheses after the title:
 * "The clearest message came from *Kafka without the scars* (Inês Carvalho, Feedzai): … *Exactly-
 * once, revisited* (Tomasz Nowak, Allegro) made the other point.", `Both **"Sampling is a lie"**
 * (Lukas Brenner, Honeycomb) and **"The $2M log bill"** (Neha Kapoor, Zendesk) said so.` Each such
 * citation is a talk; its notes are the sentences from it up to the next citation (the sentences
 * before the first go with the first). Read only where a part of the post cites two talks at least
 * so (`citationCount`): one italic title with a name after it may be a book.
 */
export interface Cited {
  title: string;
  speakers: Speaker[];
  /** Where the citation starts and ends in the paragraph's text. */
  start: number;
  end: number;
  /** "Jane Doe's keynote on platform teams": a keynote by its subject, enough alone. */
  kind?: string;
  /** "Jane Doe (opening keynote: Title)": the kind and the title in parentheses, enough alone. */
  labelled?: true;
  /** Named around the title (cited-forms.ts); `leads`: the title first in its paragraph. */
  around?: true;
  leads?: true;
  /** "Jane Doe’s lecture “Title”": the words before the title say it is a talk. */
  worded?: true;
}

/** The titles a paragraph cites with their speakers, in the order written. */
export function citations(paragraph: MdNode): Cited[] {
  if (paragraph.type !== 'paragraph' || timed(paragraph) || !mayCite(paragraph.children)) return [];
  // Counted first (`citationCount`), then read (`citedTalks`): found once.
  let found = FOUND.get(paragraph);
  if (!found) {
    found = citationsIn(paragraph.children);
    FOUND.set(paragraph, found);
  }
  return found;
}

const FOUND = new WeakMap<MdNode, Cited[]>();

function citationsIn(children: MdNode[]): Cited[] {
  const found: Cited[] = [];
  let text = '';
  for (const [index, child] of children.entries()) {
    const start = text.length;
    text += raw(child);
    if (child.type !== 'emphasis' && child.type !== 'strong') continue;
    const after = raw(children[index + 1]);
    const marked = plainText(child);
    const cited = citation(marked, after) ?? citedAround(marked, text.slice(0, start), after);
    if (cited) found.push({ ...cited, start, end: text.length + cited.length });
  }
  // '"Title" (Jane Doe, Acme)' in plain words, where no bold or italic citation already is. The
  // matches come in order, as the bold ones are: one pass over both (a paragraph may cite
  // thousands).
  const marked = found.length;
  let next = 0;
  let coveredTo = 0;
  for (const match of text.matchAll(QUOTED)) {
    const at = match.index;
    for (; next < marked && (found[next] as Cited).start <= at; next++)
      coveredTo = Math.max(coveredTo, (found[next] as Cited).end);
    if (at < coveredTo) continue;
    const end = at + match[0].length;
    const after = text.slice(end, end + 200);
    const cited =
      citation(match[1] ?? '', after) ??
      citedAround(match[1] ?? '', text.slice(Math.max(0, at - 200), at), after);
    if (cited) found.push({ ...cited, start: at, end: end + cited.length });
  }
  for (const keynote of proseKeynotes(text))
    if (!found.some((c) => c.start < keynote.end && keynote.start < c.end))
      found.push({ ...keynote, kind: 'Keynote' });
  for (const named of kindCitations(text))
    if (!found.some((c) => c.start < named.end && named.start < c.end))
      found.push({ ...named, labelled: true });
  return found.sort((a, b) => a.start - b.start);
}

/** "**09:30** — opening keynote: "Title" by …": a live blog's line, read as one (paragraph-talk.ts). */
function timed(paragraph: MdNode): boolean {
  // An empty text node may stand before a bold time.
  const first = paragraph.children.find((c) => c.type !== 'text' || (c.value ?? '').trim() !== '');
  const words = first?.type === 'text' ? first.value : first?.children[0]?.value;
  return /^\s*\[?\d{1,2}[:.h]\d{2}/.test(words ?? '');
}

/** How many citations the paragraphs of a part of the post hold. */
export function citationCount(nodes: MdNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const found = citations(node);
      // "**Title** by Jane Doe" opening its paragraph is a talk of its own (paragraph-talk.ts);
      // so is one named around its title alone in a diary's paragraph (prose-talks.ts). Two in a
      // paragraph are a recap that cites.
      for (const cited of found)
        count +=
          cited.labelled || cited.kind === 'Keynote'
            ? 2
            : !cited.around || cited.worded
              ? 1
              : cited.leads || found.length < 2
                ? 0
                : 1;
    }
    if (count >= 2) return count;
  }
  return count;
}

/** The talks a paragraph cites, each with the sentences about it as its notes. */
export function citedTalks(
  paragraph: MdNode,
  context: TalkContext,
): { drafts: DraftTalk[]; leading: boolean } {
  const cited = citations(paragraph);
  if (cited.length === 0) return { drafts: [], leading: false };
  // "**Title** (Jane Doe, Acme) — notes": one talk that opens its paragraph, which the readers of
  // a bold or linked title read first (its links, the notes after the dash).
  const leading = cited.length === 1 && (cited[0]?.start ?? 0) <= 3;
  // The same text the citations were found in (the paragraph's plain text may space it otherwise).
  const text = paragraph.children.map(raw).join('');
  // '"Title" by Jane Doe' on a line of its own, line after line: each line is its talk's sentence,
  // though none ends in a stop (read as one sentence, every talk had all the lines as its notes).
  const lineByLine =
    cited.filter((c) => c.start === 0 || text.charAt(c.start - 1) === '\n').length >= 2;
  const sentences = [...text.matchAll(lineByLine ? LINE_SENTENCE : SENTENCE)].map((m) => ({
    at: m.index,
    text: m[0].trim(),
  }));
  const drafts = cited.map((c) => {
    const draft = newDraft(c.title, paragraph.line, context);
    draft.speakers.push(...c.speakers);
    if (c.kind) draft.kind ??= c.kind;
    return draft;
  });
  let owners: number[] = [0];
  // The sentences and the citations are both in order of where they start: one pass over both.
  let next = 0;
  for (const sentence of sentences) {
    const end = sentence.at + sentence.text.length;
    while (next < cited.length && (cited[next] as Cited).start < sentence.at) next++;
    const inside: number[] = [];
    for (; next < cited.length && (cited[next] as Cited).start < end; next++) inside.push(next);
    if (inside.length > 0) owners = inside;
    if (inside.length > 1 && sentence.text.length > SHARED_MAX) {
      // A run-on sentence citing many talks: each its own stretch of it, not the whole of it each
      // (thousands of citations in one sentence took minutes).
      for (const [k, owner] of inside.entries()) {
        const from = k === 0 ? sentence.at : (cited[owner] as Cited).start;
        const until = inside[k + 1];
        const part = text.slice(from, until === undefined ? end : (cited[until] as Cited).start);
        drafts[owner]?.notes.push({ text: part.trim(), prose: part.trim(), children: [] });
      }
      continue;
    }
    for (const owner of owners) {
      const draft = drafts[owner];
      if (draft && sentence.text)
        draft.notes.push({ text: sentence.text, prose: sentence.text, children: [] });
    }
  }
  return { drafts, leading };
}

/** A marked or quoted title's words, if they may be a talk's title (not a person's name). */
function citedTitle(marked: string): string | undefined {
  const title = marked
    .trim()
    .replace(/^["“„«]|["”“»]$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = title.split(/\s+/).length;
  if (words < 2 || title.length > 120 || !/\p{L}{2}/u.test(title) || /[:.]$/.test(title))
    return undefined;
  // "**Kari Nordmann** (Vipps)": a person and their company, no talk.
  return looksLikeName(title) ? undefined : title;
}

/** `*Title* by Jane Doe (Acme)`, `Jane Doe from Acme gave *Title*`: see cited-forms.ts. */
function citedAround(
  marked: string,
  before: string,
  after: string,
): (Omit<Cited, 'start' | 'end'> & { length: number }) | undefined {
  const title = citedTitle(marked);
  const speakers = title ? speakerAround(before, after) : undefined;
  if (!title || !speakers) return undefined;
  const leads = /\p{L}/u.test(before) ? {} : { leads: true as const };
  const worded = TALK_WORD_BEFORE.test(before.slice(-40)) ? { worded: true as const } : {};
  return { title, speakers, length: 0, around: true, ...leads, ...worded };
}

function citation(
  marked: string,
  after: string,
): (Omit<Cited, 'start' | 'end'> & { length: number }) | undefined {
  const title = citedTitle(marked);
  if (!title) return undefined;
  const paren = /^\s*\(([^()]{3,80})\)/.exec(after);
  if (!paren?.[1]) return undefined;
  // "(Marco Riva, Tokio Team)": a name and a company, as a heading's parentheses read.
  const pair = /^([^,&]+),\s*([^,&]+)$/.exec(paren[1]);
  const speakers =
    pair?.[1] && pair[2] && looksLikeName(pair[1].trim()) && !/\band\b/.test(paren[1])
      ? parseSpeakerText(`${pair[1].trim()} (${pair[2].trim()})`)
      : parseSpeakerText(paren[1]);
  if (!speakers?.length || !speakers.every((s) => s.name && looksLikeName(s.name)))
    return undefined;
  return { title, speakers, length: paren[0].length };
}

/** A child's words as they stand in the paragraph, its blanks kept. */
function raw(child: MdNode | undefined): string {
  if (!child) return '';
  return child.type === 'text' ? (child.value ?? '') : plainText(child);
}

/**
 * A marked title with a parenthesis, "by", a comma or a dash right after it, or one a speaker
 * may stand before (after a dash or a word such as "gave"); a quote; a keynote: most have none.
 */
function mayCite(children: MdNode[]): boolean {
  for (const [index, child] of children.entries()) {
    if (child.type === 'text') {
      const value = child.value ?? '';
      if (/["“]/.test(value) || value.includes('keynote') || mayNameKind(value)) return true;
    } else if (child.type === 'link') {
      // '["Title"](…) von Jana Roth': a quoted title linked to its page.
      if (/^\s*["“„]/.test(plainText(child))) return true;
    } else if (child.type === 'emphasis' || child.type === 'strong') {
      const next = children[index + 1];
      if (next?.type === 'text' && /^,?\s*(?:\(|by\s|[,—–-])/.test(next.value ?? '')) return true;
      const last = children[index - 1];
      if (last?.type === 'text' && SPEAKER_BEFORE.test((last.value ?? '').slice(-40))) return true;
    }
  }
  return false;
}

const SPEAKER_BEFORE =
  /(?:[—–-]|\b(?:gave|presented|delivered|showed|explained|through|in|talk|keynote|session|presentation|her|his|their|the|a))\s*,?\s*$/;

/** "…’s lecture — ", "in her talk ": a talk's word right before its title. */
const TALK_WORD_BEFORE = /\b(?:talk|keynote|session|presentation|lecture)\s*(?:,|[—–-])?\s*$/;

/** A title in quotes, at most a line long. */
/** A title in quotes, on one line or wrapped on the next (as it is within a link's words). */
const QUOTED = /["“]((?:[^"“”\n]|\n(?!\n)){3,120})["”]/gu;
/** A sentence: up to a stop and a blank, or the end. */
const SENTENCE = /[^.!?]+(?:[.!?]+(?=\s|$)|$)/gu;
/** A sentence that ends at the end of its line at the latest. */
const LINE_SENTENCE = /[^.!?\n]+(?:[.!?]+(?=\s|$)|$)/gmu;
/** The longest sentence the talks it cites all have as their notes. */
const SHARED_MAX = 400;
