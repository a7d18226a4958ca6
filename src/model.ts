/** The core model: what a notes file becomes once parsed. Plain data, JSON-serializable. */

export interface Speaker {
  /** Omitted when the facts name only the company (never invented). */
  name?: string;
  company?: string;
  role?: string;
}

export type LinkKind = 'description' | 'slides' | 'video' | 'website' | 'see-also';

export interface Link {
  kind: LinkKind;
  url: string;
  /** What the author wrote around the link: its text, or the bullet it sits in. */
  text: string;
}

/** One bullet of the author's notes, with the bullets nested under it. */
export interface NoteNode {
  text: string;
  children: NoteNode[];
}

/** A part of the day: before noon, from noon to five, after five. */
export type DayPart = 'morning' | 'afternoon' | 'evening';

export interface Talk {
  /** Slug of the title, unique within its event. */
  id: string;
  /** Event id (the notes file's name without `.md` or its other ending: `notes-names.ts`). */
  event: string;
  title: string;
  officialTitle?: string;
  /** The kind of session when the notes say ("Keynote: …", "(Lightning talk, 10 min)"). */
  kind?: string;
  topic?: string;
  speakers: Speaker[];
  /** First link of each kind is the one cards show; `links` keeps every link in order. */
  links: Link[];
  notes: NoteNode[];
  /** ≤ 300 characters, from the author's top-level points. */
  summary: string;
  /** ISO `YYYY-MM-DD` when the notes or front matter say which day (else as the author wrote it). */
  date?: string;
  /** The day as the notes name it when talks are grouped by day (`Day 2`, `Tuesday, June 14`). */
  day?: string;
  time?: string;
  /**
   * The part of the day the notes put it in where they give no time: under `## Afternoon`, or
   * told "After lunch, Jane Doe talked about …".
   */
  part?: DayPart;
  track?: string;
  /** Where it was given, as the notes name the place: `Room 3B`, `Hall A`, `Main stage`. */
  room?: string;
  /** The language of its notes, only where its file's differs from its event's (`event-facts.ts`). */
  language?: string;
  /** Where the talk's heading stands in its file, for messages to content authors. */
  source: { file: string; line: number };
  /** The author's own rating of the talk ("### Impression ⭐⭐⭐⭐☆", "Rating: 4/5"; `talk-rating.ts`). */
  rating?: TalkRating;
  /** Where other writers' notes of the same talk stood, merged into this one (`twin-talks.ts`). */
  also?: { file: string; line: number }[];
}

/** A rating as its author gave it: `score` of `scale` (4 of 5 stars, 7 of 10). */
export interface TalkRating {
  score: number;
  scale: number;
}

export interface ConferenceEvent {
  id: string;
  name: string;
  /** Free text as written by the author, e.g. `2016-06-13..2016-06-17`. */
  dates?: string;
  author?: string;
  tags: string[];
  /** URL of the original notes post, when the author gave one. */
  source?: string;
  /**
   * Where it took place, as the notes say: front matter `location:` (or `city:`, `venue:`), a
   * `Location:` line at the top, or the title's `(Lisbon)` / `à Montpellier` after the year.
   */
  place?: string;
  /** The country of its place or name's well-known city ("JavaZone Oslo": `norway`; `event-facts.ts`). */
  country?: string;
  /** The language its notes are written in (`fr`, `ja`), where front matter or the text say clearly. */
  language?: string;
  /** Topics in the author's order (table of contents or group headings). */
  topics: string[];
  /** The front matter's `synonyms:` (word → words it also means), lower-cased. */
  synonyms?: Record<string, string[]>;
  file: string;
}

export interface Library {
  events: ConferenceEvent[];
  talks: Talk[];
  /**
   * Author-made synonyms (word → words it also means) from content/synonyms.yaml; each event's
   * own front-matter `synonyms:` are on the event.
   */
  synonyms?: Record<string, string[]>;
}

/** A problem in a content file, always with the place a content author has to look at. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
  /**
   * Absent: an error (nothing of the file, or of its front matter, could be read: `qcon check`
   * fails). `warning`: the file was read, but something in it was skipped or is doubtful.
   */
  severity?: 'warning';
}

/** "4/5", "7/10": a rating as its author gave it. */
export function ratingText(rating: TalkRating): string {
  return `${rating.score}/${rating.scale}`;
}

/** A rating as a fraction of its scale: 4/5 and 8/10 are both 0.8. */
export function ratingFraction(rating: TalkRating): number {
  return rating.score / rating.scale;
}

/** The global reference of a talk: unique across events, safe in button values. */
export function talkRef(talk: Pick<Talk, 'event' | 'id'>): string {
  return `${talk.event}/${talk.id}`;
}

export function firstLink(talk: Pick<Talk, 'links'>, kind: LinkKind): string | undefined {
  return talk.links.find((link) => link.kind === kind)?.url;
}

export function formatProblem(problem: ContentProblem): string {
  const message = problem.severity === 'warning' ? `warning: ${problem.message}` : problem.message;
  return problem.line > 0
    ? `${problem.file}:${problem.line}: ${message}`
    : `${problem.file}: ${message}`;
}

export function isError(problem: ContentProblem): boolean {
  return problem.severity !== 'warning';
}
