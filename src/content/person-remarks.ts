import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { possessiveTalk } from './possessive-talk.ts';

/**
 * "- Maren Aasen's talk on Memory Arenas" beside "- Kelvin Osei – great point about allocation":
 * in a list naming talks by their person's possessive, a person, a dash and a remark in small
 * letters is what someone said of that talk (a question, a point from the floor), no talk.
 */
export function personRemark(line: string, speakers: Speaker[]): boolean {
  const name = speakers.length === 1 ? speakers[0]?.name : undefined;
  return !!name && line.startsWith(name) && REMARK.test(line.slice(name.length));
}

const REMARK = /^\s*[–—-]\s+\p{Ll}/u;

/** Whether an item of the list names a talk by its person's possessive. */
export function possessiveList(list: MdNode): boolean {
  return list.children.some((item) => {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') return false;
    const line = plainText(paragraph).split('\n')[0] ?? '';
    return /['’]s?\s/.test(line) && possessiveTalk(line) !== undefined;
  });
}
