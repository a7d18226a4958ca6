import { parseSpeakerText } from './speaker-names.ts';

/**
 * Notes typed as plain text, with no Markdown at all: a line at the margin for each talk
 * (`Deterministic simulation testing (Joran Dirk Greef, TigerBeetle)`) over its notes indented
 * below it. Markdown reads the two as one paragraph; here each such line is a `##` heading and its
 * notes lose their indent (four spaces would make them code). Read only in a file with no Markdown
 * heading, where two such lines or more name a speaker in parentheses; other lines over indented
 * notes ("Lunch (sponsored by …)", "Closing thoughts") become headings too, read as any heading
 * is. Lines keep their numbers.
 */
export function indentedOutline(text: string): string {
  if (!text.includes('\n  ') && !text.includes('\n\t')) return text;
  if (MARKDOWN_HEADING.test(text)) return text;
  const lines = text.split('\n');
  const heads: number[] = [];
  let named = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    const above = i === 0 ? '' : (lines[i - 1] as string);
    if (above.trim() !== '' || !HEAD.test(line) || !INDENTED.test(lines[i + 1] as string)) continue;
    heads.push(i);
    const paren = /\(([^()]{3,80})\)\s*$/.exec(line);
    if (paren?.[1] && parseSpeakerText(paren[1])?.every((s) => s.name?.includes(' '))) named++;
  }
  if (named < 2 || named * 2 < heads.length) return text;
  for (const head of heads) {
    lines[head] = `## ${(lines[head] as string).trim()}`;
    for (let j = head + 1; j < lines.length && INDENTED.test(lines[j] as string); j++) {
      lines[j] = (lines[j] as string).trim();
    }
  }
  return lines.join('\n');
}

/** An ATX heading or a setext underline anywhere: the file is Markdown, not plain text. */
const MARKDOWN_HEADING = /^ {0,3}(?:#{1,6}[ \t]|=+[ \t]*$|-{2,}[ \t]*$)/m;

/** A line at the margin that reads as words, not a list item, a quote, a table or a fence. */
const HEAD = /^(?![-*+>|`~]|\d+[.)]\s)\p{L}[^\n]{2,150}$/u;

/** Notes under it, indented by two spaces or more, or a tab. */
const INDENTED = /^(?: {2,}|\t)\S/;
