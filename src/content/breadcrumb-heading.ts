import type { MdNode } from './markdown.ts';
import type { Section } from './sections.ts';

/**
 * "## [Events](../README.md) > [Speakers](../speakers.md)" over a rule, then "# HolyJS": a
 * notes repository's navigation at the top of the file, links to its other pages joined by ">"
 * (or "›", "»", "/", "|"). It is no part of the post: the heading after it titles the file.
 */
export function withoutBreadcrumb(sections: Section[]): Section[] {
  const [first, ...rest] = sections;
  if (!first || rest.length === 0 || first.children.length > 0) return sections;
  if (!first.body.every((node) => node.type === 'thematicBreak' || node.type === 'html'))
    return sections;
  return linksJoined(first.heading.children) ? rest : sections;
}

/** Two links at least, and between them only the marks of a path. */
function linksJoined(children: MdNode[]): boolean {
  let links = 0;
  for (const [i, child] of children.entries()) {
    if (child.type === 'link') links++;
    else if (child.type !== 'text' || !SEPARATOR.test(child.value ?? '')) return false;
    // Each mark stands between two links, and the path ends with a link or a mark.
    else if (i === 0) return false;
  }
  return links >= 2;
}

const SEPARATOR = /^\s*(?:[>›»/|→·]|&gt;)\s*$/;
