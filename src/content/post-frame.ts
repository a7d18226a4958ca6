import { withoutBreadcrumb } from './breadcrumb-heading.ts';
import { withoutEndParts } from './end-parts.ts';
import { talkOfPage } from './file-title.ts';
import type { FrontMatter } from './front-matter.ts';
import { namedAsFile } from './headingless-talk.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { withMisleveledParts } from './misleveled-parts.ts';
import { talkOfOpening } from './opening-talk.ts';
import { withoutClosing } from './post-closing.ts';
import { meaningful, type Section } from './sections.ts';
import { titleWithoutBadges } from './site-pages.ts';
import { oneTalk } from './talk-evidence.ts';
import { talkOfFileParts } from './talk-file.ts';
import { soleTitle, titleOverTalks } from './title-over-talks.ts';
import { talkOfToldParts } from './told-parts.ts';

/** A post's headings as its talks are sought in them: the post's own title and closing set apart. */
export interface PostFrame {
  preamble: MdNode[];
  sections: Section[];
  /** The heading that titles the post, where the file has one (not its front matter's title). */
  pageTitle?: string;
  /** What stands under that title where it is the first of several headings of its level. */
  titleBody: MdNode[];
  /** The event as a one-talk file names it (`**Event:** …`): as written. */
  eventLine?: string;
}

/**
 * Which heading titles the post, and whether the file is one talk: "# Loop Better by Ann Berg"
 * over "## for loops" is one talk, its parts; "# Devoxx 2025 – Team Notes" over "# Day 1" titles
 * the post. The post's closing and end parts ("## Conclusion", "## Links") go.
 */
export function framePost(
  tree: { preamble: MdNode[]; sections: Section[]; titles: string[] },
  meta: FrontMatter,
  file: string,
  eventId: string,
): PostFrame {
  let { preamble } = tree;
  // "## [Events](…) > [Speakers](…)" first: the repository's navigation, not the post's title.
  let sections = withoutBreadcrumb(tree.sections);
  let pageTitle: string | undefined;
  let titleBody: MdNode[] = [];
  let eventLine: string | undefined;
  let one = false;
  const [only] = sections;
  const named = meta.title ? undefined : talkOfPage(file, preamble, sections);
  const whole = named ? undefined : talkOfFileParts(preamble, sections, tree.titles);
  // `keynote1.md`: "Katrina Riehl" over her company in the opening, then the talk's sections.
  const opened =
    meta.title || named || whole ? undefined : talkOfOpening(file, preamble, sections, tree.titles);
  // A post titled by its one talk, whose headings its first lines call the talk's parts.
  const told = meta.title && !named && !whole ? talkOfToldParts(meta.title, sections) : undefined;
  if (told) {
    // The post's opening is the talk's own (its first notes), as under a talk's title.
    sections = [{ ...told, body: preamble }];
    preamble = [];
    one = true;
  } else if (titleAboveHigherTalks(sections)) {
    // "## Front Trends 2017" over "### May 24 - 26, Warsaw" and the author's opening, then the
    // talks as "# Name: Title": a heading deeper than all that follow cannot be one of them.
    pageTitle = only && titleWithoutBadges(only.heading, only.title);
    preamble = [
      ...preamble,
      ...(only?.body ?? []),
      ...(only?.children ?? []).flatMap((child) => [child.heading, ...child.body]),
    ];
    sections = sections.slice(1);
  } else if (postTitleAbove(sections)) {
    // "# CloudNative Days Nordics 2025 – Team Notes" over "# Day 1", "# Day 2" (a Google Docs
    // export): the first heading, with nothing under it, titles the post.
    pageTitle = only && titleWithoutBadges(only.heading, only.title);
    // Its properties ("Location: Bergen") are read for the event.
    titleBody = only?.body ?? [];
    sections = sections.slice(1);
  } else if (whole) {
    // "# Loop Better by Ann Berg" over "## for loops", "## Iterators": one talk, its parts.
    sections = [whole];
    one = true;
  } else if (opened) {
    sections = [opened];
    preamble = [];
    one = true;
  } else if (named) {
    // "Event storming in a bank.md": `Speaker:: Piet Jansen` over the notes, no heading.
    sections = [named.section];
    preamble = [];
    one = true;
    pageTitle = eventLine = named.event;
  } else if (only && (soleTitle(sections) || titleOverTalks(sections, eventId))) {
    const talk = sections.length === 1 ? (oneTalk(only) ?? namedAsFile(only, file)) : undefined;
    one = talk !== undefined;
    if (talk) pageTitle = eventLine = talk.event;
    else {
      pageTitle = titleWithoutBadges(only.heading, only.title);
      preamble = [...preamble, ...only.body];
      sections = [...only.children, ...sections.slice(1)];
    }
  }
  sections = withoutEndParts(withoutClosing(withMisleveledParts(sections)));
  // "## Ranking and Relevance" among the parts of a file that is one talk: a part all the same.
  const [talk] = sections;
  if (talk && one && sections.length === 1) talk.whole = true;
  return { preamble, sections, pageTitle, titleBody, eventLine };
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
 * The file's first heading names an event of a year, and every heading after it at the top is of
 * a higher level ("## Front Trends 2017", then "# Maciej Cegłowski: Legends of the ancient web"):
 * the post's title, written a level down. Its sub-headings have no parts of their own.
 */
function titleAboveHigherTalks(sections: Section[]): boolean {
  const [first, ...rest] = sections;
  return (
    first !== undefined &&
    rest.length > 0 &&
    rest.every((section) => section.depth < first.depth) &&
    first.children.every((child) => child.children.length === 0) &&
    /(?<!\d)(?:19|20)\d\d(?!\d)/.test(first.title) &&
    !/\bby\s/i.test(first.title)
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
