import { slug as githubSlug } from 'github-slugger';
import type { ContentProblem, DayPart, Link, Speaker } from '../model.ts';
import type { EventDates } from './day-date.ts';
import { splitFieldParagraphs, splitLines, TITLE_LABEL } from './field-lines.ts';
import { companyFromHeading, titleAside } from './heading-company.ts';
import { dashedNamedInBody, personOnTopic } from './heading-speakers.ts';
import { SPEAKER_LABEL } from './labelled-lead.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { labelledUnderPerson, personHeading } from './person-headings.ts';
import { isProfileLink } from './profile-links.ts';
import { partSpeakers, profileSpeakers } from './profile-speakers.ts';
import { closesPost, turnsToRecordings } from './recordings-turn.ts';
import { headingName } from './section-names.ts';
import { headingParts, meaningful, type Section } from './sections.ts';
import { singleNameAfterDash } from './single-names.ts';
import { speakerLine } from './speaker-line.ts';
import type { DraftNote } from './summary.ts';
import { titleInOpening } from './talk-lead.ts';
import {
  addLink,
  collectLinks,
  findLinks,
  nameSectionLinks,
  reportBrokenLinks,
} from './talk-links.ts';
import { notesFrom, speakerSection } from './talk-notes.ts';
import { isTalkPartName } from './talk-part-names.ts';
import { roomInTitle } from './talk-room.ts';
import { withoutSpeakerLine } from './talk-speakers.ts';
import {
  cleanTitle,
  isKindAlone,
  sessionKind,
  sessionLine,
  TIME_PREFIX,
  TRAILING_OFF,
  titleTag,
} from './title-marks.ts';
import { withSpeaker } from './with-speaker.ts';

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
  /** Morning, afternoon or evening, where the notes say so and give no time. */
  part?: DayPart;
  track?: string;
  room?: string;
  /** "Keynote", "Panel": what the title was marked with (see `sessionKind`). */
  kind?: string;
  /** The group heading that names a conference, in a post about several (see `conferences.ts`). */
  conference?: string;
  /** "Location: Lyon, France" among a talk's fields: where it was given (see `own-talks-page.ts`). */
  place?: string;
  speakers: Speaker[];
  company?: string;
  /** Its speakers' company is the heading's "(GitHub)", never a profile site's name. */
  headingCompany?: boolean;
  /** The title an index row gives in full, where the row was paired by its person (`repeatedTalks`). */
  fullTitle?: string;
  links: Link[];
  notes: DraftNote[];
}

/** A sub-heading that names the speaker: "Speaker: Jane Doe", "by Jane Doe", or a bare name. */
export function speakerHeading(section: Section): Speaker[] | undefined {
  // "## 시간" (time) under a talk: a part of its notes, whatever a name of its length reads as.
  if (isTalkPartName(headingName(section.title))) return undefined;
  return speakerLine(section.title.replace(TRAILING_OFF, ''), true);
}

/** Where a talk stands: its topic and day, from the headings that group it. */
export interface TalkContext {
  /** From a schedule line's room after its time ("- 11:30 | Main stage | Title"). */
  room?: string;
  topic?: string;
  day?: string;
  date?: string;
  /** From a group heading that says so: "Track: Architecture", "Data track". */
  track?: string;
  /** From a heading that is only a person's name, over that person's one talk. */
  speakers?: Speaker[];
  /** From a group heading that is only a time slot ("## 10:30" over the talks of that slot). */
  time?: string;
  /** From a group heading that is a part of the day ("## Afternoon"). */
  part?: DayPart;
  /** The event's dates, to date a day named in an outline ("- Day 2" over talks). */
  dates?: EventDates;
  /** From a group heading that names a conference ("## KubeCon EU 2025"). */
  conference?: string;
}

export function newDraft(typed: string, line: number, context: TalkContext): DraftTalk {
  // "**10:00 – The boring database**": a bold or listed title's slot is its time, as a heading's.
  const slot = TIME_PREFIX.exec(typed.trim());
  const after = slot ? typed.trim().slice(slot[0].length) : '';
  const time = slot?.[1] && /\p{L}{2}/u.test(after) ? slot[1].trim() : undefined;
  const title = time ? after : typed;
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
  const kind = sessionKind(title);
  if (kind) draft.kind = kind;
  // "[Security] Title": the author's tag is the talk's track (a kind in brackets is its kind).
  const tag = kind ? undefined : titleTag(title.trim());
  if (tag) draft.track = tag;
  if (context.topic) draft.topic = context.topic;
  if (context.day) draft.day = context.day;
  if (context.part) draft.part = context.part;
  if (context.date) draft.date = context.date;
  if (context.track) draft.track ??= context.track;
  const room = roomInTitle(title);
  if (room) draft.room = room;
  else if (context.room) draft.room = context.room;
  if (time) draft.time = time;
  else if (context.time) draft.time = context.time;
  if (context.conference) draft.conference = context.conference;
  return draft;
}

