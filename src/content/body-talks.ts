import type { ContentProblem } from '../model.ts';
import { dayParagraph, endsTalk, keycapParagraphs, signsOff } from './body-lines.ts';
import { boldLeadParagraph } from './bold-lead-paragraph.ts';
import { boldPersonWithCompany } from './bold-person.ts';
import { boldAlone, boldTitleTalk } from './bold-title-talk.ts';
import { chatLines } from './chat-lines.ts';
import { chatMessages, startsMessage } from './chat-messages.ts';
import { opensOtherTalk, speaksOfCited } from './cited-follow.ts';
import { citationCount, citedTalks } from './cited-talks.ts';
import { commentedTitles } from './commented-titles.ts';
import { conferenceName } from './event-name.ts';
import { TAGS_LINE } from './field-lines.ts';
import { FirstNames } from './first-name-talks.ts';
import { keynoteParagraph } from './keynote-paragraphs.ts';
import { besideTalks, labelledItems } from './labelled-items.ts';
import { labelledTalk } from './labelled-paragraph.ts';
import { leadParagraphCount, leadParagraphTalk } from './lead-paragraphs.ts';
import { LineTalks } from './line-talks.ts';
import { finishItem } from './list-item-finish.ts';
import { listTalks } from './list-talks.ts';
import type { MdNode } from './markdown.ts';
import { plainText, proseText } from './markdown-text.ts';
import { numberedPeople, peopleDrafts } from './numbered-people.ts';
import { outlineTalks } from './outline-talks.ts';
import { paragraphTalk, textNode } from './paragraph-talk.ts';
import { possessiveLine, remarkList } from './person-remarks.ts';
import { isProgrammeLabel } from './programme-items.ts';
import { proseTalk } from './prose-talks.ts';
import { lightningLabel } from './quoted-talks.ts';
import { headingName, isPostSection, mentionsMissed, THREAD_NUMBER } from './section-names.ts';
import { tableTalks } from './table-talks.ts';
import { type DraftTalk, newDraft, readInto, type TalkContext } from './talk-body.ts';
import { leadBold, leadLink, timeLead } from './talk-lead.ts';
import { addLink } from './talk-links.ts';
import { introducesTalks, notesLabel, unnamed } from './talks-label.ts';
import { threadCounters } from './thread-counters.ts';
import { titleLines } from './title-lines.ts';
import { topicBullets } from './topic-bullets.ts';

/**
 * Talks written without a heading of their own, in the body of a section or of the post:
 * list items that start with a linked title (`- [Title](url) by Jane Doe — notes`,
 * `* [Title](url) (Jane Doe): notes`) and paragraphs whose first line is a linked title and whose
 * second line names the speaker.
 */
export interface BodyTalks {
  drafts: DraftTalk[];
  /** Lists skipped because the author says they missed those talks. */
  missed: number[];
}

