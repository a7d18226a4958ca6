import MarkdownIt, { type Options, type PluginWithParams } from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import container from 'markdown-it-container';
import { liquidAddresses } from './liquid-addresses.ts';
import { atxSpace } from './markdown-atx-space.ts';
import { CHUNK_CHARS, scan } from './markdown-chunks.ts';
import { doccDirectives } from './markdown-docc.ts';
import { videoEmbeds } from './markdown-embeds.ts';
import { htmlBlock, type MarkdownReader } from './markdown-html.ts';
import { inline } from './markdown-inline.ts';
import { liquidCode } from './markdown-liquid.ts';
import { isPlaceholder } from './markdown-placeholder.ts';
import { type MdNode, NO_CHILDREN, type NodeType } from './markdown-tree.ts';

export type { MdNode, NodeType } from './markdown-tree.ts';

/**
 * The one place that knows which Markdown tokenizer is used (markdown-it, CommonMark + GFM tables
 * and strikethrough + bare URLs), with its parts `markdown-*.ts` (inline tokens, Liquid tags,
 * HTML blocks, where to cut a long file). Everything else reads the small tree
 * (`markdown-tree.ts`) built here from its token stream in one linear pass.
 */

/** Lists and quotes nested deeper than this are refused (an error), not parsed further. */
export const MAX_NESTING = 40;
/**
 * Items of one list read: a talk's notes never come near, nor a list of talks in a file (at most
 * 4 MiB). 100,000 one-word bullets in one talk made a parse worker of ~290 MB.
 */
export const MAX_LIST_ITEMS = 50_000;

export interface MarkdownResult {
  nodes: MdNode[];
  /** Where the nesting limit was hit, if it was. */
  tooDeepAt?: number;
  /** Where a list went past `MAX_LIST_ITEMS`, if one did. */
  tooLongAt?: number;
}

let tokenizer: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  if (tokenizer) return tokenizer;
  // markdown-it stops silently at maxNesting token levels; ours (MAX_NESTING containers, about
  // two token levels each) is hit first, so the author hears about it.
  const md = new MarkdownIt('default', { html: true, linkify: true });
  md.set({ maxNesting: MAX_NESTING * 3 } as Options);
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  // `::: {.callout-tip}` … `:::` (Quarto, Pandoc), `:::note` (Docusaurus, VitePress): a box
  // whose content is read as the notes around it, not a line of colons.
  md.use(container as unknown as PluginWithParams, 'div', { validate: () => true });
  md.use(liquidCode);
  md.use(doccDirectives);
  md.use(atxSpace);
  md.use(videoEmbeds);
  md.use(liquidAddresses);
  // linkify-it's own pretest is one large Unicode regex run over every paragraph (~10% of a
  // parse). Without fuzzy links or e-mails a link needs a scheme ("https:", "mailto:") or "//",
  // so text with neither ':' nor "//" has none: skipping it finds exactly the same links.
  const pretest = md.linkify.pretest.bind(md.linkify);
  md.linkify.pretest = (text: string) =>
    (text.includes(':') || text.includes('//')) && pretest(text);
  // Every link's address goes through URL parsing, punycode and percent-encoding (~10% of a
  // parse); for a plain ASCII address those return it unchanged, so it is returned as it is.
  const normalizeLink = md.normalizeLink.bind(md);
  md.normalizeLink = (url: string) => (PLAIN_URL.test(url) ? url : normalizeLink(url));
  const normalizeLinkText = md.normalizeLinkText.bind(md);
  md.normalizeLinkText = (url: string) =>
    PLAIN_URL.test(url) && !url.toLowerCase().includes('xn--') ? url : normalizeLinkText(url);
  // Inline tokenizing is most of a parse, and most paragraphs of notes are plain text: with no
  // character any inline rule starts at, markdown-it would return the text and its soft breaks,
  // which `inline` below joins back into one text. Such text skips the inline parser.
  md.core.ruler.at('inline', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue;
      token.children ??= [];
      const children = token.children;
      if (!isPlainInline(token.content)) {
        state.md.inline.parse(token.content, state.md, state.env, children);
        continue;
      }
      const text = new state.Token('text', '', 0);
      text.content = token.content;
      children.push(text);
    }
  });
  tokenizer = md;
  return md;
}

