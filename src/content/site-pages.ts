import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * Links a blog platform puts around a post: the author's profile and avatar, "Follow", the post's
 * tags ("[Conference](https://medium.com/tag/conference)"). They point at the site, never at a
 * talk: no talk is titled by one, and none is a talk's link.
 */
const SITE_PAGE =
  /^https?:\/\/[^/?#]+\/(?:@[^/?#]+\/?(?:[?#].*)?$|(?:@[^/?#]+\/)?(?:followers|following)\b|m\/signin\b|(?:tag|tags|topic|topics|category|categories)\/[^/?#]+\/?(?:[?#].*)?$)/i;

export const isSitePage = (url: string | undefined): boolean => SITE_PAGE.test(url ?? '');

/** "[![Priya Mehta](avatar.jpg)](profile)": a link whose only content is an image. */
export const imageOnlyLink = (link: MdNode): boolean =>
  link.children.length > 0 &&
  link.children.every(
    (child) => child.type === 'image' || (child.type === 'text' && !(child.value ?? '').trim()),
  );

/** "?source=post_page-----3f9a…": the query Medium adds to the links around a post. */
const CHROME_QUERY = /[?&]source=post_page\b/i;

/**
 * A paragraph of only the blog's own links ("[![Priya Mehta](…)](…)", "[Priya Mehta](…/@priya)",
 * "[Follow](…)", "[Conference](…/tag/conference)"): the page around the post, no notes.
 */
function chromeParagraph(node: MdNode): boolean {
  if (node.type !== 'paragraph') return false;
  let links = 0;
  for (const child of node.children) {
    if (child.type === 'link') {
      if (!(isSitePage(child.url) || imageOnlyLink(child) || CHROME_QUERY.test(child.url ?? '')))
        return false;
      links++;
    } else if (child.type === 'break') continue;
    else if (child.type !== 'text' || /[\p{L}\p{N}]/u.test(child.value ?? '')) return false;
  }
  return links > 0;
}

export const withoutSiteChrome = (nodes: MdNode[]): MdNode[] =>
  nodes.some(chromeParagraph) ? nodes.filter((node) => !chromeParagraph(node)) : nodes;

/** "7 min read", "Member-only story", "Listen", "Share": the lines a blog puts over a post. */
const HEAD_LINE = /^(?:\d{1,3} min(?:ute)? read|member-only story|published in)$/i;

/**
 * A heading whose first lines are the blog's head ("Published in …", "7 min read"): Medium's
 * subtitle over the byline and the introduction, not a talk.
 */
export function opensPost(body: MdNode[]): boolean {
  let seen = 0;
  for (const node of body) {
    if (node.type !== 'paragraph') continue;
    if (HEAD_LINE.test(plainText(node).trim())) return true;
    if (++seen >= 12) return false;
  }
  return false;
}

/**
 * "# talks-i-liked [![Awesome](…/badge.svg)](…) [![License: CC0](…)](…)": a page's title without
 * its badges, whose alt text is no word of it.
 */
export function titleWithoutBadges(heading: MdNode, title: string): string {
  const badge = (node: MdNode) =>
    node.type === 'image' || (node.type === 'link' && imageOnlyLink(node));
  if (!heading.children.some(badge)) return title;
  return plainText(heading.children.filter((node) => !badge(node))).trim();
}
