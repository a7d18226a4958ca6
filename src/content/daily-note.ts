import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * A daily note (Obsidian, Logseq) is titled by its date ("Thu, 22 May 2025", "2025-05-22"); a
 * line at its top names the conference: "Context: [[SREflow 2025]], Ghent, day 2 of 2.",
 * "Event: …". That is the event, not the date.
 */
const DATE_TITLE =
  /^(?:\p{L}{2,9}\.?,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$/u;
const CONTEXT_LINE =
  /^(?:context|event|conference|conf|at|kontext|veranstaltung|konferenz|contexte|événement)\s*:\s*(?:\[\[)?([^\][,;.\n]{2,60}?)(?:\]\])?\s*(?:[,;.]|$)/imu;

/** "Wednesday, 24 July 2024", "Feb 9 2017", "2025-05-22": a title that is a date and nothing else. */
export const isDateTitle = (title: string): boolean => DATE_TITLE.test(title.trim());

export function dailyNoteEvent(title: string | undefined, preamble: MdNode[]): string | undefined {
  if (!title || !isDateTitle(title)) return undefined;
  for (const node of preamble.slice(0, 6)) {
    if (node.type !== 'paragraph') continue;
    const named = CONTEXT_LINE.exec(plainText(node));
    if (named?.[1] && /\p{Lu}|\d/u.test(named[1])) return named[1].trim();
  }
  return undefined;
}
