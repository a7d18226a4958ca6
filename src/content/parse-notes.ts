import type { ConferenceEvent, ContentProblem, Talk } from '../model.ts';
import { opt } from '../text.ts';
import { withoutAdmonitionMarks } from './admonitions.ts';
import { asciidocAsMarkdown } from './asciidoc.ts';
import { reviewsABook } from './book-review.ts';
import { commaCompanyPairs, readCommaCompanies, readCommaCompanyLines } from './comma-companies.ts';
import { splitConferences } from './conferences.ts';
import { dailyNoteEvent } from './daily-note.ts';
import { eventDates } from './day-date.ts';
import { definitionTalks } from './definition-talks.ts';
import { withoutEndParts } from './end-parts.ts';
import { talkOfPage } from './file-title.ts';
import { finishTalk } from './finish-talk.ts';
import { footnotesInPlace } from './footnotes.ts';
import { draftMetaTalk, metaTalk, titledMeta } from './front-matter-talk.ts';
import { postUsesOnSpeakers } from './heading-speakers.ts';
import {
  postNamesFirst,
  postNamesSpeakers,
  postUsesDashSpeakers,
  readNamesFirst,
} from './heading-votes.ts';
import { namedAsFile } from './headingless-talk.ts';
import { withoutComments, withoutDirectionMarks } from './hidden-text.ts';
import { listedDrafts, listedTalks } from './listed-talks.ts';
import { MAX_LIST_ITEMS, MAX_NESTING, type MdNode, parseMarkdown } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { forgetPost } from './memo.ts';
import { withMisleveledParts } from './misleveled-parts.ts';
import { nameLinkHeadings } from './name-link-lines.ts';
import { indentedOutline } from './outline-text.ts';
import { ownTalksPage } from './own-talks-page.ts';
import { pandocTitleBlock } from './pandoc-title.ts';
import { personTitledTalks } from './person-titled.ts';
import { withoutPlaceholderTitles } from './placeholder-title.ts';
import { playlistHeadings } from './playlist-entries.ts';
import { withoutClosing } from './post-closing.ts';
import { conferenceKey, eventDatesLine, eventInText, placeOf, postEvent } from './post-event.ts';
import { linkSections, openingDates } from './post-parts.ts';
import { unquoteTalks } from './quoted-talks.ts';
import { readFrontMatter } from './read-front-matter.ts';
import { fillFrom, repeatedTalks } from './repeated-talks.ts';
import { linkMentions, splitReplies } from './replies.ts';
import { withoutRoamMarks } from './roam-marks.ts';
import { mergeSameTalks } from './same-talk.ts';
import { headingName, isPostSection, isSubsectionName } from './section-names.ts';
import { buildSections, meaningful, type Section, unwrapOutline } from './sections.ts';
import { ShapeReader } from './shapes.ts';
import { titleWithoutBadges, withoutSiteChrome } from './site-pages.ts';
import { slotHeadings } from './slot-headings.ts';
import { mergeBios } from './speaker-bios.ts';
import { readSynonyms } from './synonyms.ts';
import type { DraftTalk } from './talk-body.ts';
import { oneTalk } from './talk-evidence.ts';
import { talkOfFileParts } from './talk-file.ts';
import { talkId } from './talk-id.ts';
import { talkToldInProse } from './talk-in-prose.ts';
import { namesNoEvent, onTitleDay } from './title-day.ts';
import { soleTitle, titleOverTalks } from './title-over-talks.ts';
import { tidyTitles } from './title-tails.ts';
import { untitled } from './untitled-talk.ts';
import { whenWhereLine } from './when-where-line.ts';
import { postUsesWithSpeakers } from './with-speaker.ts';

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
  const text = withoutDirectionMarks(
    markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown,
  );
  const { block, meta, factLines, keyLines, draft } = readFrontMatter(text, file, problems);
  // `title: "Event 1"`, `title: Untitled`: a template's default names nothing.
  withoutPlaceholderTitles(meta);
  // "% Notes from Berlin Buzzwords 2025" / "% Henrik Larsen": Pandoc's title block.
  const pandoc = block ? undefined : pandocTitleBlock(text);
  if (pandoc) {
    meta.title ??= pandoc.title;
    if (pandoc.author) meta.author ??= pandoc.author;
  }
  const md = parseMarkdown(
    withoutComments(
      withoutAdmonitionMarks(
        withoutRoamMarks(
          indentedOutline(asciidocAsMarkdown(pandoc?.body ?? (block ? block.body : text))),
        ),
      ),
    ),
    block ? block.bodyOffset : 0,
  );
  if (md.tooLongAt !== undefined) {
    problems.push({
      file,
      line: md.tooLongAt,
      message: `a list of more than ${MAX_LIST_ITEMS.toLocaleString('en')} items: the items after that are not read`,
      severity: 'warning',
    });
  }
  if (md.tooDeepAt !== undefined) {
    problems.push({
      file,
      line: md.tooDeepAt,
      message: `lists or quotes nested more than ${MAX_NESTING} levels deep: what is deeper is not read`,
    });
  }

  // Replies pasted under the post (a Reddit thread) are no notes of its last talk.
  const { nodes, replies } = splitReplies(withoutSiteChrome(md.nodes), text);
  let { preamble, sections, titles } = buildSections(
    unwrapOutline(
      slotHeadings(
        playlistHeadings(nameLinkHeadings(definitionTalks(unquoteTalks(footnotesInPlace(nodes))))),
      ),
    ),
  );
  let pageTitle: string | undefined;
  let titleBody: MdNode[] = [];
  /** The event as a one-talk file names it (`**Event:** …`): as written. */
  let eventLine: string | undefined;
  const [only] = sections;
  const named = meta.title ? undefined : talkOfPage(file, preamble, sections);
  const whole = named ? undefined : talkOfFileParts(preamble, sections, titles);
  if (postTitleAbove(sections)) {
    // "# CloudNative Days Nordics 2025 – Team Notes" over "# Day 1", "# Day 2" (a Google Docs
    // export): the first heading, with nothing under it, titles the post.
    pageTitle = only && titleWithoutBadges(only.heading, only.title);
    // Its properties ("Location: Bergen") are read for the event.
    titleBody = only?.body ?? [];
    sections = sections.slice(1);
  } else if (whole) {
    // "# Loop Better by Ann Berg" over "## for loops", "## Iterators": one talk, its parts.
    sections = [whole];
  } else if (named) {
    // "Event storming in a bank.md": `Speaker:: Piet Jansen` over the notes, no heading.
    sections = [named.section];
    preamble = [];
    pageTitle = eventLine = named.event;
  } else if (only && (soleTitle(sections) || titleOverTalks(sections, eventId))) {
    const talk = sections.length === 1 ? (oneTalk(only) ?? namedAsFile(only, file)) : undefined;
    if (talk) pageTitle = eventLine = talk.event;
    else {
      pageTitle = titleWithoutBadges(only.heading, only.title);
      preamble = [...preamble, ...only.body];
      sections = [...only.children, ...sections.slice(1)];
    }
  }

  sections = withoutEndParts(withoutClosing(withMisleveledParts(sections)));
  const loose = meta as Record<string, unknown>;
  /** What opens the post: above its talks, and under its title when that is the only heading. */
  const opening = [...preamble, ...titleBody];
  // "> 2026-04-23 09:00 - 16:50 @ Pier Nine Hall": when and where, unlabelled, at the top.
  const whenWhere = whenWhereLine(opening);
  const dates = eventDates(
    meta.event?.dates,
    loose.dates,
    eventDatesLine(opening),
    whenWhere?.start,
  );
  if (dates.year === undefined) {
    const year = eventDates(loose.date, eventId).year;
    if (year !== undefined) dates.year = year;
  }
  // "I attended EuroSysML 2025 in Lisbon from March 30 to April 3": the opening words' dates.
  if (!dates.start) {
    const title = meta.title ?? pageTitle;
    const year = title ? eventDates(title).year : undefined;
    const said = openingDates(title, opening, sections, year ?? dates.year);
    if (said) Object.assign(dates, said);
  }
  const read: ContentProblem[] = [];
  const dashSpeakers = postUsesDashSpeakers(titles);
  // "Rich Hickey - Simple Made Easy" among "Dan McKinley - Choose Boring Technology": name first.
  if (postNamesFirst(titles)) readNamesFirst(sections, dashSpeakers);
  const reader = new ShapeReader(file, read, dates, {
    dashSpeakers,
    namesSpeakers: postNamesSpeakers(titles),
    onSpeakers: postUsesOnSpeakers(sections),
    withSpeakers: postUsesWithSpeakers(sections),
  });
  reader.read(preamble, sections);
  tidyTitles(reader.drafts, meta.title ?? pageTitle);
  const pairs = commaCompanyPairs(titles);
  if (pairs.size > 0) readCommaCompanies(reader.drafts, pairs);
  else readCommaCompanyLines(reader.drafts, text);
  // Speakers' bios first, each naming its talk: the talks' speakers, no talks of their own.
  mergeBios(reader.drafts);
  // The same talk picked by two people of a team: one talk, with both their notes.
  mergeSameTalks(reader.drafts);
  // A speaker's own page of talks: each talk's event line, its author the speaker.
  ownTalksPage(reader.drafts, sections);
  // "### Heather Lind" over "Lind presented …": the heading's person is the talk's speaker.
  personTitledTalks(reader.drafts);
  // A reply under the post, a "Links mentioned" section: links to a talk its words name.
  const mentions = [...replies, ...linkSections(sections)];
  if (mentions.length > 0 && reader.drafts.length > 0) linkMentions(mentions, reader.drafts);
  // A schedule in the front matter (`rows: - columns: - talk: {speaker, title}`), a session
  // page's `[[params.lightningTalks]]`: the page's talks, its headings its own text.
  const listed = block ? listedTalks(loose) : [];
  if (listed.length >= 2 || (listed.length === 1 && reader.drafts.length === 0)) {
    const drafts = listedDrafts(listed, reader.drafts, block?.yaml ?? '', block?.yamlLine ?? 1);
    reader.drafts.splice(0, reader.drafts.length, ...drafts);
  }
  // A front matter that describes one talk, over notes with no talk heading (or only a talk's
  // sub-sections: "## Notes", "## Key takeaways"): the file is that talk.
  const parts =
    sections.length > 0 && sections.every((section) => isTalkPart(headingName(section.title)));
  const described =
    (reader.drafts.length === 0 || parts
      ? metaTalk(titledMeta(loose, pageTitle, file))
      : undefined) ?? talkToldInProse(preamble, reader.drafts, meta.title);
  if (described) {
    const line = keyLines.get('title') ?? 1;
    const context = { dates };
    reader.drafts.splice(0, reader.drafts.length);
    reader.drafts.push(
      draftMetaTalk(described, { preamble, sections }, line, context, file, problems),
    );
  } else {
    problems.push(...read);
    // "Strange Loop 2019 — Day 2": a file per day, its talks on the day its title names.
    onTitleDay(reader.drafts, meta.title ?? pageTitle, dates);
  }

  if (reviewsABook(meta.title ?? pageTitle) && reader.drafts.length > 0) {
    problems.push({
      file,
      line: reader.drafts[0]?.line ?? 1,
      message:
        'a book review: its sections and the talks it mentions in passing are not read as talks',
      severity: 'warning',
    });
    reader.drafts.splice(0, reader.drafts.length);
  }
  const facts = meta.talks ?? {};
  const talks: Talk[] = [];
  /** Per talk, the group heading naming its conference, if any. */
  const conferences: (string | undefined)[] = [];
  const seen = new Map<string, number>();
  const nextNumber = new Map<string, number>();
  /** Ids and heading anchors: what a `talks:` key in the front matter may name. */
  const known = new Set<string>();
  const baseIds = reader.drafts.map((draft) => talkId(draft.title));
  // A schedule or list repeating talks that have their own heading may know their speaker, time
  // or links: what the heading does not say is taken from there.
  const repeats = repeatedTalks(reader.drafts, baseIds);
  for (const [index, heading] of repeats) fillFrom(heading, reader.drafts[index] as DraftTalk);
  // A heading that took its index row's full title takes the id of that title.
  reader.drafts.forEach((draft, index) => {
    if (draft.fullTitle === draft.title) baseIds[index] = talkId(draft.title);
  });
  for (const [index, draft] of reader.drafts.entries()) {
    if (untitled(draft)) {
      problems.push({
        file,
        line: draft.line,
        message: 'talk heading has no title',
        severity: 'warning',
      });
      continue;
    }
    const base = baseIds[index] as string;
    // A list repeating talks that have their own heading (a table of contents) adds nothing.
    if (repeats.has(index)) continue;
    const id = uniqueId(base, seen, nextNumber);
    if (id !== base) {
      problems.push({
        file,
        line: draft.line,
        message: `repeated heading "${draft.title}" (first on line ${seen.get(base)}): read as a second talk with id "${id}"`,
        severity: 'warning',
      });
    }
    seen.set(id, draft.line);
    known.add(id);
    if (draft.anchor) known.add(draft.anchor);
    const topic =
      [draft.anchor, ...draft.ids, id]
        .map((anchor) => reader.topicByAnchor.get(anchor))
        .find(Boolean) ?? draft.topic;
    talks.push(
      finishTalk(
        draft,
        id,
        eventId,
        topic,
        facts[id] ?? (draft.anchor ? facts[draft.anchor] : undefined),
        file,
      ),
    );
    conferences.push(draft.conference);
  }

  for (const key of Object.keys(facts)) {
    if (!known.has(key)) {
      problems.push({
        file,
        line: factLines.get(key) ?? 1,
        message: `front matter talks.${key} matches no talk heading (talk ids: ${talks
          .slice(0, 50)
          .map((t) => t.id)
          .join(', ')}${talks.length > 50 ? ', …' : ''})`,
      });
    }
  }

  const topics = reader.tocTopics.size > 0 ? reader.tocTopics : reader.groupTopics;
  const talkTopics = new Set(talks.map((talk) => talk.topic));
  const event: ConferenceEvent = {
    id: eventId,
    // A file that is one talk is titled by the talk: the event is named apart, or by the file.
    name: described
      ? (meta.event?.name ?? described.event ?? eventId)
      : (meta.event?.name ??
        conferenceKey(loose) ??
        dailyNoteEvent(meta.title ?? pageTitle, preamble) ??
        postEvent(dayless(meta.title ?? pageTitle), eventLine) ??
        // A post with no title at all: the conference its first lines name ("Just got back
        // from AWS Community Day Nordics 2025 in Stockholm!").
        ((meta.title ?? pageTitle) ? undefined : eventInText(preamble)) ??
        eventId),
    // `dates: 2025-04-02..2025-04-04` at the top level, as under `event:`.
    dates:
      meta.event?.dates ??
      (dates.start ? (dates.end ? `${dates.start}..${dates.end}` : dates.start) : undefined),
    author: meta.event?.author ?? meta.author,
    tags:
      typeof meta.tags === 'string' ? meta.tags.split(/[\s,]+/).filter(Boolean) : (meta.tags ?? []),
    source: meta.event?.source,
    ...opt('place', placeOf(loose, meta.title ?? pageTitle, opening) ?? whenWhere?.place),
    topics: [...topics].filter((topic) => talkTopics.has(topic)),
    file,
  };
  if (loose.synonyms !== undefined) {
    const read = readSynonyms(loose.synonyms, file, keyLines.get('synonyms') ?? 1);
    problems.push(...read.problems);
    if (Object.keys(read.synonyms).length > 0) event.synonyms = read.synonyms;
  }
  return {
    ...splitConferences(event, talks, conferences),
    talks,
    problems: problems.sort((a, b) => a.line - b.line),
    ...((meta.title ?? pageTitle) ? { titled: true } : {}),
    ...(draft ? { draft } : {}),
  };
}

