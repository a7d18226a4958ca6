import type { ContentProblem } from '../model.ts';
import { reviewsABook } from './book-review.ts';
import { dropEventQuestions } from './closing-headings.ts';
import { commaCompanyPairs, readCommaCompanies, readCommaCompanyLines } from './comma-companies.ts';
import type { EventDates } from './day-date.ts';
import { draftMetaTalk, type MetaTalk, metaTalk, titledMeta } from './front-matter-talk.ts';
import { nameHandles } from './handle-names.ts';
import { postUsesOnSpeakers } from './heading-speakers.ts';
import {
  postNamesFirst,
  postNamesSpeakers,
  postUsesDashSpeakers,
  readNamesFirst,
} from './heading-votes.ts';
import { listedDrafts, listedTalks } from './listed-talks.ts';
import type { NotesTree } from './notes-tree.ts';
import { titleOwnTalks } from './own-talk-title.ts';
import { ownTalksPage } from './own-talks-page.ts';
import { titlesUnderPeople } from './person-over-title.ts';
import { personTitledTalks } from './person-titled.ts';
import type { PostFrame } from './post-frame.ts';
import { linkSections } from './post-parts.ts';
import { linkMentions } from './replies.ts';
import { mergeSameTalks } from './same-talk.ts';
import { headingName, isPostSection, isSubsectionName } from './section-names.ts';
import { ShapeReader } from './shapes.ts';
import { dropSocialEvents } from './social-events.ts';
import { mergeBios } from './speaker-bios.ts';
import { dropStorySections } from './story-sections.ts';
import { storyTalks } from './story-talks.ts';
import { talkToldInProse } from './talk-in-prose.ts';
import { onTitleDay } from './title-day.ts';
import { tidyTitles } from './title-tails.ts';
import { postUsesWithSpeakers } from './with-speaker.ts';

/**
 * The talks of a post as drafts, in the shape its author gave it (see `shapes.ts`), then read
 * across the post: bios, the same talk twice, a schedule in the front matter, or a front matter
 * that describes the one talk the file is (`described`). Problems are added.
 */
export function postDrafts(
  tree: NotesTree,
  post: PostFrame,
  dates: EventDates,
  file: string,
  problems: ContentProblem[],
): { reader: ShapeReader; described: MetaTalk | undefined } {
  const { meta, block, titles, text } = tree;
  const { preamble, sections, pageTitle } = post;
  const loose = meta as Record<string, unknown>;
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
  // "Field Museum" over the opening night party: the day's social event, no talk.
  dropSocialEvents(reader.drafts, file, read);
  // "The backstage build up" over the author's morning at the conference: no talk either.
  dropStorySections(reader.drafts, file, read, meta.title ?? pageTitle);
  // "What's All Day DevOps?" in a post titled by All Day DevOps: the event told, no talk.
  dropEventQuestions(reader.drafts, file, read, meta.title ?? pageTitle);
  tidyTitles(reader.drafts, meta.title ?? pageTitle);
  // "### 自分の Lightning Talks" over "「World Wide Love」というテーマで…": the author's talk, by its title.
  titleOwnTalks(reader.drafts);
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
  // "### by [@j3foley](…)" over "Jillian Foley talks about…": the handle's person, by name.
  nameHandles(reader.drafts);
  // "- [Peter Ullmann](…)" over "  - What is an MCP…": the person's talk, titled by the line.
  titlesUnderPeople(reader.drafts);
  // A reply under the post, a "Links mentioned" section: links to a talk its words name.
  const mentions = [...tree.replies, ...linkSections(sections)];
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
    const line = tree.keyLines.get('title') ?? 1;
    const context = { dates };
    reader.drafts.splice(0, reader.drafts.length);
    reader.drafts.push(
      draftMetaTalk(described, { preamble, sections }, line, context, file, problems),
    );
  } else if (reader.drafts.length === 0 && !parts) {
    // A day told as a story: the talks its running text names plainly.
    const told = storyTalks(preamble, sections, { dates }, meta.title ?? pageTitle, file, problems);
    reader.drafts.push(...told);
    problems.push(...read);
    onTitleDay(reader.drafts, meta.title ?? pageTitle, dates);
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
  return { reader, described };
}

/** "Notes", "Key takeaways", "Links": a section of one talk's notes, or of the post. */
function isTalkPart(name: string): boolean {
  return isSubsectionName(name) || isPostSection(name);
}
