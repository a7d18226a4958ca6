/**
 * "-[Jane Roe](https://…) — Title": a bullet its author wrote without the blank after the dash,
 * which Markdown reads as a paragraph of its own, its dash a word. A line that starts with `-`
 * or `+` right before a link is given its blank, outside code fences. `*[Slides](…)*` is an
 * italic link, and `-[ ] to do` has no link after the bracket: both stay as they are.
 */
export function gluedBullets(markdown: string): string {
  if (!GLUED.test(markdown)) return markdown;
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const mark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (mark && (!fence || mark.startsWith(fence))) fence = fence ? undefined : mark.slice(0, 3);
      return fence || mark ? line : line.replace(LINE, '$1$2 [');
    })
    .join('\n');
}

/** A glued bullet before a link of one line: `-[words](`. */
const LINE = /^([ \t]*)([-+])\[(?=[^\]\n]{1,300}\]\()/;
const GLUED = /(?:^|\n)[ \t]*[-+]\[[^\]\n]{1,300}\]\(/;
