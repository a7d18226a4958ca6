import type { Speaker } from '../model.ts';
import { boldWhole } from './bold-whole.ts';
import { hostKind } from './classify-link.ts';
import { colonTitleItem } from './colon-title-items.ts';
import { commaList } from './comma-lines.ts';
import { dashLinkList, dashLinkTalk } from './dash-links.ts';
import { hasNewline, splitLines } from './field-lines.ts';
import { kindByPerson, kindLine } from './kind-line.ts';
import { labelledNextLine, personFirstLink, titleByPerson } from './labelled-lead.ts';
import { leadEvent, leadLine } from './lead-line.ts';
import { isTimedLog, LOGGED_LINK } from './list-marks.ts';
import { loggedTalk } from './log-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { nameLinkItem } from './name-link-items.ts';
import { nestedLead } from './nested-lead.ts';
import { personRemark, possessiveList } from './person-remarks.ts';
import { plainLead } from './plain-lead.ts';
import { possessiveLead } from './possessive-lead.ts';
import { slotTalk, subtitled } from './programme-items.ts';
import { linksProgrammePages } from './programme-links.ts';
import { namedSpeaker } from './prose-speaker.ts';
import { rankedEntry } from './ranked-lines.ts';
import { rolePossessive } from './role-possessive.ts';
import { quotedSingleName, vaultTalkTitles } from './single-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import {
  leadBold,
  leadLink,
  speakerFirst,
  speakersAfterTitle,
  timeLead,
  titleOf,
  withoutClosingQuote,
} from './talk-lead.ts';
import { collectLinks } from './talk-links.ts';
import { isKindAlone, sessionKind, titleTag } from './title-marks.ts';

/** Talks written as list items: `- [Title](url) by Jane Doe — notes`, outlines, plain bullets. */

export interface ListTalk {
  draft: DraftTalk;
  item: MdNode;
  lead: MdNode;
  /** Nested bullets read as the talk's speaker or title (see `nested-lead.ts`), no notes. */
  used?: MdNode[];
}

/**
 * Speakers and notes after a title: on its own line first ("– Tim Roth" then notes on the next
 * line), else across lines (a speaker's name that wraps).
 */
function readLead(
  children: MdNode[],
  index: number,
): { speakers: Speaker[]; notes: string; conference?: string } {
  const after = children.slice(index + 1);
  const [first = [], ...others] = splitLines(after);
  const firstText = plainText(first);
  // "[Title](…) (youtube.com)" over "312 points by Jane Doe (Acme) | 48 min": a ranked entry.
  const ranked =
    others[0] && firstText.includes('(') ? rankedEntry(firstText, plainText(others[0])) : undefined;
  if (ranked) {
    const more = others.slice(1).map((line) => plainText(line));
    return { speakers: ranked.speakers, notes: [ranked.notes, ...more].filter(Boolean).join(' ') };
  }
  // "**Title**" over "Speaker: Jane Doe" and notes, lines of one bullet.
  const labelled = labelledNextLine(
    firstText,
    others.map((line) => plainText(line)),
  );
  if (labelled) return labelled;
  const own = speakersAfterTitle(plainText(leadLine(first)));
  if (own.speakers.length > 0) {
    const more = others.map((line) => plainText(line)).join(' ');
    const notes = [own.notes, more].filter(Boolean).join(' ');
    // "— Jane Doe (Acme) · *DevConf 2025*": the conference the talk was given at.
    const conference = leadEvent(first);
    return { speakers: own.speakers, notes, ...(conference ? { conference } : {}) };
  }
  return speakersAfterTitle(plainText(after));
}

