import type { Link } from '../model.ts';
import { displayUrl } from './markdown-text.ts';
import type { DraftNote } from './summary.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * The same talk written up twice in one post — a team page where Alice and Bob both pick
 * `**Your SLOs are lying to you** — Fatima Zahra (Booking.com)` — is one talk: the same title
 * and the same speakers (of the same conference, on the same day) give the first one the
 * other's notes and links, and the other is dropped. Two talks of one title by other people, or
 * with no speaker named (a `Keynote` on each day), stay two.
 */
export function mergeSameTalks(drafts: DraftTalk[]): void {
  if (drafts.length < 2) return;
  const first = new Map<string, DraftTalk>();
  const merged = new Set<DraftTalk>();
  for (const draft of drafts) {
    if (draft.speakers.length === 0) continue;
    const key = sameTalkKey(draft);
    const kept = first.get(key);
    if (!kept) {
      first.set(key, draft);
      continue;
    }
    // A point that is only a link's address ("— https://youtu.be/…" after a recap's title) is
    // that link, merged below.
    kept.notes.push(...draft.notes.filter((note) => !onlyAddress(note, draft.links)));
    for (const link of draft.links)
      if (!kept.links.some((known) => known.url === link.url)) kept.links.push(link);
    kept.kind ??= draft.kind;
    kept.track ??= draft.track;
    kept.room ??= draft.room;
    kept.time ??= draft.time;
    if (!kept.speakers.some((s) => s.company))
      kept.speakers.splice(0, kept.speakers.length, ...draft.speakers);
    kept.company ??= draft.company;
    merged.add(draft);
  }
  if (merged.size === 0) return;
  const left = drafts.filter((draft) => !merged.has(draft));
  drafts.splice(0, drafts.length, ...left);
}

function sameTalkKey(draft: DraftTalk): string {
  const people = draft.speakers
    .map((speaker) => comparable(speaker.name ?? speaker.company ?? ''))
    .sort()
    .join('|');
  return [comparable(draft.title), people, draft.conference ?? '', draft.day ?? ''].join('\n');
}

/** A title or a name as two writings of it compare: lower case, words apart, no marks. */
export const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function onlyAddress(note: DraftNote, links: Link[]): boolean {
  return (
    note.children.length === 0 &&
    links.some((link) => note.text === link.url || note.text === displayUrl(link.url))
  );
}
