import type { Section } from './sections.ts';

/**
 * "# normConf 2022" over the talks as `##`, then "# Things to Google" (or "# Links") closing the
 * post: the first heading titles the post though others of its level follow, for it holds the
 * talks and names the event — it is the file's own name ("normconf-2022.md"), or it has a year
 * and more talks under it than headings of its level after it — and those after it hold none.
 * Read so, they are the post's own sections, and the title is no topic of every talk.
 */
export function titleOverTalks(sections: Section[], eventId: string): boolean {
  const [first, ...rest] = sections;
  if (!first || first.depth !== 1 || first.children.length === 0 || rest.length === 0) return false;
  if (!rest.every((section) => section.depth === 1 && section.children.length === 0)) return false;
  if (slug(first.title) === slug(eventId)) return true;
  return YEAR.test(first.title) && first.children.length > rest.length;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
