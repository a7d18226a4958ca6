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

/**
 * `#Queues without pain`: one mark, then a title of words (a capital first, or a script without
 * case), with no other `#tag` on the line. An Obsidian tag is one word (`#kubecon`) or lower case
 * (`#todo check the slides`). Read as a heading only where the post writes two such lines or
 * opens with one: where it clearly heads its notes so.
 */
const ONE_UNSPACED = /^#(?=\p{Lu}|\p{Lo}|[“"'(]\p{L})(?=\S+\s+\S)(?!.*\s#[^\s#])/u;

export function atxSpace(md: MarkdownIt): void {
  md.core.ruler.after('normalize', 'atx_space', (state) => {
    if (!/(?:^|\n)#+[^#\s]/.test(state.src)) return;
    const lines = state.src.split('\n');
    let fence: string | undefined;
    const single: number[] = [];
    let first = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const mark = FENCE.exec(line)?.[1];
      if (fence) {
        if (mark?.startsWith(fence)) fence = undefined;
        continue;
      }
      if (first === -1 && line.trim() !== '') first = i;
      if (mark) fence = mark.slice(0, 3);
      else if (UNSPACED.test(line) && !sentence(line)) lines[i] = line.replace(UNSPACED, '$1 ');
      else if (ONE_UNSPACED.test(line) && !sentence(line)) single.push(i);
    }
    if (single.length >= 2 || (single.length === 1 && single[0] === first))
      for (const i of single) lines[i] = `# ${(lines[i] ?? '').slice(1)}`;
    state.src = lines.join('\n');
  });
}
