import type { Speaker } from '../model.ts';
import { KEYCAP, unmarkedNotes } from './body-lines.ts';
import { boldPersonWithCompany } from './bold-person.ts';
import { splitLines } from './field-lines.ts';
import { givenNameFirst } from './given-name-first.ts';
import { untitledNamedInBody } from './heading-speakers.ts';
import { splitHeading } from './heading-title.ts';
import { loggedTalk } from './log-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText, proseText } from './markdown-text.ts';
import { bylineThenTitle, plainTitleOver } from './plain-title-over.ts';
import { speakerLine } from './speaker-line.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import {
  leadBold,
  leadLink,
  speakerFirst,
  speakersAfterTitle,
  timeLead,
  titleOf,
} from './talk-lead.ts';
import { addLink, collectLinks } from './talk-links.ts';
import { withoutSpeakerLine } from './talk-speakers.ts';
import { timedTitleOverSpeaker } from './timed-title.ts';

/**
 * A talk told in one paragraph, as posts without headings write it: a linked or bold title on
 * the first line (after a live blog's time, or a speaker named first), the speaker on that line or
 * the next, the rest of the paragraph its notes. Read by `bodyTalks` (body-talks.ts).
 */
export function paragraphTalk(
  paragraph: MdNode,
  context: TalkContext,
  /** The paragraph after it, where the notes may call a keynote's speaker by name. */
  next?: MdNode,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  const lines = splitLines(paragraph.children);
  const [line, second, ...others] = lines;
  if (!line) return undefined;
  // "**10:00** **Title** — Jane Doe": a live blog's time slot first.
  const timed = timeLead(line);
  const first = timed?.rest ?? line;
  if (timed?.time) context = { ...context, time: timed.time };
  if (timed?.room) context = { ...context, room: timed.room };
  const named = speakerFirst(first);
  if (named) {
    const draft = newDraft(named.title, paragraph.line, context);
    draft.speakers.push(...named.speakers);
    const rest = joinLines([second, ...others]);
    return { draft, rest: rest.length > 0 ? [{ ...paragraph, children: rest }] : [] };
  }
  const lead = leadLink(first) ?? leadBold(first);
  // "2:30pm – Postgres full-text search is good enough – Abebe Girma (Wheatfield)", "**9:00 AM**
  // Opening keynote — "Boring is a feature" by Jane Doe": a timed line in plain words.
  if (!lead && timed) {
    const logged = loggedTalk(plainText(first.filter((node) => node.type !== 'link')));
    if (!logged) {
      // "**10:15, Sala 3** — Title" over "Ponente: Javier Romero (Cabify)".
      const over = timedTitleOverSpeaker(first, second);
      if (!over) return undefined;
      const draft = newDraft(over.title, paragraph.line, context);
      draft.speakers.push(...over.speakers);
      const rest = joinLines(others);
      return { draft, rest: rest.length > 0 ? [{ ...paragraph, children: rest }] : [] };
    }
    const draft = newDraft(logged.title, paragraph.line, context);
    draft.speakers.push(...logged.speakers);
    if (logged.kind) draft.kind = logged.kind;
    // "… in 80 lines. Slides: https://…": the line's links are the talk's, as a log item's are.
    collectLinks([{ ...paragraph, children: first }], draft.links);
    const rest = joinLines([second, ...others]);
    const notes: MdNode[] = logged.notes ? [textNode(logged.notes, paragraph.line)] : [];
    // "3:45pm – Closing panel: "Remote work"" over "Moderator: Sam Okonjo. Panelists: …": the
    // line under a session that names no one may name its people.
    if (draft.speakers.length === 0 && rest.length > 0) {
      const under = withoutSpeakerLine([{ ...paragraph, children: rest }], draft.speakers);
      const said: MdNode[] = notes.length > 0 ? [{ ...paragraph, children: notes }] : [];
      return { draft, rest: [...said, ...under] };
    }
    const body = [...notes, ...(rest.length > 0 ? [textNode(' ', paragraph.line), ...rest] : [])];
    return { draft, rest: body.length > 0 ? [{ ...paragraph, children: body }] : [] };
  }
  // "openTalk 2.0: …" over "Damian Conway, Thoughtstream": a plain title over its speaker.
  const over =
    !lead && !timed && others.length === 0
      ? second
        ? plainTitleOver(first, second)
        : bylineThenTitle(first, next)
      : undefined;
  if (over) {
    const draft = newDraft(over.title, paragraph.line, context);
    draft.speakers.push(...over.speakers);
    return { draft, rest: [] };
  }
  if (!lead || boldPersonWithCompany(first.slice(lead.index))) return undefined;
  let speakers: Speaker[] | undefined;
  let rest: MdNode[];
  if (proseText(first.slice(lead.index + 1)) === '' && second) {
    // "[Title](url)" then "Jane Doe (Acme)" on the next line.
    speakers = speakerLine(plainText(second), true);
    rest = joinLines(others);
  } else {
    // "[Title](url) by Jane Doe" or "**Title** (Jane Doe)" on one line, notes after it.
    const after = first.slice(lead.index + 1);
    const read = speakersAfterTitle(plainText(after));
    speakers = read.speakers.length > 0 && !read.notes ? read.speakers : undefined;
    rest = joinLines([second, ...others]);
    // "**Title** (Jane Doe, Acme) — notes on the same line": the notes start after the dash.
    const notesAfter =
      read.speakers.length > 0 && read.notes
        ? // "2️⃣ **Title** by Jane Doe. Notes": a keycap's line is an item, as a time's is.
          notesAfterSpeaker(after, !!timed || KEYCAP.test(first[0]?.value ?? ''))
        : undefined;
    if (notesAfter) {
      speakers = read.speakers;
      rest = [...notesAfter, ...rest];
    }
    // "by Elin Forsberg (Kronhjort) Lambda is cheap…", "– Astrid Lund, Nordsken AB 30% cheaper":
    // the notes go on after the company with no mark between.
    const unmarked = notesAfter ? undefined : unmarkedNotes(after);
    if (unmarked) {
      speakers = unmarked.speakers;
      rest = [...unmarked.notes, ...rest];
    }
  }
  let title = titleOf(lead.link);
  const alone = proseText(first.slice(lead.index + 1)) === '';
  // "[Miriam Forner: Why communication matters](…)", "[Jane Doe - Title](…)", "[Title by Jane
  // Doe](…)": the speaker inside the link's text, the link alone on its line.
  if (!speakers && lead.link.type === 'link' && alone) {
    const text = plainText(lead.link);
    const by = splitHeading(text, false);
    const cut = NAME_CUT.exec(text);
    const left = cut ? text.slice(0, cut.index) : '';
    const right = cut ? text.slice(cut.index + cut[0].length) : '';
    // A person first only where the first word is a given name and the title's is not.
    const first = cut && by.speakers.length === 0 ? givenNameFirst(left, right) : undefined;
    if (by.speakers.length > 0 || first) {
      speakers = first ?? by.speakers;
      title = first ? right : by.title;
      rest = joinLines([second, ...others]);
    }
  }
  // "**“Title” – Jane Doe**", "**Title by Jane Doe**": the speaker inside the bold line.
  if (!speakers && lead.link.type === 'strong' && alone) {
    const bold = plainText(lead.link);
    let parts = splitHeading(bold, false);
    // "**1. Paved roads — Sofia Lindqvist, Brightpath**": a dash before a person and their company.
    if (parts.speakers.length === 0) {
      const dashed = splitHeading(bold, true);
      if (dashed.speakers.length > 0 && dashed.speakers.every((s) => s.company)) parts = dashed;
    }
    // "**Opening keynote - Sigrid Aalto**" over "Sigrid talked about …".
    if (parts.speakers.length === 0) {
      const notes = [second, ...others].flatMap((l) => l ?? []);
      const body = () => `${plainText(notes)} ${next?.type === 'paragraph' ? plainText(next) : ''}`;
      parts = untitledNamedInBody(bold, body) ?? parts;
    }
    if (parts.speakers.length > 0) {
      speakers = parts.speakers;
      title = parts.title;
      rest = joinLines([second, ...others]);
    }
  }
  if (!speakers) return undefined;
  const draft = newDraft(title, paragraph.line, context);
  draft.speakers.push(...speakers);
  if (lead.link.type === 'link') addLink(lead.link, 'Description', draft.links, true);
  return { draft, rest: rest.length > 0 ? [{ ...paragraph, children: rest }] : [] };
}

