import { LIQUID_CODE } from './markdown-liquid.ts';

/**
 * Where a long notes file may be cut so that markdown-it tokenizes it a chunk at a time with the
 * tree a whole parse would give (see `parseMarkdown` in `markdown.ts`).
 */

/** Text tokenized at a time: markdown-it's tokens take tens of times the text they describe. */
export const CHUNK_CHARS = 256 * 1024;

export interface Cut {
  at: number;
  line: number;
  /** Between two items of one list (the next chunk's first list continues the last one). */
  inList: boolean;
}

/**
 * Where a long file may be cut, outside code fences, `:::` boxes, HTML comments and raw HTML blocks: before
 * an ATX heading (it ends whatever block stands before it), or between two items of one list
 * written on consecutive lines with the same marker (a file that is one long list would
 * otherwise be tokenized whole: markdown-it's tokens take ~90 times the text). And its
 * reference definitions (outside fences and comments; in block quotes too, as CommonMark counts them).
 */
export function scan(markdown: string): { cuts: Cut[]; definitions: string[] } {
  const cuts: Cut[] = [];
  const definitions: string[] = [];
  let fence: string | undefined;
  /** The end marker of an open HTML block of kind 1–5 (`-->`, `</pre>` …), lower case. */
  let closing: string | undefined;
  let start = 0;
  let line = 0;
  /** The marker of the line before when it began a top-level list item ("-", "*", "+", "." or ")"). */
  let item: string | undefined;
  /** `:::` boxes open here (see `markdown.ts`): a heading in one is no place to cut. */
  let boxes = 0;
  for (let at = 0; at < markdown.length; line++) {
    const end = markdown.indexOf('\n', at);
    const next = end === -1 ? markdown.length : end + 1;
    const text = markdown.slice(at, next);
    const previous = item;
    item = undefined;
    if (closing === BLANK) {
      if (text.trim() === '') closing = undefined;
    } else if (closing) {
      if (text.toLowerCase().includes(closing)) closing = undefined;
    } else {
      const marker = FENCE.exec(text)?.[1];
      // `{% highlight %}` … `{% endhighlight %}` (see `markdown-liquid.ts`) is a fence too.
      const liquid = text.includes('{%') ? LIQUID_CODE.exec(text) : null;
      if (liquid && (fence === undefined || fence === LIQUID)) {
        if (!fence && !liquid[1]) fence = LIQUID;
        else if (fence === LIQUID && liquid[1]) fence = undefined;
      } else if (marker) {
        if (!fence) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      } else if (!fence) {
        const box = BOX.exec(text);
        if (box) boxes += boxes > 0 && (box[1] ?? '').trim() === '' ? -1 : 1;
        closing = htmlBlockEnd(text);
        if (!closing) item = ITEM.exec(text)?.[1]?.slice(-1);
        const long = boxes === 0 && at - start >= CHUNK_CHARS;
        if (
          !closing &&
          long &&
          markdown.charCodeAt(at) === 35 /* # */ &&
          isAtxHeading(markdown, at)
        ) {
          cuts.push({ at, line, inList: false });
          start = at;
        } else if (long && item !== undefined && item === previous) {
          cuts.push({ at, line, inList: true });
          start = at;
        } else if (!closing) {
          const definition = DEFINITION.exec(text)?.[1];
          if (definition) definitions.push(definition);
        }
      }
    }
    at = next;
  }
  return { cuts, definitions };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** An open `{% highlight %}` block, in place of a fence's marker. */
const LIQUID = '{%';
/** `::: {.callout-tip}` opens a box, a bare `:::` closes the open one. */
const BOX = /^ {0,3}:{3,}([^\r\n]*)/;
/** A top-level list item with text: "- x", "* x", "+ x", "1. x", "1) x" (not a thematic break). */
const ITEM = /^([-*+]|\d{1,9}[.)]) +(?![-*_ ]*\r?$)\S/;
const DEFINITION = /^(?: {0,3}> ?)* {0,3}(\[[^\]\n]{1,999}\]:[ \t]*\S.*?)\r?\n?$/;
/** HTML blocks that end at a marker rather than a blank line (CommonMark kinds 1–5). */
const HTML_BLOCKS: [RegExp, string][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, '</'],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<![a-z]/i, '>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
];

/** An HTML block of the other kinds (`<div>`, any tag alone): it ends at a blank line. */
const BLANK = '\0blank line';

/**
 * The marker that ends the HTML block this line opens, unless the line ends it too; `BLANK` for
 * a block ended by a blank line. Any line starting with a tag counts (a tag inside a paragraph
 * too): that only means fewer places to cut.
 */
function htmlBlockEnd(text: string): string | undefined {
  if (!/^ {0,3}</.test(text)) return undefined;
  for (const [open, close] of HTML_BLOCKS) {
    const opened = open.exec(text);
    if (!opened) continue;
    const end = close === '</' ? `</${/<(\w+)/.exec(text)?.[1]?.toLowerCase()}>` : close;
    return text.toLowerCase().includes(end, opened[0].length) ? undefined : end;
  }
  return /^ {0,3}<\/?[a-z]/i.test(text) ? BLANK : undefined;
}

/** "# Title" … "###### Title" (or a bare "#"): a heading, which ends any block before it. */
function isAtxHeading(text: string, at: number): boolean {
  let i = at;
  while (i < at + 6 && text.charCodeAt(i) === 35) i++;
  const next = text.charCodeAt(i);
  return next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next);
}
