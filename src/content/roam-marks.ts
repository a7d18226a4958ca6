/**
 * Roam Research's marks in an exported page, as its reader sees them: `{{[[TODO]]}} try it` is
 * the author's to-do (`[ ] try it`), `{{[[DONE]]}}` a done one; `{{[[youtube]]: https://…}}` (also
 * `{{video: …}}`) the address it plays; `^^highlighted^^` the words; a block reference
 * (`((a1b2c3d4e))`), which the export leaves unresolved, nothing. Lengths and lines are kept
 * where they matter: only marks on one line are read.
 */
export function withoutRoamMarks(markdown: string): string {
  if (!markdown.includes('{{') && !markdown.includes('((') && !markdown.includes('^^'))
    return markdown;
  return markdown
    .replace(/\{\{\s*\[\[(TODO|DONE)\]\]\s*\}\}[ \t]*/g, (_, state: string) =>
      state === 'TODO' ? '[ ] ' : '[x] ',
    )
    .replace(
      /\{\{\s*(?:\[\[)?(?:youtube|video|vimeo|pdf|iframe)(?:\]\])?\s*:\s*(https?:\/\/[^\s{}]{1,2000})\s*\}\}/gi,
      '$1',
    )
    .replace(/(?<=^|[ \t])\(\([\w-]{9}\)\)(?=[ \t]*$|[ \t])/gm, '')
    .replace(/\^\^(?=\S)([^\n^]{1,500}?)(?<=\S)\^\^/g, '$1');
}