/** Links, speaker bullets and notes of some nodes, into a talk being read. */
export function readInto(
  draft: DraftTalk,
  nodes: MdNode[],
  file: string,
  problems: ContentProblem[],
): DraftNote[] {
  // "All these talks were recorded…": the post's closing from there on, neither notes nor links.
  const turn = nodes.findIndex(
    (node) => node.type === 'paragraph' && turnsToRecordings(plainText(node)),
  );
  const after = turn < 0 ? [] : nodes.slice(turn + 1);
  const names = draft.speakers.map((speaker) => speaker.name ?? '');
  const closing = closesPost(
    after.map((node) => plainText(node)),
    after.map((node) => node.type),
    names,
  );
  const end = closing ? turn : -1;
  const lines = splitFieldParagraphs(end < 0 ? nodes : nodes.slice(0, end));
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
  options: {
    dashSpeakers: boolean;
    namesSpeakers?: boolean;
    /** Most headings of the post read "Jane Doe on Topic" (see `postUsesOnSpeakers`). */
    onSpeakers?: boolean;
    /** The post titles talks "Title with Jane Doe" (see `postUsesWithSpeakers`). */
    withSpeakers?: boolean;
    /** The post goes speaker by speaker ("## Jane Doe" over "**Title**"). */
    personHeadings?: boolean;
    skip: (child: Section) => boolean;
  },
): DraftTalk {
  let parts = headingParts(section, options.dashSpeakers);
  if (parts.speakers.length === 0)
    parts = options.dashSpeakers
      ? personOnTopic(section, parts, options.onSpeakers === true)
      : dashedNamedInBody(
          section,
          parts,
          options.namesSpeakers === true,
          options.onSpeakers === true,
        );
  // "Agile architecture with Neal Ford": the person after "with", where borne out.
  if (parts.speakers.length === 0)
    parts = withSpeaker(section, options.withSpeakers === true) ?? parts;
  // "Drift: the silent killer — Bethan": one name, where the notes call her so.
  if (parts.speakers.length === 0) parts = singleNameAfterDash(section, parts) ?? parts;
  // "## Jane Doe" over "**Title**": the heading names the speaker, the line under it the talk.
  const person:
    | { title: string; speakers: Speaker[]; body: MdNode[]; children?: Section[] }
    | undefined =
    (options.personHeadings ? personHeading(section, parts) : undefined) ??
    labelledUnderPerson(section);
  if (person) {
    parts = { title: person.title, speakers: person.speakers };
    section = { ...section, body: person.body, children: person.children ?? section.children };
  }
  const draft = newDraft(parts.title, section.line, context);
  const kind = sessionKind(section.title) ?? section.kind;
  if (kind) draft.kind = kind;
  const tag = kind ? undefined : titleTag(section.title.trim());
  if (tag) draft.track = tag;
  draft.room ??= roomInTitle(section.title);
  if (context.speakers && parts.speakers.length === 0) draft.speakers.push(...context.speakers);
  // The anchor a table of contents links to: the GitHub/Jekyll slug of the heading text. Made
  // here, for talks only: a file of 100,000 bare headings need not hold 100,000 of them.
  draft.anchor = githubSlug(section.title);
  draft.ids = section.ids;
  draft.speakers.push(...parts.speakers);
  if (parts.company) draft.company = parts.company;
  if (parts.time) draft.time = parts.time;
  if (parts.day) draft.day = parts.day;
  for (const link of findLinks(section.heading)) {
    // "by [Felix Geisendörfer](https://twitter.com/felixge)": the speaker's profile, not the talk's.
    if (!isProfileLink(link, draft.speakers)) addLink(link, 'Description', draft.links, true);
  }

  const read = (nodes: MdNode[]) => readInto(draft, nodes, file, problems);
  // "## Keynote" over "Helena Sá gave the opening keynote, *Forty Years of …*": that title (its
  // anchor, "keynote", still names it for the front matter).
  if (isKindAlone(draft.title)) {
    const named = titleInOpening(meaningful(section.body));
    if (named) draft.title = cleanTitle(named);
  }
  // "# Palestra" over "Nome: Filas sem dor", "# Talk" over "Title: …": a page titled by the word
  // for a talk names the talk in its title field.
  const field = GENERIC_TALK.test(draft.title.trim()) ? titleField(section.body) : undefined;
  if (field) draft.title = cleanTitle(field);
  const body = withoutSessionLine(splitFieldParagraphs(section.body), draft);
  const named = draft.speakers.length;
  draft.notes.push(...read(withoutSpeakerLine(body, draft.speakers)));
  const atCompany = companyFromHeading(section.title, draft.speakers, named, draft.company);
  if (atCompany) {
    draft.speakers.splice(0, draft.speakers.length, ...atCompany.speakers);
    delete draft.company;
    draft.headingCompany = true;
  } else if (named === 0) {
    const whole = titleAside(section.title, draft.title, draft.company, draft.speakers);
    if (whole) {
      draft.title = whole;
      delete draft.company;
    }
  }
  section.children
    .filter((child) => !options.skip(child))
    .forEach((child, index) => {
      // "#### Speaker" over "Jake Archibald": a template's field as a heading of its own.
      const labelled = speakerSection(child);
      if (labelled) {
        draft.speakers.push(...labelled);
        return;
      }
      // "## Abstract" over "- Frédéric Bordage": the first part names the speaker first.
      const opening = index === 0 && draft.speakers.length === 0 ? partSpeakers(child) : undefined;
      if (opening) {
        draft.speakers.push(...opening.speakers);
        draft.notes.push(subsection({ ...child, body: opening.body }, read, draft.links));
        return;
      }
      // "### Speaker: Ada Lund" under the talk's notes: labelled, the speaker wherever it stands.
      const labelledHeading = draft.speakers.length === 0 && SPEAKER_LABEL.test(child.title.trim());
      const first = index === 0 && draft.notes.length === 0;
      const speakers = first || labelledHeading ? speakerHeading(child) : undefined;
      if (speakers) {
        draft.speakers.push(...speakers);
        draft.notes.push(
          ...read(child.body),
          ...child.children.map((c) => subsection(c, read, draft.links)),
        );
      } else {
        draft.notes.push(subsection(child, read, draft.links));
      }
    });
  // "[Ada Lind](https://linkedin.com/in/…) led a session on…": the person its notes link.
  if (draft.speakers.length === 0) draft.speakers.push(...profileSpeakers(section));
  return draft;
}

