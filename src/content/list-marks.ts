import type { MdNode } from './markdown.ts';
import { timeLead } from './talk-lead.ts';

/**
 * Cheap marks of a list of talks read before its items are: a live log's timed lines, a line
 * that may name a speaker, and a log line's links.
 */

/** "slides https://…" in a log's line: the link is the talk's, no word of its notes. */
export const LOGGED_LINK =
  /(?:\b(?:slides?|deck|video|recording)\s*:?\s*)?https?:\/\/\S+|\b(?:slides?|deck|video|recording)\s*:?\s*$/gi;

/** Two of three items at least start with a time of day, and three at least: a live log. */
export function isTimedLog(list: MdNode): boolean {
  const items = list.children.length;
  if (items < 3) return false;
  let timed = 0;
  for (const item of list.children) {
    const paragraph = item.children[0];
    const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    // Only a line that starts with a digit is looked at further.
    if (
      first?.type === 'text' &&
      /^\s*\d/.test(first.value ?? '') &&
      timeLead(paragraph?.children ?? [])
    )
      timed++;
  }
  return timed * 3 >= items * 2;
}

export function contains(node: MdNode, target: MdNode): boolean {
  return node.children.some((child) => child === target || contains(child, target));
}

const SPEAKER_MARK = /\s[—–-]{1,2}\s|\sby\s|\(/;
/** "「Title」— 小林 大輔": a dash right after a title's closing bracket too. */
const BRACKET_DASH = /[」』》][—–]/;

export function mayNameSpeaker(node: MdNode): boolean {
  if (node.type === 'text') {
    const value = node.value ?? '';
    return SPEAKER_MARK.test(value) || (/[」』》]/.test(value) && BRACKET_DASH.test(value));
  }
  return node.children.some(mayNameSpeaker);
}
