import type { ContentProblem } from '../model.ts';
import { withoutAdmonitionMarks } from './admonitions.ts';
import { asciidocAsMarkdown } from './asciidoc.ts';
import { bylineHeadings } from './byline-headings.ts';
import { definitionTalks } from './definition-talks.ts';
import { footnotesInPlace } from './footnotes.ts';
import { gluedBullets } from './glued-bullets.ts';
import { withoutComments, withoutDirectionMarks } from './hidden-text.ts';
import { MAX_LIST_ITEMS, MAX_NESTING, type MdNode, parseMarkdown } from './markdown.ts';
import { nameLinkHeadings } from './name-link-lines.ts';
import { indentedOutline } from './outline-text.ts';
import { pandocTitleBlock } from './pandoc-title.ts';
import { withoutPlaceholderTitles } from './placeholder-title.ts';
import { playlistHeadings } from './playlist-entries.ts';
import { unquoteTalks } from './quoted-talks.ts';
import { type ReadFrontMatter, readFrontMatter } from './read-front-matter.ts';
import { splitReplies } from './replies.ts';
import { withoutRoamMarks } from './roam-marks.ts';
import { buildSections, type Section, unwrapOutline } from './sections.ts';
import { withoutSiteChrome } from './site-pages.ts';
import { slotHeadings } from './slot-headings.ts';
import { videoLineHeadings } from './video-line-entries.ts';

/** A notes file read into its front matter and its tree of headings, before any talk is sought. */
export interface NotesTree extends ReadFrontMatter {
  /** The file's text, without a byte order mark or direction marks. */
  text: string;
  /** What stands above the first heading. */
  preamble: MdNode[];
  sections: Section[];
  /** The text of every heading, in order. */
  titles: string[];
  /** Replies pasted under the post (a Reddit thread): no notes of its last talk. */
  replies: MdNode[];
}

/**
 * The first step of reading a file: its front matter (or Pandoc title block), its Markdown with
 * every other syntax authors write turned into it, and its headings nested. Problems are added.
 */
export function readNotesTree(
  markdown: string,
  file: string,
  problems: ContentProblem[],
): NotesTree {
  const text = withoutDirectionMarks(
    markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown,
  );
  const front = readFrontMatter(text, file, problems);
  const { block, meta } = front;
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
          gluedBullets(
            indentedOutline(asciidocAsMarkdown(pandoc?.body ?? (block ? block.body : text))),
          ),
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
  const { nodes, replies } = splitReplies(withoutSiteChrome(md.nodes), text);
  const tree = buildSections(
    unwrapOutline(
      slotHeadings(
        videoLineHeadings(
          playlistHeadings(
            nameLinkHeadings(
              definitionTalks(unquoteTalks(bylineHeadings(footnotesInPlace(nodes)))),
            ),
          ),
        ),
      ),
    ),
  );
  return { ...front, text, ...tree, replies };
}
