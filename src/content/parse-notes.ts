import { slug as githubSlug } from 'github-slugger';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { ConferenceEvent, ContentProblem, Link, NoteNode, Speaker, Talk } from '../model.ts';
import { type FrontMatter, parseFrontMatter, type TalkFacts, toSpeaker } from './front-matter.ts';
import { buildSections, meaningful, type Section, tableOfContents } from './sections.ts';
import { buildSummary, type DraftNote } from './summary.ts';
import { type DraftTalk, draftTalk, speakerHeading } from './talk-body.ts';

export interface ParsedNotes {
  event: ConferenceEvent;
  talks: Talk[];
  problems: ContentProblem[];
}

/** Sections that are about the post, not a talk: skipped with everything under them. */
const NOT_A_TALK =
  /^(conclusions?|summary|summaries|resources|references|further reading|links|useful links|about( me| the author)?|introduction|intro|overview|table of contents|contents|toc|wrap[- ]?up|final thoughts|closing thoughts|thanks|acknowledge?ments|updates?|tl;?dr|comments|disclaimer)$/i;
/** Headings that group talks without naming a topic ("Talks", "Day 2", "Raw Notes"). */
const PLAIN_GROUP =
  /^(talks|sessions|presentations|(raw |session |talk |my )?notes|day \d+\b.*|(mon|tues|wednes|thurs|fri|satur|sun)day\b.*)$/i;

function headingName(title: string): string {
  return title.replace(/[:\s]+$/, '').replace(/^[^\p{L}\p{N}]+/u, '');
}

export function parseNotes(markdown: string, file: string, eventId: string): ParsedNotes {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
  const problems: ContentProblem[] = [];
  let meta: FrontMatter = {};
  let factLines = new Map<string, number>();
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const parsed = parseFrontMatter(first.value, file, (first.position?.start.line ?? 1) + 1);
    meta = parsed.data;
    factLines = parsed.talkLines;
    problems.push(...parsed.problems);
  }

  let { preamble, sections } = buildSections(tree.children.filter((n) => n.type !== 'yaml'));
  let pageTitle: string | undefined;
  const [only] = sections;
  if (sections.length === 1 && only?.depth === 1) {
    pageTitle = only.title;
    preamble = [...preamble, ...only.body];
    sections = only.children;
  }

  const topicByAnchor = new Map<string, string>();
  const tocTopics: string[] = [];
  const recordToc = (entries: ReturnType<typeof tableOfContents>, heading?: string) => {
    for (const entry of entries ?? []) {
      const topic = entry.group ?? (heading && !NOT_A_TALK.test(heading) ? heading : undefined);
      if (!topic) continue;
      topicByAnchor.set(entry.anchor, topic);
      if (!tocTopics.includes(topic)) tocTopics.push(topic);
    }
  };
  recordToc(tableOfContents(preamble));

  const drafts: DraftTalk[] = [];
  const groupTopics: string[] = [];
  const visit = (section: Section, topic: string | undefined) => {
    const name = headingName(section.title);
    const toc = tableOfContents(section.body);
    if (toc) {
      recordToc(toc, name);
      for (const child of section.children) visit(child, topic);
      return;
    }
    if (NOT_A_TALK.test(name)) return;
    if (PLAIN_GROUP.test(name)) {
      for (const child of section.children) visit(child, topic);
      return;
    }
    if (isGroup(section)) {
      if (!groupTopics.includes(name)) groupTopics.push(name);
      for (const child of section.children) visit(child, name);
      return;
    }
    drafts.push(draftTalk(section, topic, file, problems));
  };
  for (const section of sections) visit(section, undefined);

  const facts = meta.talks ?? {};
  const talks: Talk[] = [];
  const seen = new Map<string, number>();
  /** Ids and heading anchors: what a `talks:` key in the front matter may name. */
  const known = new Set<string>();
  for (const draft of drafts) {
    if (draft.title === '') {
      problems.push({ file, line: draft.line, message: 'talk heading has no title' });
      continue;
    }
    const id = talkId(draft.title);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: draft.line,
        message: `duplicate talk id "${id}" (first used on line ${earlier}); give the talks different titles`,
      });
      continue;
    }
    seen.set(id, draft.line);
    known.add(id).add(draft.anchor);
    const topic = topicByAnchor.get(draft.anchor) ?? topicByAnchor.get(id) ?? draft.topic;
    talks.push(finishTalk(draft, id, eventId, topic, facts[id] ?? facts[draft.anchor], file));
  }

  for (const key of Object.keys(facts)) {
    if (!known.has(key)) {
      problems.push({
        file,
        line: factLines.get(key) ?? 1,
        message: `front matter talks.${key} matches no talk heading (talk ids: ${talks.map((t) => t.id).join(', ')})`,
      });
    }
  }

  const topics = tocTopics.length > 0 ? tocTopics : groupTopics;
  const event: ConferenceEvent = {
    id: eventId,
    name: meta.event?.name ?? meta.title ?? pageTitle ?? eventId,
    dates: meta.event?.dates,
    author: meta.event?.author ?? meta.author,
    tags:
      typeof meta.tags === 'string' ? meta.tags.split(/[\s,]+/).filter(Boolean) : (meta.tags ?? []),
    source: meta.event?.source,
    topics: topics.filter((topic) => talks.some((talk) => talk.topic === topic)),
    file,
  };
  return { event, talks, problems: problems.sort((a, b) => a.line - b.line) };
}

/** Stable id: the slug of the title, short enough for button values and custom ids. */
export function talkId(title: string): string {
  return githubSlug(title).replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
}

/**
 * A heading that only groups others: nothing but prose (no bullet notes) above deeper headings
 * that are not a speaker line.
 */
function isGroup(section: Section): boolean {
  if (section.children.length === 0) return false;
  const content = meaningful(section.body);
  if (content.some((node) => node.type !== 'paragraph')) return false;
  const [firstChild] = section.children;
  return !firstChild || speakerHeading(firstChild) === undefined;
}

function finishTalk(
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
  addFact('description', facts?.description, 'Description');
  addFact('slides', facts?.slides, 'Slides');
  addFact('video', facts?.video, 'Video');

  let speakers: Speaker[] = facts?.speakers?.map(toSpeaker) ?? draft.speakers;
  if (speakers.length === 0 && draft.company) speakers = [{ company: draft.company }];

  const talk: Talk = {
    id,
    event: eventId,
    title: draft.title,
    speakers,
    links,
    notes: draft.notes.map(stripDraft),
    summary: buildSummary(draft.notes),
    source: { file, line: draft.line },
  };
  if (facts?.official_title && facts.official_title !== draft.title) {
    talk.officialTitle = facts.official_title;
  }
  if (topic) talk.topic = topic;
  if (facts?.date) talk.date = facts.date;
  if (facts?.time) talk.time = facts.time;
  if (facts?.track) talk.track = facts.track;
  return talk;
}

function stripDraft(note: DraftNote): NoteNode {
  return { text: note.text, children: note.children.map(stripDraft) };
}
