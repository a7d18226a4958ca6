import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { isProfileLink } from './profile-links.ts';

/**
 * "by [jennz0r](https://twitter.com/mybluewristband)" first under a talk's heading: the speaker
 * by the handle their profile link shows, written in lower case or with digits as handles are
 * (a name in capitals is `speakerLine`'s). Returns the speaker and the body without the line.
 */
export function handleByline(
  body: MdNode[],
  content: MdNode[],
): { speaker: Speaker; rest: MdNode[] } | undefined {
  const [first] = content;
  if (first?.type !== 'paragraph' || first.children.length > 3) return undefined;
  const [by, link, ...after] = first.children;
  if (by?.type !== 'text' || link?.type !== 'link' || !/^\s*by\s+$/i.test(by.value ?? ''))
    return undefined;
  if (after.some((node) => node.type !== 'text' || (node.value ?? '').trim() !== ''))
    return undefined;
  const handle = plainText(link.children).trim().replace(/^@/, '');
  if (!/^[\w.-]{2,40}$/.test(handle) || !isProfileLink(link, [])) return undefined;
  return { speaker: { name: `@${handle}` }, rest: body.filter((node) => node !== first) };
}
