import type { MdNode } from './markdown-tree.ts';

/**
 * A line of inline HTML that shows nothing, alone on its line: a break (`<br/>`), a named anchor
 * (`<a name="day-2"></a>`, `<span id="x"></span>`), a non-breaking space. CommonMark starts an
 * HTML block at such a line and keeps every line up to the next blank one in it, so the heading
 * an author put under `<br/>` (for space on the page) was markup, and its talk was lost.
 */
const EMPTY_INLINE =
  /^[ \t]{0,3}(?:<br\s*\/?>|<(a|span)\s[^<>]{0,200}?(?:\/>|>\s*<\/\1>)|&nbsp;|\s)+[ \t]*$/i;

/**
 * The Markdown an HTML block holds after its first lines of empty inline tags, read as Markdown
 * (`read` on lines counted from `line`), or `undefined` when it starts with anything else.
 */
export function afterEmptyTags(
  html: string,
  line: number,
  read: (markdown: string, lineOffset: number) => MdNode[],
): MdNode[] | undefined {
  const lines = html.replace(/\n$/, '').split('\n');
  let skip = 0;
  while (skip < lines.length && EMPTY_INLINE.test(lines[skip] ?? '')) skip++;
  if (skip === 0) return undefined;
  if (skip === lines.length) return [];
  // `line` is the block's first line; `read` numbers its lines from the one after `lineOffset`.
  return read(lines.slice(skip).join('\n'), line + skip - 1);
}
