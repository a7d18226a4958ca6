import { eventDates, validDate } from './day-date.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * "> 2026-04-23 09:00 - 16:50 @ Pier Nine Hall, Rotterdam", "📅 23.04.2026 | 📍 Kraków",
 * "April 23, 2026 · Lisbon": a line of the post's opening (a paragraph or a quote) that says when
 * and where, with no label. Its date is the event's, its last part the place; it is no talk.
 */
const WHEN_WHERE =
  /^[^\p{L}\p{N}]{0,6}(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\.?\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2}(?:\s*[–—-]\s*\d{1,2})?,?\s+\d{4})(?:\s*[,·•|]?\s+(?:from\s+)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[-–—~]|to)\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?)?\s*(?:@|\||·|•|📍|\s\bat\s)\s*(?:📍\s*)?([\p{Lu}\p{N}][^\n@|]{1,78})$/u;

export interface WhenWhere {
  start: string;
  year: number;
  place: string;
}

/** The first such line among the opening's first nodes, if there is one. */
export function whenWhereLine(opening: MdNode[]): WhenWhere | undefined {
  for (const node of opening.slice(0, 6)) {
    const paragraph = node.type === 'blockquote' ? node.children[0] : node;
    if (paragraph?.type !== 'paragraph') continue;
    const text = plainText(paragraph).trim();
    if (text.length > 140 || text.includes('\n') || !/\d{4}/.test(text)) continue;
    const found = WHEN_WHERE.exec(text);
    const date = found?.[1] && dayOfLine(found[1]);
    const place = found?.[2]?.trim().replace(/[.!]$/, '');
    if (date && place) return { ...date, place };
  }
  return undefined;
}

/** "2026-04-23", "23.04.2026" (day first), "23 April 2026", "April 23, 2026". */
function dayOfLine(text: string): { start: string; year: number } | undefined {
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (dotted) {
    const start = validDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    return start ? { start, year: Number(dotted[3]) } : undefined;
  }
  const read = eventDates(text);
  return read.start && read.year !== undefined ? { start: read.start, year: read.year } : undefined;
}
