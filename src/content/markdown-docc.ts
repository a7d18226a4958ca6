import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { lineAt } from './markdown-liquid.ts';

/**
 * Swift-DocC's directives, `@Metadata { @TitleHeading("Talk") }` under a page's title and
 * `@Options(scope: local)` on a line of their own: the page's settings, no text of it. Read as
 * Markdown they were the paragraph right under the title, where the talk's speaker stands.
 */
const OPEN = /^ {0,3}@[A-Z][A-Za-z]+(?:\([^)\n]*\))?\s*\{\s*$/;
const ALONE = /^ {0,3}@[A-Z][A-Za-z]+\([^)\n]*\)\s*$/;

export function doccDirectives(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'docc_directive', directive, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}

function directive(state: StateBlock, startLine: number, endLine: number, silent: boolean) {
  const first = (state.bMarks[startLine] as number) + (state.tShift[startLine] as number);
  // Cheapest first: nearly every line starts with something else than "@".
  if (state.src.charCodeAt(first) !== 0x40) return false;
  if ((state.sCount[startLine] as number) - state.blkIndent >= 4) return false;
  const line = lineAt(state, startLine);
  const open = OPEN.test(line);
  if (!open && !ALONE.test(line)) return false;
  if (silent) return true;
  // The block's braces, nested ones too, to the one that closes it (or the end of the file).
  let depth = open ? 1 : 0;
  let next = startLine + 1;
  for (; depth > 0 && next < endLine; next++) {
    const text = lineAt(state, next);
    depth += (text.match(/\{/g)?.length ?? 0) - (text.match(/\}/g)?.length ?? 0);
  }
  state.line = next;
  return true;
}