/** Where a person named first ends: "Miriam Forner: Title", "Jane Doe - Title". */
const NAME_CUT = /:\s+|\s+[-–—]\s+/;

/**
 * The nodes of a line after "(Jane Doe, Acme) — ": the speaker in parentheses in one piece of
 * text, then a dash or colon, then the notes (their links kept). Undefined for any other shape.
 */
function notesAfterSpeaker(after: MdNode[], timed: boolean): MdNode[] | undefined {
  const [text, ...more] = after;
  const value = text?.type === 'text' ? (text.value ?? '') : '';
  // A live blog's line: "**11:50** — **Title** by Jane Doe (Acme). Notes …" too.
  const cut = PAREN_THEN_DASH.exec(value) ?? (timed ? BY_THEN_STOP.exec(value) : null);
  if (!text || !cut) return undefined;
  const left = value.slice(cut[0].length);
  return left ? [{ ...text, value: left }, ...more] : more;
}

const PAREN_THEN_DASH = /^\s*\([^()]{3,120}\)\s*[—–:-]\s+/;
const BY_THEN_STOP =
  /^\s*,?\s*by\s+(?:[^.;:!?()]|(?<=(?:^|\s)(?:Dr|Prof|Mr|Mrs|Ms|St|\p{Lu}))\.){3,80}?(?:\s*\([^()]{2,60}\))?\s*[.;:—–]\s+/u;

export function textNode(value: string, line: number): MdNode {
  return { type: 'text', line, children: [], value };
}

/**
 * Lines of a paragraph put back together after the first was taken as the talk's title: the line
 * breaks between them read as spaces ("he compared ownership" / "to try-with-resources").
 */
export function joinLines(lines: (MdNode[] | undefined)[]): MdNode[] {
  const present = lines.filter((line): line is MdNode[] => line !== undefined && line.length > 0);
  return present.flatMap((line, i) =>
    i === 0 ? line : [textNode(' ', line[0]?.line ?? 0), ...line],
  );
}
