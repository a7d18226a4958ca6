import type Token from 'markdown-it/lib/token.mjs';
import { type MdNode, NO_CHILDREN, type NodeType } from './markdown-tree.ts';

/**
 * A paragraph's, heading's or cell's inline tokens into the tree: text joined as a reader sees
 * it, soft breaks as "\n", and each node with the line it is on.
 */
const INLINE_TYPES: Record<string, NodeType | undefined> = {
  link_open: 'link',
  em_open: 'emphasis',
  strong_open: 'strong',
  s_open: 'delete',
};

/** Inline tokens into `parent`, soft breaks kept as "\n" inside the text they join (as mdast did). */
export function inline(tokens: Token[], parent: MdNode, firstLine: number): void {
  const stack: MdNode[] = [parent];
  let line = firstLine;
  let lineStart = true;
  /** Inside `<script>` or `<style>`: the tag's text is code, no words of the notes. */
  let hidden: RegExp | undefined;
  for (const token of tokens) {
    const into = stack[stack.length - 1] as MdNode;
    const atStart = lineStart;
    lineStart = false;
    if (token.type === 'html_inline') {
      const opened = HIDING_OPEN.exec(token.content)?.[1]?.toLowerCase();
      if (opened) hidden = new RegExp(`^</${opened}\\s*>$`, 'i');
      else if (hidden?.test(token.content)) hidden = undefined;
    } else if (
      hidden &&
      (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline')
    )
      continue;
    switch (token.type) {
      case 'text':
      case 'text_special':
        // "speaker:: Jane Doe": a field as Logseq and Obsidian's Dataview write it, read as
        // "speaker: Jane Doe" (only at the start of a line: "std::vector" stays as it is).
        addText(into, atStart ? fieldColons(token.content) : token.content, line);
        break;
      case 'softbreak':
        addText(into, '\n', line);
        line++;
        lineStart = true;
        break;
      case 'hardbreak':
        into.children.push({ type: 'break', line, children: NO_CHILDREN });
        line++;
        lineStart = true;
        break;
      case 'code_inline':
        into.children.push({
          type: 'inlineCode',
          line,
          children: NO_CHILDREN,
          value: token.content,
        });
        break;
      case 'html_inline': {
        // `<a href="https://…">Slides</a>` in a Markdown line (a Medium or Notion export): a
        // link like `[Slides](https://…)`, so it is the talk's as that one is.
        const href = ANCHOR_OPEN.exec(token.content)?.[1];
        if (href) {
          const node: MdNode = { type: 'link', line, children: [], url: decodeEntities(href) };
          into.children.push(node);
          stack.push(node);
          htmlLinks.add(node);
          break;
        }
        if (/^<\/a\s*>$/i.test(token.content) && htmlLinks.has(into)) {
          stack.pop();
          break;
        }
        into.children.push({ type: 'html', line, children: NO_CHILDREN, value: token.content });
        line += countLines(token.content);
        break;
      }
      case 'image':
        into.children.push({
          type: 'image',
          line,
          children: NO_CHILDREN,
          value: token.content,
          url: token.attrGet('src') ?? '',
        });
        break;
      default: {
        const type = INLINE_TYPES[token.type];
        if (type) {
          const node: MdNode = { type, line, children: [] };
          if (type === 'link') {
            node.url = token.attrGet('href') ?? '';
            if (token.markup === 'autolink' || token.markup === 'linkify') node.autolink = true;
          }
          into.children.push(node);
          stack.push(node);
        } else if (token.nesting === -1 && stack.length > 1) {
          stack.pop();
        }
      }
    }
  }
}

/** An opening `<script>` or `<style>` tag, whose text up to its closing tag is no prose. */
const HIDING_OPEN = /^<(script|style)(?:\s[^<>]*)?>$/i;

/** An HTML link's opening tag with a web address. */
const ANCHOR_OPEN = /^<a\s[^<>]*?\bhref\s*=\s*["'](https?:\/\/[^"'<>\s]+)["'][^<>]*>$/i;
/** Links opened by an `<a>` tag, which only `</a>` closes. */
const htmlLinks = new WeakSet<MdNode>();

const decodeEntities = (url: string) => url.replace(/&amp;/g, '&');

function fieldColons(text: string): string {
  if (!text.includes('::')) return text;
  const field = text.replace(/^([\p{L}][\p{L}\d _-]{0,30})::(?=\s)/u, '$1:');
  // "speaker:: [[Arjun Patel]], [[Mia Schneider]]": a page each, so a person each, not a name
  // and a company.
  return field !== text && field.includes(']], [[')
    ? field.replace(/\]\],\s*\[\[/g, ']] & [[')
    : field;
}

/** Adjacent text joins into one node, as a reader sees it (and as the rest expects). */
function addText(into: MdNode, value: string, line: number): void {
  const last = into.children[into.children.length - 1];
  if (last?.type === 'text') last.value += value;
  else into.children.push({ type: 'text', line, children: NO_CHILDREN, value });
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
