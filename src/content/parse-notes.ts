import type { ConferenceEvent, ContentProblem, Talk } from '../model.ts';
import { opt } from '../text.ts';
import { splitConferences } from './conferences.ts';
import { dailyNoteEvent } from './daily-note.ts';
import { forgetPost } from './memo.ts';
import { readNotesTree } from './notes-tree.ts';
import { postDates } from './post-dates.ts';
import { postDrafts } from './post-drafts.ts';
import { conferenceKey, placeOf, postEvent } from './post-event.ts';
import { framePost } from './post-frame.ts';
import { postTalks } from './post-talks.ts';
import { readSynonyms } from './synonyms.ts';
import { rateTalks } from './talk-rating.ts';

export interface ParsedNotes {
  event: ConferenceEvent;
  /** A post about several conferences: the others (see `conferences.ts`). */
  more?: ConferenceEvent[];
  talks: Talk[];
  problems: ContentProblem[];
  /** Whether the file has a title of its own (front matter, `# Title`), not only its name. */
  titled?: boolean;
  /** A post its author marked `draft: true`: read only where no published post is beside it. */
  draft?: true;
  /** The language its notes are written in, where clear (`event-facts.ts`). */
  language?: string;
}

/**
 * Text longer than this is refused. Files are checked before they are read (notes-files.ts, the
 * same 4 MiB in bytes); this guards text that reaches the parser any other way.
 */
export const MAX_NOTES_CHARS = 4 * 1024 * 1024;

/**
 * A notes file's event and talks, in named steps: its Markdown and headings (`notes-tree.ts`),
 * the post's title and whether the file is one talk (`post-frame.ts`), its dates
 * (`post-dates.ts`), its talks as drafts (`post-drafts.ts`), the talks with their ids
 * (`post-talks.ts`), then the event.
 */
export function parseNotes(markdown: string, file: string, eventId: string): ParsedNotes {
  forgetPost();
  const problems: ContentProblem[] = [];
  if (markdown.length > MAX_NOTES_CHARS) {
    problems.push({
      file,
      line: 1,
      message: `file too large (${Math.round(markdown.length / 1024)} KB; at most ${MAX_NOTES_CHARS / 1024 / 1024} MiB of notes per file): split it into several files`,
    });
    return { event: emptyEvent(eventId, file), talks: [], problems };
  }
  const tree = readNotesTree(markdown, file, problems);
  const { meta, draft } = tree;
  const post = framePost(tree, meta, file, eventId);
  const { preamble, pageTitle } = post;
  const loose = meta as Record<string, unknown>;
  /** What opens the post: above its talks, and under its title when that is the only heading. */
  const opening = [...preamble, ...post.titleBody];
  const { dates, whenWhere } = postDates(
    meta,
    { opening, sections: post.sections, pageTitle },
    eventId,
  );
  const { reader, described } = postDrafts(tree, post, dates, file, problems);
  const { talks, conferences } = postTalks(
    reader,
    meta.talks ?? {},
    tree.factLines,
    { eventId, file },
    problems,
  );
  rateTalks(talks, markdown);

  const topics = reader.tocTopics.size > 0 ? reader.tocTopics : reader.groupTopics;
  const talkTopics = new Set(talks.map((talk) => talk.topic));
  const title = meta.title ?? pageTitle;
  const event: ConferenceEvent = {
    id: eventId,
    // A file that is one talk is titled by the talk: the event is named apart, or by the file.
    name: described
      ? (meta.event?.name ?? described.event ?? eventId)
      : (meta.event?.name ??
        conferenceKey(loose) ??
        dailyNoteEvent(title, preamble) ??
        postEvent(title, post.eventLine, loose.description, preamble) ??
        eventId),
    // `dates: 2025-04-02..2025-04-04` at the top level, as under `event:`.
    dates:
      meta.event?.dates ??
      (dates.start ? (dates.end ? `${dates.start}..${dates.end}` : dates.start) : undefined),
    author: meta.event?.author ?? meta.author,
    tags:
      typeof meta.tags === 'string' ? meta.tags.split(/[\s,]+/).filter(Boolean) : (meta.tags ?? []),
    source: meta.event?.source,
    ...opt('place', placeOf(loose, title, opening) ?? whenWhere?.place),
    topics: [...topics].filter((topic) => talkTopics.has(topic)),
    file,
  };
  if (loose.synonyms !== undefined) {
    const read = readSynonyms(loose.synonyms, file, tree.keyLines.get('synonyms') ?? 1);
    problems.push(...read.problems);
    if (Object.keys(read.synonyms).length > 0) event.synonyms = read.synonyms;
  }
  return {
    ...splitConferences(event, talks, conferences),
    talks,
    problems: problems.sort((a, b) => a.line - b.line),
    ...(title ? { titled: true } : {}),
    ...(draft ? { draft } : {}),
  };
}

function emptyEvent(id: string, file: string): ConferenceEvent {
  return { id, name: id, tags: [], topics: [], file };
}
