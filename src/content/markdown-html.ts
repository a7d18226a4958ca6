import type { MdNode } from './markdown.ts';
import { htmlTables } from './markdown-html-table.ts';
import { afterEmptyTags } from './markdown-lead-tags.ts';

/**
 * HTML blocks in notes that hold Markdown's own structure: a toggle
 * (`<details><summary>…</summary>`), a heading (`<h3>…</h3>`), paragraphs (`<p>…</p>`). Their
 * text is read as Markdown by the reader `markdown.ts` hands in.
 */
export interface MarkdownReader {
  /** Inline Markdown into `node`'s children, on lines counted from `line`. */
  inline(text: string, node: MdNode, line: number): void;
  /** Block Markdown as nodes, its lines counted after `lineOffset`. */
  blocks(markdown: string, lineOffset: number): MdNode[];
}

/**
 * The nodes an HTML block stands for, or `undefined` for markup that is none of these. `roots`
 * are the nodes read so far when the block is at the top level, where a toggle may stand.
 */
export function htmlBlock(
  html: string,
  line: number,
  roots: MdNode[] | undefined,
  read: MarkdownReader,
): MdNode[] | undefined {
  const spaced = afterEmptyTags(html, line, read.blocks);
  if (spaced) return spaced;
  const toggled = roots ? toggle(html, line, roots, read) : undefined;
  if (toggled) return toggled;
  const callout = calloutBlock(html, line, read);
  if (callout) return callout;
  const heading = htmlHeading(html, line, read);
  return heading
    ? [heading]
    : (htmlParagraphs(html, line, read) ??
        htmlTables(html, line, read, htmlInline) ??
        htmlFlow(html, line, read));
}

/** `<aside>` then Markdown up to a blank line (Notion's callout), or its `</aside>` alone. */
const CALLOUT = /^<(aside|div|section)(?:\s[^<>]{0,200})?>[ \t]*\n([^<]{1,5000}?)(?:<\/\1>)?\s*$/i;

/**
 * A Notion export's callout, `<aside>` over `📎 Slides: [deck.pdf](…)`: the lines after the tag
 * are Markdown (CommonMark keeps them in the HTML block up to the blank line), read as such so
 * its links are the talk's.
 */