/**
 * Inline content no inline rule reads: no emphasis, code, strikethrough, link, image, autolink,
 * HTML, entity or escape character; no white space around a line break (a hard break, or
 * indentation the parser drops); no address linkify could find (each needs "//" or "mailto:");
 * no "::" field (read per line).
 */
const INLINE_MARKUP = /[\\`*_~[<&]|\/\/|[ \t]\n|\n[ \t]/;

function isPlainInline(content: string): boolean {
  if (content.length === 0 || INLINE_MARKUP.test(content)) return false;
  return !content.includes(':') || !(content.includes('::') || /mailto:/i.test(content));
}

/**
 * An address markdown-it's normalizeLink and normalizeLinkText leave as it is: ASCII letters,
 * digits and `-._~/?=&#` only (nothing to encode or decode), host names of at most 255 characters
 * (a longer one is dropped) made of labels of at most 63 (a longer one is not a host).
 */
const PLAIN_URL =
  /^(?:https?:\/\/|mailto:)?(?=[^/]{1,255}(?:\/|$))[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*(?:\/[\w\-.~/?=&#]*)?$/i;

/**
 * The tokens of `markdown` as a tree; `lineOffset` is added to every line (front matter above).
 * A long file is tokenized a chunk at a time, cut before an ATX heading outside code fences (a
 * heading ends whatever block stands before it), so only one chunk's tokens are alive at once.
 */
export function parseMarkdown(markdown: string, lineOffset = 0): MarkdownResult {
  const result: MarkdownResult = { nodes: [] };
  if (markdown.length <= CHUNK_CHARS) {
    buildTree(markdownIt().parse(markdown, {}), lineOffset, result);
    return result;
  }
  const { cuts, definitions } = scan(markdown);
  // Reference definitions ("[1]: https://…") may stand anywhere; every chunk sees them all.
  const env: Record<string, unknown> = {};
  if (definitions.length > 0) markdownIt().parse(definitions.join('\n'), env);
  let start = 0;
  let line = 0;
  let inList = false;
  for (const cut of [...cuts, { at: markdown.length, line: -1, inList: false }]) {
    const roots = result.nodes.length;
    buildTree(markdownIt().parse(markdown.slice(start, cut.at), env), line + lineOffset, result);
    // A chunk cut between two items of one list starts with the rest of that list: one list.
    const [last, first] = [result.nodes[roots - 1], result.nodes[roots]];
    if (inList && last?.type === 'list' && first?.type === 'list') {
      for (const item of first.children) {
        if (last.children.length >= MAX_LIST_ITEMS) {
          result.tooLongAt ??= item.line;
          break;
        }
        last.children.push(item);
      }
      result.nodes.splice(roots, 1);
    }
    start = cut.at;
    line = cut.line;
    inList = cut.inList;
  }
  return result;
}

/** Markdown read the way this module reads it, for the HTML blocks that hold some. */
const reader: MarkdownReader = {
  inline: (text, node, line) =>
    inline(markdownIt().parseInline(text, {})[0]?.children ?? [], node, line),
  blocks: (markdown, lineOffset) => {
    const result: MarkdownResult = { nodes: [] };
    buildTree(markdownIt().parse(markdown, {}), lineOffset, result);
    return result.nodes;
  },
};

/**
 * `## **Title — Jane Doe (Acme)****`, `## ****Title**`: a Google Docs export's empty bold runs
 * around a heading, which the parser leaves as text; no word of the heading.
 */
function withoutStrayRuns(heading: MdNode): void {
  const { children } = heading;
  const first = children[0];
  if (first?.type === 'text' && STRAY_START.test(first.value ?? ''))
    first.value = (first.value ?? '').replace(STRAY_START, '');
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value = withoutStrayEnd(last.value ?? '');
}

/**
 * The text without a run of two or more `*` or `_` at its end and the blanks before it. Not a
 * pattern ending in `$`: tried from every blank of a heading of 80,000 spaces, one took 12 s.
 */
function withoutStrayEnd(value: string): string {
  const mark = value.charAt(value.length - 1);
  if (mark !== '*' && mark !== '_') return value;
  let at = value.length - 1;
  while (at > 0 && value.charAt(at - 1) === mark) at--;
  if (value.length - at < 2) return value;
  while (at > 0 && (value.charAt(at - 1) === ' ' || value.charAt(at - 1) === '\t')) at--;
  return value.slice(0, at);
}

const STRAY_START = /^(?:\*{2,}|_{2,})[ \t]*/;

function buildTree(tokens: Token[], lineOffset: number, result: MarkdownResult): void {
  const roots = result.nodes;
  const stack: MdNode[] = [];
  /** Lists and quotes in `stack`. */
  let containers = 0;
  let skipped = 0;
  const add = (node: MdNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
  };
  /** `:::` boxes open around the token: a heading in one is the box's title, not a section. */
  let boxes = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const line = (token.map ? token.map[0] : 0) + 1 + lineOffset;
    if (token.type === 'container_div_open' || token.type === 'container_div_close') {
      boxes += token.nesting;
      continue;
    }
    if (token.nesting === 1) {
      const type =
        token.type === 'heading_open' && (boxes > 0 || linesOverRule(token, tokens[index + 1]))
          ? 'paragraph'
          : BLOCK_TYPES[token.type];
      if (skipped > 0) {
        skipped++;
        continue;
      }
      // `### ${Talk Name}`: a template's field, no heading (its inline and close are skipped).
      if (type === 'heading' && isPlaceholder(tokens[index + 1]?.content ?? '')) {
        skipped++;
        continue;
      }
      if (type && containers >= MAX_NESTING && isContainer(type)) {
        skipped++;
        result.tooDeepAt ??= line;
        continue;
      }
      if (type === 'listItem' && (stack.at(-1)?.children.length ?? 0) >= MAX_LIST_ITEMS) {
        skipped++;
        result.tooLongAt ??= line;
        continue;
      }
      if (!type) continue;
      // A heading's depth is set as it is made: added afterwards, it would grow the object.
      const node: MdNode =
        type === 'heading'
          ? { type, line, children: [], depth: Number(token.tag.slice(1)) }
          : token.type === 'ordered_list_open'
            ? { type, line, children: [], ordered: true }
            : { type, line, children: [] };
      add(node);
      stack.push(node);
      if (isContainer(type)) containers++;
    } else if (token.nesting === -1) {
      if (skipped > 0) skipped--;
      else if (CLOSES[token.type]) {
        const closed = stack.pop();
        if (closed && isContainer(closed.type)) containers--;
      }
    } else if (skipped > 0) {
      // inside what is nested too deep: not read
    } else if (token.type === 'inline') {
      const parent = stack[stack.length - 1];
      if (parent) {
        inline(token.children ?? [], parent, line);
        if (parent.type === 'heading') withoutStrayRuns(parent);
        // An array grown by push holds 16 slots; a heading or paragraph mostly has one child.
        if (parent.children.length < 8) parent.children = parent.children.slice();
      }
    } else if (token.type === 'fence' || token.type === 'code_block') {
      add({ type: 'code', line, children: NO_CHILDREN, value: token.content.replace(/\n$/, '') });
    } else if (token.type === 'html_block') {
      // A toggle (at the top level only), an <h3> or <p> blocks read as Markdown; else markup.
      const read = htmlBlock(token.content, line, stack.length === 0 ? roots : undefined, reader);
      if (read) for (const node of read) add(node);
      else {
        add({ type: 'html', line, children: NO_CHILDREN, value: token.content.replace(/\n$/, '') });
      }
    } else if (token.type === 'hr') {
      add({ type: 'thematicBreak', line, children: NO_CHILDREN });
    }
  }
}

/**
 * A "heading" of several lines over `---` or `===` (code pasted above an AsciiDoc block's
 * `----`, a paragraph over a rule): Markdown reads it so, no author writes a title so.
 */
function linesOverRule(open: Token, inline: Token | undefined): boolean {
  return (open.markup === '-' || open.markup === '=') && (inline?.content ?? '').includes('\n');
}

const BLOCK_TYPES: Record<string, NodeType | undefined> = {
  heading_open: 'heading',
  paragraph_open: 'paragraph',
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  list_item_open: 'listItem',
  blockquote_open: 'blockquote',
  table_open: 'table',
  tr_open: 'tableRow',
  th_open: 'tableCell',
  td_open: 'tableCell',
};

const CLOSES: Record<string, boolean | undefined> = Object.fromEntries(
  Object.keys(BLOCK_TYPES).map((open) => [open.replace(/_open$/, '_close'), true]),
);

function isContainer(type: NodeType): boolean {
  return type === 'list' || type === 'blockquote';
}