/** "Notes", "Key takeaways", "Links": a section of one talk's notes, or of the post. */
function isTalkPart(name: string): boolean {
  return isSubsectionName(name) || isPostSection(name);
}

/** A title that only names a day ("# Day 1") or a kind ("# Keynotes") names no event: the file (or its folder) does. */
function dayless(title: string | undefined): string | undefined {
  return title && namesNoEvent(title) ? undefined : title;
}

function emptyEvent(id: string, file: string): ConferenceEvent {
  return { id, name: id, tags: [], topics: [], file };
}

/**
 * "keynote", then "keynote-2", "keynote-3": stable as long as the order of the talks is. `next`
 * keeps each id's next number to try (every smaller one is taken), so a heading repeated
 * thousands of times costs no more each time.
 */
function uniqueId(base: string, seen: Map<string, number>, next: Map<string, number>): string {
  if (!seen.has(base)) return base;
  let n = next.get(base) ?? 2;
  while (seen.has(`${base}-${n}`)) n++;
  next.set(base, n + 1);
  return `${base}-${n}`;
}

/**
 * The file's first heading titles the post, though other headings of its level follow: it has
 * nothing under it, and names an event of a year ("Devoxx 2025 – Team Notes").
 */
function postTitleAbove(sections: Section[]): boolean {
  const [first, next] = sections;
  return (
    first !== undefined &&
    next !== undefined &&
    first.depth === 1 &&
    next.depth === 1 &&
    first.children.length === 0 &&
    meaningful(first.body).every(isPropertyLines) &&
    /(?<!\d)(?:19|20)\d\d(?!\d)/.test(first.title)
  );
}

/**
 * "Created: April 9, 2025" / "Tags: conference, data" / "Owner: Kristin": a page's properties,
 * also as a table of two columns (`| Date | May 14, 2025 |`), and a Notion callout beside them
 * (`<aside>💡 Team notes…</aside>`).
 */
function isPropertyLines(node: MdNode): boolean {
  if (node.type === 'table') return node.children.every((row) => row.children.length === 2);
  if (node.type === 'html') return /^<\/?aside\b/i.test(node.value ?? '');
  return (
    node.type === 'paragraph' &&
    plainText(node)
      .split('\n')
      .every((line) => /^[\p{L}][\p{L} ]{0,24}:\s+\S/u.test(line))
  );
}
