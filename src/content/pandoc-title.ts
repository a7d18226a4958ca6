/**
 * Pandoc's title block: the first lines of a file with no front matter, `% Notes from Berlin
 * Buzzwords 2025`, then `% Henrik Larsen` (the authors) and `% June 2025` (the date). The first is
 * the post's title, as front matter's `title:` is, and the second its author; none is a note.
 * The body keeps its lines' numbers (the block's lines are left blank).
 */
export function pandocTitleBlock(
  markdown: string,
): { title: string; author?: string; body: string } | undefined {
  if (!markdown.startsWith('%')) return undefined;
  const lines = markdown.split('\n', 3);
  const title = FIELD_LINE.exec(lines[0] ?? '')?.[1];
  if (!title) return undefined;
  let cut = (lines[0] as string).length;
  let blank = '';
  const fields: string[] = [];
  // The authors and the date, when given: lines that start with "%" too.
  for (const line of lines.slice(1, 3)) {
    if (!line.startsWith('%')) break;
    cut += 1 + line.length;
    blank += '\n';
    fields.push(FIELD_LINE.exec(line)?.[1] ?? '');
  }
  const author = fields[0]?.replace(/\s*;\s*/g, ', ');
  const body = blank + markdown.slice(cut);
  return author ? { title, author, body } : { title, body };
}

const FIELD_LINE = /^%[ \t]+(\S.{0,200}?)[ \t]*\r?$/;