/** The talks of a list, or none when it is not a list of talks. */
export function listTalks(
  list: MdNode,
  context: TalkContext,
  talkContainer: boolean,
  /** Under a label that says it is the programme ("Planning :", "Agenda"): see `slotTalk`. */
  timetable = false,
): ListTalk[] {
  const talks: ListTalk[] = [];
  let named = 0;
  let slots = 0;
  let plainItems = 0;
  let loggedItems = 0;
  // "- Ana Lind (Acme)'s keynote, "Title," …": talks even among other bullets (see below).
  const owned: ListTalk[] = [];
  /** Whether an item names a talk by its person's possessive (asked only where it matters). */
  let possessed: boolean | undefined;
  const byPossessive = () => (possessed ??= possessiveList(list));
  /** The item of the last remark a talk took, as its note. */
  let remarkAt = -1;
  const items = list.children.length;
  // A live log ("- 08:40 arrived", "- 09:00 keynote by …"): its talks are among other moments.
  const log = isTimedLog(list);
  // "- Generics in anger, Pieter Botha (Karoo Labs)": where most items read so.
  const commas = commaList(list);
  // "- [Sampling at scale - Jane Doe](./sampling.md)": an index of talk pages.
  const dashes = dashLinkList(list);
  for (const [index, item] of list.children.entries()) {
    // Too few talks to be a list of talks even if every item left were one: not read further.
    if (!log && (talks.length + items - index) * 2 < items) return owned;
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') continue;
    const dashed = dashes?.[index];
    if (dashed) {
      named++;
      talks.push({ draft: dashLinkTalk(dashed, item.line, context), item, lead: dashed.link });
      continue;
    }
    // Lines are cut only after a bold lead (most bullets have none: no arrays made for them).
    const bold = leadBold(paragraph.children)?.link.type === 'strong';
    const [line, ...more] = bold ? splitLines(paragraph.children) : [];
    const first = line ? speakerFirst(line) : undefined;
    if (first) {
      // "- **Eric Evans** — *Title*": the whole first paragraph is read here, not as notes.
      const draft = newDraft(first.title, item.line, context);
      draft.speakers.push(...first.speakers);
      const notes = more
        .map((line) => plainText(line))
        .join(' ')
        .trim();
      if (notes) draft.notes.push({ text: notes, prose: notes, children: [] });
      named++;
      talks.push({ draft, item, lead: paragraph });
      continue;
    }
    // "- 10:30 [Title](…) by Jane Doe": a time slot before the title.
    const timed = timeLead(paragraph.children);
    const children = timed?.rest ?? paragraph.children;
    // "- 11:30 | Main stage | Title": the slot's room is the talk's.
    const here = timed?.room ? { ...context, room: timed.room } : context;
    // "- Ann Berg's keynote [Title](…) - notes": the speaker, in the possessive, before it.
    const owner = possessiveLead(children);
    const lead = owner
      ? { link: children[owner.index] as MdNode, index: owner.index }
      : (leadLink(children, true) ?? leadBold(children));
    // Its links are read apart (below): their addresses are no words of the line.
    // "11:00 [[Talk - Title]] by [[Jane Doe]] (Acme)": a daily note's log, the talk a note.
    const words =
      !lead && timed
        ? plainText(vaultTalkTitles(children).filter((c) => c.type !== 'link'))
        : undefined;
    const entry = words === undefined ? undefined : (loggedTalk(words) ?? quotedSingleName(words));
    // "09h30 - Continuous Documentation: basics and advanced techniques" in a programme: a title
    // and its subtitle, unless a given name says the words before the colon are a person's.
    const logged = timetable && entry && subtitled(entry, children) ? undefined : entry;
    if (logged && timed) {
      const draft = newDraft(logged.title, item.line, here);
      if (timed.time) draft.time = timed.time;
      draft.speakers.push(...logged.speakers);
      if (logged.kind) draft.kind = logged.kind;
      collectLinks([paragraph], draft.links);
      const notes = logged.notes?.replace(LOGGED_LINK, '').trim();
      if (notes) draft.notes.push({ text: notes, prose: notes, children: [] });
      if (logged.speakers.length > 0) named++;
      loggedItems++;
      talks.push({ draft, item, lead: paragraph });
      continue;
    }
    // "- Signals everywhere" over "  - speaker:: [[Luca Moretti]]": a plain title over a labelled
    // speaker (a Logseq or Roam outline's properties).
    const labelled =
      lead || hasNewline(paragraph) || plainText(paragraph).length > 120
        ? undefined
        : nestedLead(item, true);
    if (labelled?.labelled) {
      const draft = newDraft(labelled.title ?? plainText(paragraph).trim(), item.line, here);
      if (labelled.kind) draft.kind = labelled.kind;
      draft.speakers.push(...labelled.speakers);
      named++;
      talks.push({ draft, item, lead: paragraph, used: labelled.used });
      continue;
    }
    const possessive = rolePossessive(paragraph, lead !== undefined);
    if (possessive) {
      const draft = newDraft(possessive.title, item.line, here);
      if (possessive.kind) draft.kind = possessive.kind;
      draft.speakers.push(...possessive.speakers);
      if (lead) collectLinks([paragraph], draft.links);
      if (possessive.notes)
        draft.notes.push({ text: possessive.notes, prose: possessive.notes, children: [] });
      named++;
      const talk = { draft, item, lead: paragraph };
      owned.push(talk);
      talks.push(talk);
      continue;
    }
    // "* *Signals everywhere:* notes…, by Ada Lind.": an emphasised title, a colon, notes.
    const colon = () => {
      const found = colonTitleItem(children);
      if (!found) return;
      const draft = newDraft(found.title, item.line, here);
      draft.speakers.push(...found.speakers);
      if (found.notes) draft.notes.push({ text: found.notes, prose: found.notes, children: [] });
      collectLinks([paragraph], draft.links);
      if (found.speakers.length > 0) named++;
      talks.push({ draft, item, lead: paragraph });
      return true;
    };
    if (!lead && colon()) continue;
    if (!lead) {
      // "* Chaos engineering for beginners — Ola Nordmann", notes nested under it or after a
      // colon: under a heading that says these are talks, or where most items of the list read
      // so (counted below), and only with a named speaker.
      // Outside such a heading, the author's word must follow on the line: "- Refactoring by
      // Martin Fowler" in a talk's notes is a book.
      const comma = commas?.[index];
      const line = comma ?? plainLead(paragraph, talkContainer);
      const kinded = line ? undefined : kindLine(paragraph);
      const found = line ?? kinded;
      // "- Achim Bonte's Vortrag über die Bibliothek der Zukunft": a person's talk on a topic,
      // a talk even among other bullets.
      const own = kinded !== undefined && !isKindAlone(kinded.title);
      const plain = timetable && timed && found && subtitled(found, children) ? undefined : found;
      // "- Kelvin Osei – great point about …" beside "- Maren Aasen's talk on …": a remark on
      // the talk before it, one of its notes.
      const first = plain && !comma && !kinded ? (plainText(paragraph).split('\n')[0] ?? '') : '';
      if (first && personRemark(first, plain?.speakers ?? []) && byPossessive()) {
        // Of the talk right above (or right above its other remarks) only.
        const above = talks.at(-1);
        const remark = plainText(paragraph).trim();
        if (above && (list.children.indexOf(above.item) === index - 1 || remarkAt === index - 1)) {
          above.draft.notes.push({ text: remark, prose: remark, children: [] });
          remarkAt = index;
        }
        continue;
      }
      if (plain && (talkContainer || plain.notes || comma || own)) {
        const draft = newDraft(plain.title, item.line, here);
        // "- Atelier : « Title » animé par …": the kind the title lost with its prefix.
        const line = plainText(paragraph).split('\n')[0] ?? '';
        const kind = draft.kind ?? sessionKind(line);
        if (kind) draft.kind = kind;
        // "- Jane Doe: Title (Data track)": the track the title lost with its speaker.
        else draft.track ??= titleTag(withoutEnd(line, plain.notes).trim());
        draft.speakers.push(...plain.speakers);
        collectLinks(['links' in plain ? (plain.links as MdNode) : paragraph], draft.links);
        if (plain.notes) draft.notes.push({ text: plain.notes, prose: plain.notes, children: [] });
        named++;
        const talk = { draft, item, lead: paragraph };
        if (own) owned.push(talk);
        else plainItems++;
        talks.push(talk);
      } else if (timetable && timed) {
        const slot = slotTalk(children, item.line, here);
        if (slot) {
          if (timed.time) slot.time = timed.time;
          slots++;
          talks.push({ draft: slot, item, lead: paragraph });
        }
      }
      continue;
    }
    // "- [Jane Roe](…) — Title. Notes…": the link names the speaker, the title follows.
    const person = owner ? undefined : nameLinkItem(children, lead.index);
    if (person) {
      const draft = newDraft(person.title, item.line, here);
      if (timed?.time) draft.time = timed.time;
      draft.speakers.push(...person.speakers);
      if (person.notes) draft.notes.push({ text: person.notes, prose: person.notes, children: [] });
      collectLinks([paragraph], draft.links);
      named++;
      talks.push({ draft, item, lead: paragraph });
      continue;
    }
    const read = readLead(withoutClosingQuote(children, lead.index), lead.index);
    // "- **Title**" over "  - Jane Doe, Acme": the speaker on the first nested bullet.
    const nested =
      !lead.link.url && read.speakers.length === 0 && read.notes === ''
        ? nestedLead(item)
        : undefined;
    if (nested) {
      const draft = newDraft(nested.title ?? titleOf(lead.link), item.line, here);
      const kind = nested.kind ?? sessionKind(titleOf(lead.link));
      if (kind) draft.kind = kind;
      draft.speakers.push(...nested.speakers);
      named++;
      talks.push({ draft, item, lead: lead.link, used: nested.used });
      continue;
    }
    // A bold title without a link is a talk only with a named speaker ("**Title** by Jane Doe"),
    // or with the speaker inside the bold ("**Jane Doe: Title**. notes"), as plain bullets are.
    if (!lead.link.url && read.speakers.length === 0) {
      const whole = lead.link.type === 'strong' ? boldWhole(lead.link) : undefined;
      if (!whole) {
        // "**Title**: notes…": the colon after the bold.
        colon();
        continue;
      }
      const draft = newDraft(whole.title, item.line, here);
      draft.speakers.push(...whole.speakers);
      if (read.notes) draft.notes.push({ text: read.notes, prose: read.notes, children: [] });
      collectLinks([paragraph], draft.links);
      named++;
      plainItems++;
      talks.push({ draft, item, lead: lead.link });
      continue;
    }
    // "[Keynote by Kari Holm](…)": the kind is the title, the person the speaker.
    const kind =
      read.speakers.length === 0
        ? (kindByPerson(titleOf(lead.link)) ??
          personFirstLink(lead.link, talkContainer) ??
          titleByPerson(lead.link))
        : undefined;
    const draft = newDraft(kind?.title ?? titleOf(lead.link), item.line, here);
    if (timed?.time) draft.time = timed.time;
    draft.speakers.push(...(kind?.speakers ?? read.speakers));
    if (owner && draft.speakers.length === 0) draft.speakers.push(...owner.speakers);
    if (owner?.kind) draft.kind ??= owner.kind;
    // "[Title](…) Good talk. The speaker, Per Aune, has…": the notes say who it was.
    const noted = draft.speakers.length === 0 ? namedSpeaker(read.notes) : undefined;
    if (noted) draft.speakers.push(noted);
    if (draft.speakers.length > 0) named++;
    if (read.notes) draft.notes.push({ text: read.notes, prose: read.notes, children: [] });
    if (read.conference) draft.conference = read.conference;
    talks.push({ draft, item, lead: lead.link });
  }
  // A log's other moments (arriving, lunch) are no talks: one of three lines at least is one.
  // Talks of their own (`owned`) make no list of talks of the items beside them.
  const others = talks.length - owned.length;
  if (others * 2 < items - owned.length && !(log && loggedItems * 3 >= items)) return owned;
  // Plain "Title — Name (Co): notes" bullets are talks without a heading that says so only where
  // two of three items at least read so ("- Kafka — Jane Doe (Acme)" alone may be a note).
  if (plainItems > 0 && !talkContainer && (plainItems < 2 || plainItems * 3 < items * 2)) return [];
  if (named > 0 && named * 2 >= talks.length) return talks;
  // "Planning :" over "* 09h30 - Title" lines: the programme's talks, named or not.
  if (slots >= 2 && (slots + named) * 2 >= talks.length) return talks;
  // No speakers: a list of linked titles with notes, where the heading says these are talks, or
  // a watch list of recordings' titles alone ("- [Go's new iterators](https://youtu.be/…)").
  const withNotes = talks.filter((t) => t.draft.notes.length > 0 || t.item.children.length > 1);
  // "1. Keynote by Matz! [recording](…)" among them names its person instead.
  const programme = linksProgrammePages(talks.filter(unnamed).map((t) => t.lead));
  const complete = withNotes.length === talks.length || talks.every(recordingAlone) || programme;
  return talkContainer && talks.length >= 2 && complete ? talks : [];
}

const unnamed = (talk: ListTalk): boolean =>
  talk.lead.type === 'link' || talk.draft.speakers.length === 0;

/** An item that is only a link to a recording, its text a title of two words or more. */
function recordingAlone(talk: ListTalk): boolean {
  const { item, lead } = talk;
  const [paragraph, ...more] = item.children;
  if (more.length > 0 || lead.type !== 'link' || hostKind(lead.url ?? '') !== 'video') return false;
  const besides = paragraph?.children.filter((child) => child !== lead) ?? [];
  return plainText(besides).trim() === '' && /\S\s+\S/.test(plainText(lead).trim());
}

/** A line without the notes that end it ("Title (Data track) Notes…" → "Title (Data track)"). */
const withoutEnd = (line: string, notes: string | undefined): string =>
  notes && line.endsWith(notes) ? line.slice(0, -notes.length) : line;
