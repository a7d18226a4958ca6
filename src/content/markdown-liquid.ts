import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/**
 * Jekyll's and Octopress's code blocks, `{% highlight bash %}` … `{% endhighlight %}` and
 * `{% codeblock %}` … `{% endcodeblock %}`: code, as a fence is. Read as Markdown, a shell
 * comment in one (`# then scrape it`) became a heading, and so a talk.
 */
export const LIQUID_CODE = /^ {0,3}\{%-?\s*(end)?(highlight|codeblock)\b([^%\n]*)-?%\}\s*$/i;

export function liquidCode(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'liquid_code', liquidBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}

export function lineAt(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] as number, state.eMarks[line] as number);
}

function liquidBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean) {
  const first = (state.bMarks[startLine] as number) + (state.tShift[startLine] as number);
  // Cheapest first: nearly every line starts with something else than "{%".
  if (state.src.charCodeAt(first) !== 0x7b || state.src.charCodeAt(first + 1) !== 0x25)
    return false;
  if ((state.sCount[startLine] as number) - state.blkIndent >= 4) return false;
  const open = LIQUID_CODE.exec(lineAt(state, startLine));
  if (!open || open[1] || !open[2]) return false;
  if (silent) return true;
  const tag = open[2].toLowerCase();
  // As a fence does, a block never closed runs to the end: one pass, whatever the file holds.
  let next = startLine + 1;
  for (; next < endLine; next++) {
    const close = LIQUID_CODE.exec(lineAt(state, next));
    if (close?.[1] && close[2]?.toLowerCase() === tag) break;
  }
  const token = state.push('fence', 'code', 0);
  // `{% highlight ruby linenos %}`: the language is the first word.
  token.info = (open[3] ?? '').trim().split(/\s+/)[0] ?? '';
  token.content = state.getLines(startLine + 1, next, state.sCount[startLine] as number, true);
  token.markup = '```';
  token.map = [startLine, Math.min(next + 1, endLine)];
  state.line = Math.min(next + 1, endLine);
  return true;
}