function calloutBlock(html: string, line: number, read: MarkdownReader): MdNode[] | undefined {
  const found = CALLOUT.exec(html);
  // Only a callout with a link is read (a page's "💡 Team notes" beside its properties stays its).
  if (!found?.[2] || !/\]\(|https?:\/\//.test(found[2])) return undefined;
  return read.blocks(found[2], line);
}

/** Longest block of mixed HTML read element by element; anything longer stays markup. */
const HTML_FLOW_MAX = 50_000;
/** Elements read from one block of HTML at most (nested containers count theirs). */
const HTML_FLOW_ELEMENTS = 500;
const BLOCK_OPEN =
  /<(h[1-6]|p|ul|ol|div|figure|blockquote|hr|section|article|aside|header|footer)(?=[\s>/])[^<>]{0,300}>/iy;
const CONTAINER = /^(?:div|section|article|aside|header|footer|blockquote)$/i;

/**
 * A Ghost or WordPress export's HTML, one element after another in one block (`<h2>Title</h2>`
 * then `<p><em>Speaker: …</em></p>`, a `<ul>` of `<li>`, a `<div class="speaker">`): each
 * element read as the Markdown it stands for — a heading, paragraphs, a list, a thematic break;
 * a container's elements in turn, or its text as a paragraph; a figure (an image, an embedded
 * player) stays markup. `undefined` when the block holds none of these, or text outside them.
 */
function htmlFlow(html: string, line: number, read: MarkdownReader): MdNode[] | undefined {
  if (html.length > HTML_FLOW_MAX || !/<(?:h[1-6]|p|li)[\s>]/i.test(html)) return undefined;
  const budget = { left: HTML_FLOW_ELEMENTS };
  const nodes = flowNodes(html, line, read, budget, 0);
  return nodes && nodes.length > 0 ? nodes : undefined;
}

function flowNodes(
  html: string,
  line: number,
  read: MarkdownReader,
  budget: { left: number },
  depth: number,
): MdNode[] | undefined {
  const nodes: MdNode[] = [];
  let at = 0;
  while (at < html.length) {
    const start = html.slice(at).search(/\S/);
    if (start < 0) break;
    at += start;
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    BLOCK_OPEN.lastIndex = at;
    const open = BLOCK_OPEN.exec(html);
    // "</ul>\nInsgesamt fanden wir …": Markdown's own text after an element, in the same block
    // until a blank line, is a paragraph of its own.
    const loose = open ? undefined : looseText(html, at);
    if (loose && --budget.left >= 0) {
      const node: MdNode = {
        type: 'paragraph',
        line: line + newlines(html.slice(0, at)),
        children: [],
      };
      read.inline(htmlInline(loose), node, node.line);
      if (node.children.length > 0) nodes.push(node);
      at += loose.length;
      continue;
    }
    if (!open?.[1] || --budget.left < 0) return undefined;
    const tag = open[1].toLowerCase();
    const here = line + newlines(html.slice(0, at));
    if (tag === 'hr') {
      nodes.push({ type: 'thematicBreak', line: here, children: [] });
      at += open[0].length;
      continue;
    }
    const end = closingTag(html, tag, at + open[0].length);
    if (end < 0) return undefined;
    const whole = html.slice(at, end.valueOf() + `</${tag}>`.length);
    const inner = html.slice(at + open[0].length, end);
    at += whole.length;
    if (tag === 'figure') {
      nodes.push({ type: 'html', line: here, children: [], value: whole });
    } else if (/^h[1-6]$/.test(tag)) {
      const heading = htmlHeading(whole, here, read);
      if (heading) nodes.push(heading);
    } else if (tag === 'p') {
      nodes.push(...(htmlParagraphs(whole, here, read) ?? []));
    } else if (tag === 'ul' || tag === 'ol') {
      const items = [...inner.matchAll(/<li(?:\s[^<>]{0,200})?>([\s\S]*?)<\/li>/gi)]
        .map((item) => htmlInline(item[1] ?? '').replace(/\s+/g, ' '))
        .filter((item) => item !== '');
      if (items.length > 0)
        nodes.push(...read.blocks(items.map((i) => `- ${i}`).join('\n'), here - 1));
    } else if (CONTAINER.test(tag)) {
      // A container of elements (a <div> around <p>s) is read for them; else its text is one
      // paragraph (`<div class="speaker"><strong>Ville Koskinen</strong>, Core developer</div>`).
      const nested =
        depth < 4 && /<(?:h[1-6]|p|ul|ol|div)[\s>]/i.test(inner)
          ? flowNodes(inner, here, read, budget, depth + 1)
          : undefined;
      if (nested) nodes.push(...nested);
      else {
        const text = htmlInline(inner.replace(/<\/(?:div|p|li)>/gi, ' '));
        if (text !== '') {
          const node: MdNode = { type: 'paragraph', line: here, children: [] };
          read.inline(text, node, here);
          nodes.push(node);
        }
      }
    }
  }
  return nodes;
}

/** Text from `at` to the next element that holds no markup of blocks, or undefined. */
function looseText(html: string, at: number): string | undefined {
  // On a line of its own, after the element's closing tag; "<p>one</p><span>two</span>" stays markup.
  if (at === 0 || !/\n\s*$/.test(html.slice(0, at))) return undefined;
  const next = html
    .slice(at)
    .search(
      /<(?:h[1-6]|p|ul|ol|div|figure|blockquote|hr|section|article|aside|header|footer)(?=[\s>/])/i,
    );
  const text = html.slice(at, next < 0 ? html.length : at + next);
  return text.trim() === '' || text.includes('<') ? undefined : text;
}

/** Where the `</tag>` closing the element opened before `from` starts (same tags nest), or -1. */
function closingTag(html: string, tag: string, from: number): number {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^<>]{0,300}>`, 'gi');
  pattern.lastIndex = from;
  let open = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    open += match[1] ? -1 : 1;
    if (open === 0) return match.index;
  }
  return -1;
}

/** Headings made of toggles' summaries: a toggle after one is its sibling, not inside it. */
const TOGGLES = new WeakSet<MdNode>();
/** Longest toggle whose content is read as Markdown; a longer one stays markup. */
const TOGGLE_MAX = 100_000;
const SUMMARY =
  /^(?:<details(?:\s[^<>]{0,200})?>\s*)?<summary(?:\s[^<>]{0,200})?>([\s\S]{1,1000}?)<\/summary>/i;

/** What `lastRealHeading` has seen of a tree's roots: how far, and its last real heading. */
const HEADINGS_SEEN = new WeakMap<MdNode[], { upTo: number; lastSeen?: MdNode; last?: MdNode }>();

/**
 * The last heading of the roots that no toggle made, looking only at the roots added since the
 * last time: a README of thousands of toggles is read once. Roots only grow while a chunk is
 * read; when they changed otherwise (two chunks' lists joined), they are looked at again.
 */
function lastRealHeading(roots: MdNode[]): MdNode | undefined {
  let seen = HEADINGS_SEEN.get(roots) ?? { upTo: 0 };
  if (seen.upTo > 0 && roots[seen.upTo - 1] !== seen.lastSeen) seen = { upTo: 0 };
  for (let i = seen.upTo; i < roots.length; i++) {
    const node = roots[i] as MdNode;
    if (node.type === 'heading' && !TOGGLES.has(node)) seen.last = node;
  }
  seen.upTo = roots.length;
  seen.lastSeen = roots[roots.length - 1];
  HEADINGS_SEEN.set(roots, seen);
  return seen.last;
}

/**
 * `<details><summary>Title — Jane Doe</summary> … </details>` (a GitHub README's collapsed
 * notes): a heading one level below the last real heading, then the toggle's own content read
 * as Markdown. A bare `<details>` or `</details>` is nothing; `undefined` for other HTML.
 */
function toggle(
  html: string,
  line: number,
  roots: MdNode[],
  read: MarkdownReader,
): MdNode[] | undefined {
  const text = html.trimEnd();
  if (/^<\/?details(?:\s[^<>]{0,200})?>$/i.test(text)) return [];
  const open = text.length <= TOGGLE_MAX ? SUMMARY.exec(text) : null;
  const title = open ? htmlInline(open[1] ?? '').replace(/\s+/g, ' ') : '';
  if (!open || title === '') return undefined;
  const under = lastRealHeading(roots);
  const depth = Math.min(6, (under?.depth ?? 1) + 1);
  const at = line + newlines(text.slice(0, open.index + open[0].indexOf('<summary')));
  const heading: MdNode = { type: 'heading', line: at, children: [], depth };
  read.inline(title, heading, at);
  TOGGLES.add(heading);
  const rest = text.slice(open[0].length).replace(/<\/details>$/i, '');
  // Toggles nested in one block of HTML are read three deep: each level parses what it holds.
  if (rest.trim() === '' || togglesOpen >= 3) return [heading];
  togglesOpen++;
  try {
    return [heading, ...read.blocks(rest, line - 1 + newlines(text.slice(0, open[0].length)))];
  } finally {
    togglesOpen--;
  }
}
let togglesOpen = 0;

function newlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Longest `<h3>…</h3>` block read as a heading; anything longer is markup, not a title. */
const HTML_HEADING_MAX = 1000;

/**
 * `<h3>Title – Jane Doe</h3>` on a line of its own (notes moved over from an HTML blog): a heading
 * like `### Title – Jane Doe`, its text read as Markdown inline with the tags dropped.
 */
function htmlHeading(html: string, line: number, read: MarkdownReader): MdNode | undefined {
  const text = html.trim();
  if (text.length > HTML_HEADING_MAX || !/^<h[1-6][\s>]/i.test(text)) return undefined;
  const level = text.charCodeAt(2) - 48;
  if (!text.toLowerCase().endsWith(`</h${level}>`)) return undefined;
  const inner = text
    .slice(text.indexOf('>') + 1, text.length - 5)
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (inner === '' || inner.includes('<')) return undefined;
  const node: MdNode = { type: 'heading', line, children: [], depth: level };
  read.inline(inner, node, line);
  return node;
}

/** Longest block of `<p>…</p>` read as paragraphs; anything longer stays markup. */
const HTML_PARAGRAPHS_MAX = 20_000;
const HTML_PARAGRAPH = /<p(?:\s[^<>]{0,200})?>([\s\S]*?)<\/p>/gi;

/**
 * `<p>Abby showed how <a href="…">feature flags</a> …</p>` (a post moved over from WordPress): a
 * paragraph, its links, bold and italics kept, other tags dropped.
 */
function htmlParagraphs(html: string, line: number, read: MarkdownReader): MdNode[] | undefined {
  const text = html.trim();
  if (text.length > HTML_PARAGRAPHS_MAX || !/^<p[\s>]/i.test(text) || !/<\/p>$/i.test(text)) {
    return undefined;
  }
  // Each search starts where the last ended, and the block ends with "</p>": one pass.
  const nodes: MdNode[] = [];
  let end = 0;
  for (const match of html.matchAll(HTML_PARAGRAPH)) {
    if (html.slice(end, match.index).trim() !== '') return undefined;
    end = match.index + match[0].length;
    const inner = htmlInline(match[1] ?? '');
    if (inner === '') continue;
    const at = line + (html.slice(0, match.index).match(/\n/g)?.length ?? 0);
    const node: MdNode = { type: 'paragraph', line: at, children: [] };
    read.inline(inner, node, at);
    nodes.push(node);
  }
  return html.slice(end).trim() === '' ? nodes : undefined;
}

/** Inline HTML as Markdown: links, bold, italics and line breaks kept; other tags dropped. */
function htmlInline(html: string): string {
  return html
    .replace(
      /<a\s[^<>]{0,300}?\bhref=["']([^"'<>\s]{1,2000})["'][^<>]{0,300}>([\s\S]{0,1000}?)<\/a>/gi,
      (_, url, text) => `[${text}](${url})`,
    )
    .replace(/<\/?(?:strong|b)>/gi, '**')
    .replace(/<\/?(?:em|i)>/gi, '*')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