export function bodyTalks(
  written: MdNode[],
  outer: TalkContext,
  file: string,
  reported: ContentProblem[],
  /** A list of linked titles with notes but no speakers counts too (under "Talks", "Day 2"). */
  talkContainer: boolean,
  /** At least this many talks with a named speaker, or none are taken. */
  minimum = 1,
  /** The post's opening, before its first heading: a line there may say its list is the talks. */
  opening = false,
): BodyTalks {
  let context = outer;
  const nodes = chatLines(chatMessages(labelledItems(threadCounters(keycapParagraphs(written)))));
  const drafts: DraftTalk[] = [];
  const missed: number[] = [];
  // Kept apart until the talks are taken: notes not taken here are read (and checked) elsewhere.
  const problems: ContentProblem[] = [];
  let current: DraftTalk | undefined;
  /** `current`, where a recap's inline citation made it (see `speaksOfCited`). */
  let citing: DraftTalk | undefined;
  /** The paragraph `current` was read from, when a paragraph named it. */
  let namedBy: MdNode | undefined;
  let previous: MdNode | undefined;
  /** Talks of lists labelled as the programme ("Planning :"): talks though none names a speaker. */
  let programme = 0;
  // "*Title* (Jane Doe, Acme) argued…": a recap that cites two talks or more inline, where no
  // heading above says it is one talk.
  const cites = minimum === 1 && citationCount(nodes) >= 2;
  const firstNames = new FirstNames();
  // "Title by Jane Doe - notes" paragraphs, as a list's items read, where two or more open so.
  const leads = minimum === 1 && leadParagraphCount(nodes) >= 2;
  // "How to have a meaningful career" alone on its line over its notes, as a heading would be.
  const lined = talkContainer
    ? titleLines(nodes, (node) => !!dayParagraph(node, outer))
    : undefined;
  const lineTalks = new LineTalks(lined);
  // "1. Sir Ken Robinson" over "SKR spoke of…": a top list of people, each one's talk.
  const people = numberedPeople(nodes);
  /** A line of the post's opening said its lists are the talks ("Talks I attended:"). */
  let introduced = false;
  for (let index = 0; index < nodes.length; index++) {
    let node = nodes[index] as MdNode;
    // A linked title alone in its paragraph, the speaker in the next one: read them as one (not
    // where the next is a linked title alone too: the next entry of a list of links, no speaker).
    const next = nodes[index + 1];
    const paired = next?.type === 'paragraph' && !linkAlone(next);
    if (node.type === 'paragraph' && paired && aloneTitle(node, next)) {
      node = { ...node, children: [...node.children, textNode('\n', node.line), ...next.children] };
      if (paragraphTalk(node, context)) index++;
      else node = nodes[index] as MdNode;
    }
    // "Maren Aasen's talk on Memory Arenas" over "- Kelvin Osei – great point about …": what was
    // said of the talk just named, its notes.
    const remarks = node.type === 'list' && current && namedBy === previous && remarkList(node);
    const numbered = people?.get(node);
    if (numbered) {
      drafts.push(...peopleDrafts(numbered, context, file, problems));
      current = drafts.at(-1);
      previous = node;
      continue;
    }
    if (node.type === 'list' && !remarks) {
      // "Planning :" over the list: the programme, its timed lines talks with or without speakers.
      const timetable = previous?.type === 'paragraph' && isProgrammeLabel(plainText(previous));
      // "Here's a quick overview of the talks we'll cover:" opening the post: its talks.
      const labelled =
        opening && previous?.type === 'paragraph' && introducesTalks(plainText(previous));
      const container = talkContainer || labelled;
      if (labelled) {
        introduced = true;
        context = trailingDay(previous as MdNode, outer) ?? context;
      }
      let items = listTalks(node, context, container, timetable);
      if (items.length === 0) items = outlineTalks(node, context, container, timetable);
      // "Talks I attended:" over "Day 1:" and "1. Title — comment" items.
      if (items.length === 0) items = commentedTitles(node, context, introduced);
      // "Some of my favourites were:" over "- Jane Doe talking about effect systems. …".
      if (items.length === 0 && introduced) items = topicBullets(node, context);
      // "Teasers:" over "- [Kibana](…) - for dashboards", in the notes of a talk its paragraph
      // named: what that talk pointed to, its notes (no speaker, no label naming talks).
      if (current && !labelled && !timetable && notesLabel(previous) && unnamed(items)) items = [];
      if (items.length > 0) {
        // "**Lightning talks**" over the list: its talks are of that kind.
        if (previous && lightningLabel(previous))
          for (const item of items) item.draft.kind ??= 'Lightning talk';
        if (previous && mentionsMissed(plainText(previous))) missed.push(node.line);
        else for (const item of items) drafts.push(finishItem(item, file, problems));
        if (timetable) programme += items.length;
        current = undefined;
        previous = node;
        continue;
      }
    }
    if (node.type === 'table') {
      const rows = tableTalks(node, context);
      if (rows.length > 0) {
        if (previous && mentionsMissed(plainText(previous))) missed.push(node.line);
        else drafts.push(...rows);
        current = undefined;
        previous = node;
        continue;
      }
    }
    if (node.type === 'paragraph') {
      // "**Lightning talks**" over a list: a label of the talks below, no talk nor note.
      if (lightningLabel(node) && next?.type === 'list') {
        current = undefined;
        previous = node;
        continue;
      }
      // "Day 1 — Wed 12 Mar" as a paragraph of its own: the day of the talks after it.
      if (opening && !introduced && introducesTalks(plainText(node))) introduced = true;
      const day = dayParagraph(node, outer);
      if (day) {
        context = day;
        current = undefined;
        previous = node;
        continue;
      }
      const cited = cites ? citedTalks(node, context) : undefined;
      if (cited && cited.drafts.length > 0 && !cited.leading) {
        drafts.push(...cited.drafts);
        current = cited.drafts[cited.drafts.length - 1];
        citing = current;
        previous = node;
        continue;
      }
      const words = plainText(node);
      // "**Cloud Summit Zürich 2025 \- Trip report**" opening a document exported without
      // headings: the document's title, naming its conference, no talk.
      if (
        index === 0 &&
        talkContainer &&
        boldAlone(node) &&
        conferenceName(words) !== words.trim()
      ) {
        previous = node;
        continue;
      }
      // "**Modern Data Engineering**" over "**Streaming joins** — Jakob Holm, Confluent": a
      // shared document's track, in bold as its talks are, groups the talks after it.
      if (talkContainer && boldAlone(node) && next?.type === 'paragraph' && !boldAlone(next)) {
        const group = boldGroup(words, next, context);
        if (group) {
          context = { ...outer, ...(context.day ? { day: context.day } : {}), topic: group };
          current = undefined;
          previous = node;
          continue;
        }
      }
      const labelled = lined?.get(node) === 'section' ? 'not a talk' : labelledTalk(node, context);
      if (labelled === 'not a talk') {
        // "**Talk:** Lunch": the talk before it has ended, and this is none.
        current = undefined;
        previous = node;
        continue;
      }
      const talk =
        labelled ??
        paragraphTalk(node, context, nodes[index + 1]) ??
        boldTitleTalk(node, nodes[index + 1], context, talkContainer) ??
        boldLeadParagraph(node, context) ??
        proseParagraphTalk(node, context) ??
        keynoteParagraph(node, context) ??
        leadingCitation(node, cited?.leading ? cited.drafts[0] : undefined) ??
        firstNameTalk(node, words, context, firstNames) ??
        (leads ? leadParagraphTalk(node, context) : undefined) ??
        lineTalks.talk(node, context, lined?.get(node)) ??
        possessiveLine(node, next, context);
      firstNames.introduce(words);
      if (talk) {
        current = talk.draft;
        current.notes.push(...readInto(current, talk.rest, file, problems));
        if ('skip' in talk && typeof talk.skip === 'number') index += talk.skip;
        drafts.push(current);
        namedBy = node;
        previous = node;
        continue;
      }
    }
    // "👉 Follow me for more": a sign-off after its pointing sign too; "#AWS #Serverless" at the
    // end of the post, or before its sign-off: the post's tags, not the last talk's.
    if (
      current &&
      node.type === 'paragraph' &&
      (signsOff(node) ||
        endsTalk(node) ||
        (TAGS_LINE.test(plainText(node)) &&
          (!next || (next.type === 'paragraph' && signsOff(next)))))
    )
      current = undefined;
    // "**[26:30]** Ad break", "**12:00** Lunch": the next moment of a timed log, no talk's note;
    // "4/ Lunch.": the next post of a thread.
    if (
      current &&
      node.type === 'paragraph' &&
      (timeLead(node.children) || THREAD_POST.test(node.children[0]?.value ?? ''))
    )
      current = undefined;
    // "- lunch" beside an outliner's "- Talk:: …" items: no note of the talk above it.
    if (current && besideTalks(node)) current = undefined;
    // "**Tom Whitaker**  12:30 PM" over "lunch anyone?": the chat's next message, no note.
    if (current && startsMessage(node)) current = undefined;
    // "The venue was great." after the citing paragraphs: no note of the talk cited last.
    // "Joe Thompson's talk about …": another talk, no note of this one.
    if (current && node.type === 'paragraph') {
      const text = plainText(node);
      if (current === citing ? !speaksOfCited(text, current) : opensOtherTalk(text, current))
        current = undefined;
    }
    if (current) {
      current.notes.push(...readInto(current, [node], file, problems));
      lineTalks.note(current, node);
    }
    previous = node;
  }
  lineTalks.finish();
  const named = drafts.filter((d) => d.speakers.length > 0).length;
  if (named < minimum && !(talkContainer && drafts.length >= 2) && programme < 2)
    return { drafts: [], missed };
  reported.push(...problems);
  return { drafts, missed };
}

