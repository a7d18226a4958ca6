import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * A section that is only a legend of the author's marks: "■ must watch" / "■ worth a look",
 * "🟢 = great" / "🔴 = skip", "★★★ loved it" (a line or a list item each, a short label after a
 * mark of symbols only), maybe after a short line that says so ("Legend:"). It explains the
 * marks of a chart or of the talks' ratings; it is no talk. A talk's notes in full sentences, or
 * bullets that start with words, are no legend.
 */
export function isLegend(body: MdNode[]): boolean {
  const lines: string[] = [];
  for (const node of body) {
    if (node.type === 'paragraph')
      lines.push(...splitLines(node.children).map((line) => plainText(line).trim()));
    else if (node.type === 'list')
      lines.push(...node.children.map((item) => plainText(item.children).trim()));
    else if (node.type !== 'thematicBreak') return false;
  }
  const marks = lines.filter(Boolean);
  // "Legend:", "How to read the chart:": a short lead that ends with a colon.
  if (marks[0] && /^[^\n]{1,60}[:：]$/u.test(marks[0])) marks.shift();
  return marks.length >= 2 && marks.every((line) => LEGEND_LINE.test(line));
}

/** A mark of one to five symbols (no letters, digits or dashes), maybe `=` or `:`, a short label. */
const LEGEND_LINE =
  /^(?:[\p{So}\p{Sk}■□▪▫●○◆◇▲△▼▽★☆✓✔✗✘✕♥♡]\uFE0F?){1,5}\s*(?:[=:–—]\s*)?[^\s=:–—][^\n]{0,40}$/u;
