import type MarkdownIt from 'markdown-it';

/**
 * `##Boosting your kubectl productivity`: a heading without the space CommonMark wants after its
 * marks, as GitHub rendered it until 2017 and many notes still write it. Two marks or more then a
 * letter or digit is read as a heading (one mark is an Obsidian tag, `#kubecon`); code fences and
 * indented code are left alone.
 */
const UNSPACED = /^(#{2,6})(?=[\p{L}\p{N}*_[(“"'])/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * `##The who So there were quite a few speakers…, some which I want to mention.`: a paragraph
 * glued to its marks (a lost line break) is no heading; a title is rarely a long sentence.
 */
function sentence(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words > 20 || (words > 12 && /[.!?]\s*$/.test(line));
}

export function atxSpace(md: MarkdownIt): void {
  md.core.ruler.after('normalize', 'atx_space', (state) => {
    if (!/(?:^|\n)##+[^#\s]/.test(state.src)) return;
    const lines = state.src.split('\n');
    let fence: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const mark = FENCE.exec(line)?.[1];
      if (fence) {
        if (mark?.startsWith(fence)) fence = undefined;
        continue;
      }
      if (mark) fence = mark.slice(0, 3);
      else if (UNSPACED.test(line) && !sentence(line)) lines[i] = line.replace(UNSPACED, '$1 ');
    }
    state.src = lines.join('\n');
  });
}