/** "Anja's lightning talk on flaky tests was…", Anja introduced above: the paragraph its notes. */
function firstNameTalk(
  paragraph: MdNode,
  words: string,
  context: TalkContext,
  names: FirstNames,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  const found = names.talk(words);
  if (!found) return undefined;
  const draft = newDraft(found.title, paragraph.line, context);
  draft.speakers.push(...found.speakers);
  if (found.kind) draft.kind = found.kind;
  return { draft, rest: [withoutThreadNumber(paragraph)] };
}

/** "*Title* (Jane Doe, Acme) made the point…" that no other reading took: the paragraph its notes. */
function leadingCitation(
  paragraph: MdNode,
  draft: DraftTalk | undefined,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  return draft ? { draft: { ...draft, notes: [] }, rest: [paragraph] } : undefined;
}

/**
 * The group a bold line alone names, when the paragraph after it is a talk with its speaker
 * ("**Title** — Jane Doe, Acme"): two bold titles in a row, the first with no one, is a track.
 */
function boldGroup(words: string, next: MdNode, context: TalkContext): string | undefined {
  const name = words.trim().replace(/[:.]$/, '');
  if (name.length > 80 || isPostSection(headingName(name))) return undefined;
  const talk = paragraphTalk(next, context);
  return talk && talk.draft.speakers.length > 0 && talk.draft.title !== name ? name : undefined;
}