function subsection(
  section: Section,
  read: (nodes: MdNode[]) => DraftNote[],
  links: Link[],
): DraftNote {
  // "2.1.1 Key points": a report's section number says nothing of what the part is.
  const title = section.title.replace(OUTLINE_NUMBER, '');
  const from = links.length;
  const notes = read(section.body);
  nameSectionLinks(links, from, title);
  return {
    text: title,
    prose: title,
    children: [...notes, ...section.children.map((child) => subsection(child, read, links))],
  };
}

const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=\p{L})/u;

/** "(Lightning talk, 5 min)" right under a heading: the talk's kind, no note. */
function withoutSessionLine(body: MdNode[], draft: DraftTalk): MdNode[] {
  const [first, second] = meaningful(body);
  for (const node of [first, second]) {
    if (node?.type !== 'paragraph' || node.children.length > 3) continue;
    const kind = sessionLine(plainText(node));
    if (kind === undefined) continue;
    if (kind) draft.kind ??= kind;
    return body.filter((n) => n !== node);
  }
  return body;
}

/** A talk's context with the day (and date, when known) of a flat day heading before it. */
/** "Talk", "Palestra", "Vortrag", "Доклад", "発表": a heading that only says it is a talk. */
const GENERIC_TALK =
  /^(?:(?:the |a |my )?(?:talk|session|presentation|lecture)|palestra|sessão|apresentação|charla|ponencia|sesión|presentación|vortrag|präsentation|conférence|présentation|intervento|presentazione|доклад|выступление|лекция|発表|講演|セッション|발표|세션|강연|演讲|讲座)$/iu;
/** "Title:", "Titel:", and, under such a heading only, "Nome:", "Name:", "Название:", "Thema:". */
const TALK_NAME_LABEL =
  /^(?:nome|name|название|тема|thema|tema|topic|assunto|nom|nombre|名前|이름)\s*[:：]\s*(?=\S)/iu;

/** The value of the title field among the first lines under a heading, if one is there. */
function titleField(body: MdNode[]): string | undefined {
  for (const node of meaningful(body).slice(0, 2)) {
    if (node.type !== 'paragraph') continue;
    for (const line of splitLines(node.children).slice(0, 6)) {
      const text = plainText(line).trim();
      const label = TITLE_LABEL.exec(text) ?? TALK_NAME_LABEL.exec(text);
      if (label && /\p{L}/u.test(text.slice(label[0].length)))
        return text.slice(label[0].length).trim();
    }
  }
  return undefined;
}

export function dayFrom(outer: TalkContext, flat: { context: TalkContext }): TalkContext {
  const context: TalkContext = { ...outer };
  if (flat.context.day) context.day = flat.context.day;
  if (flat.context.date) context.date = flat.context.date;
  return context;
}
