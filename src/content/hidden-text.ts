/*
 * What a notes file holds that its reader never sees, taken out before the Markdown is parsed.
 */

/**
 * "%% ask Aylin about the KMS costs %%": an Obsidian comment, which the note's reader never sees.
 * Its lines stay as blank lines, so the lines after it keep their numbers.
 */
export function withoutComments(markdown: string): string {
  if (!markdown.includes('%%')) return markdown;
  return markdown.replace(/(?<=^|\s)%%[\s\S]{1,4000}?%%(?=\s|$)/g, (comment) =>
    comment.replace(/[^\n]/g, ''),
  );
}

/**
 * "شركة \u200eQalam Labs\u200e": marks that set the direction of Latin words in right-to-left text.
 * They are invisible, and no part of a name, a title or a note.
 */
const DIRECTION_MARK = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
export const withoutDirectionMarks = (text: string): string =>
  DIRECTION_MARK.test(text) ? text.replace(new RegExp(DIRECTION_MARK, 'g'), '') : text;