/** A prose paragraph whose first sentence names the talk in bold and its speaker: all of it notes. */
function proseParagraphTalk(
  paragraph: MdNode,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  if (boldPersonWithCompany(paragraph.children)) return undefined;
  const found = proseTalk(paragraph);
  if (!found) return undefined;
  const draft = newDraft(found.title, paragraph.line, context);
  draft.speakers.push(...found.speakers);
  if (found.kind) draft.kind ??= found.kind;
  if (found.link) addLink(found.link, 'Description', draft.links, true);
  return { draft, rest: [withoutThreadNumber(paragraph)] };
}

/** "2/ …": a thread's number is no part of the notes. */
function withoutThreadNumber(paragraph: MdNode): MdNode {
  const [lead, ...others] = paragraph.children;
  if (lead?.type !== 'text' || !THREAD_NUMBER.test(lead.value ?? '')) return paragraph;
  const value = lead.value?.replace(THREAD_NUMBER, '');
  return { ...paragraph, children: [{ ...lead, value }, ...others] };
}

/** "4/ ", "12/ ": a thread's post, numbered as threads number them. */
const THREAD_POST = /^\s*\d{1,3}\/\d{0,3}\s/;

/**
 * A linked title alone in its paragraph; or a bold title alone over a paragraph wholly in italics
 * (`**Title**`, a blank line, `_Jane Doe, Acme_`), as a post without headings sets a talk apart.
 */
function aloneTitle(paragraph: MdNode, next: MdNode): boolean {
  const lead =
    leadLink(paragraph.children) ?? (italicLine(next) ? leadBold(paragraph.children) : undefined);
  return lead !== undefined && proseText(paragraph.children.slice(lead.index + 1)) === '';
}

/** "[Hotel California](…)" alone in its paragraph: a linked title, no speaker's line. */
function linkAlone(paragraph: MdNode): boolean {
  const lead = leadLink(paragraph.children);
  return lead !== undefined && proseText(paragraph.children.slice(lead.index + 1)) === '';
}

function italicLine(paragraph: MdNode): boolean {
  const parts = paragraph.children.filter(
    (c) => c.type !== 'text' || (c.value ?? '').trim() !== '',
  );
  return parts.length === 1 && parts[0]?.type === 'emphasis';
}

/**
 * "A review of the talks I attended at FOSDEM: Saturday:" over the list: the line that says the
 * list is the talks ends with their day.
 */
function trailingDay(paragraph: MdNode, outer: TalkContext): TalkContext | undefined {
  const tail = /[:.!]\s+([^\s:.!?][^:.!?\n]{1,30}):\s*$/u.exec(plainText(paragraph));
  if (!tail?.[1]) return undefined;
  return dayParagraph({ ...paragraph, children: [textNode(tail[1], paragraph.line)] }, outer);
}
