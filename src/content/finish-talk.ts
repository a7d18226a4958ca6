import type { Link, NoteNode, Speaker, Talk } from '../model.ts';
import { LINK_TEXT } from './classify-link.ts';
import { companiesFromNotes } from './company-in-notes.ts';
import { type TalkFacts, toSpeaker } from './front-matter.ts';
import { withoutIntroduction } from './intro-sentence.ts';
import { quotedOfficialTitle } from './quoted-title.ts';
import { NO_COMPANY, NO_EMPLOYER } from './speaker-names.ts';
import { buildSummary, type DraftNote } from './summary.ts';
import type { DraftTalk } from './talk-body.ts';
import { withoutRatings } from './talk-rating.ts';

/**
 * A draft talk as the post's shape gave it, finished: the front matter's facts over what the
 * notes say, its speakers named once each, its notes without the draft's bookkeeping, its
 * summary. Apart from `parse-notes.ts`, which finds the talks; this only completes one.
 */

export function finishTalk(
  draft: DraftTalk,
  id: string,
  eventId: string,
  topic: string | undefined,
  facts: TalkFacts | undefined,
  file: string,
): Talk {
  const links = [...draft.links];
  const addFact = (kind: Link['kind'], url: string | undefined, text: string) => {
    if (url && !links.some((link) => link.url === url)) links.push({ kind, url, text });
  };
  addFact('description', facts?.description, LINK_TEXT.description);
  addFact('slides', facts?.slides, LINK_TEXT.slides);
  addFact('video', facts?.video, LINK_TEXT.video);

  let speakers: Speaker[] =
    facts?.speakers?.map(toSpeaker) ??
    onceEach(draft.speakers).flatMap((speaker) =>
      withoutNoCompany(speaker, draft.headingCompany ? NO_EMPLOYER : NO_COMPANY),
    );
  if (speakers.length === 0 && draft.company) speakers = [{ company: draft.company }];
  // "Aiko works at Fernweh Travel.": a company said in the notes, not beside the name.
  if (!facts?.speakers) speakers = companiesFromNotes(speakers, draft.notes);

  const talk: Talk = {
    id,
    event: eventId,
    // "Easily Observing Operators:" over its speaker's line: the colon leads there, not the title.
    // An emoji's code at the end (`Badge :iphone:`) keeps its colons.
    title: draft.title.replace(/(?<=[\p{L}\p{N})?!'"”’])(?<!:[\w+-]{1,30})\s*:$/u, ''),
    speakers,
    links,
    notes: draft.notes.map(stripDraft),
    summary: buildSummary(
      withoutIntroduction(
        withoutRatings(draft.notes),
        draft.title,
        speakers.flatMap((speaker) => (speaker.name ? [speaker.name] : [])),
      ),
    ),
    source: { file, line: draft.line },
  };
  const quoted = facts?.official_title ? undefined : quotedOfficialTitle(draft);
  const official = facts?.official_title ?? quoted?.title;
  if (official && official !== draft.title) talk.officialTitle = official;
  const kind = draft.kind ?? quoted?.kind;
  if (kind) talk.kind = kind;
  if (topic) talk.topic = topic;
  const date = facts?.date ?? draft.date;
  if (date) talk.date = date;
  if (draft.day) talk.day = draft.day;
  const time = facts?.time ?? draft.time;
  if (time) talk.time = time;
  else if (draft.part) talk.part = draft.part;
  const track = facts?.track ?? draft.track;
  if (track) talk.track = track;
  const room = facts?.room ?? draft.room;
  if (room) talk.room = room;
  return talk;
}

/**
 * "## Title - Élodie Martin (Decathlon)" over "*Speaker: Élodie Martin*": one person named twice
 * is one speaker, with the company either line gave.
 */
function onceEach(speakers: Speaker[]): Speaker[] {
  if (speakers.length < 2) return speakers;
  const byName = new Map<string, Speaker>();
  const once: Speaker[] = [];
  for (const speaker of speakers) {
    const key = speaker.name?.toLowerCase().replace(/\s+/g, ' ');
    const seen = key === undefined ? undefined : byName.get(key);
    if (!seen) {
      // A copy: a group's speakers are shared by its talks.
      const own = { ...speaker };
      if (key !== undefined) byName.set(key, own);
      once.push(own);
      continue;
    }
    seen.company ??= speaker.company;
    seen.role ??= speaker.role;
  }
  return once;
}

/** "Mihkel Tamm, independent", "— Laura Kivi, freelance": the word names no company. */
function withoutNoCompany(speaker: Speaker, none: RegExp): Speaker[] {
  if (!speaker.company || !none.test(speaker.company.trim())) return [speaker];
  const { company: _, ...rest } = speaker;
  return rest.name ? [rest] : [];
}

/** Recursion is bounded: the tokenizer tree is never deeper than the nesting limit. */
function stripDraft(note: DraftNote): NoteNode {
  return { text: note.text, children: note.children.map(stripDraft) };
}
