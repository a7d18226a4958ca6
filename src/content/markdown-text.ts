import { isWhiteSpace } from '../text.ts';
import type { MdNode } from './markdown.ts';

/**
 * Plain text of Markdown nodes as a reader sees it: link text kept, autolinks shown without the
 * scheme, HTML dropped, Liquid, Hugo and kramdown template fragments removed (blog notes carry them).
 */
export function plainText(node: MdNode | MdNode[]): string {
  const parts: string[] = [];
  collect(Array.isArray(node) ? node : [node], parts, false);
  return cleanParts(parts);
}

/**
 * Whether a reader would see any text in a node: the same answer as `plainText(node) !== ''`,
 * but it stops at the first word instead of building the whole text.
 */
export function hasText(node: MdNode): boolean {
  switch (node.type) {
    case 'html':
    case 'thematicBreak':
    case 'break':
      return false;
    case 'text':
      return (
        node.value !== undefined &&
        /\S/.test(node.value) &&
        cleanText(withoutStrayMarks(node.value)) !== ''
      );
    case 'inlineCode':
    case 'code':
    case 'image':
      return node.value !== undefined && /\S/.test(node.value) && cleanText(node.value) !== '';
    case 'link':
      return isAutolink(node) ? displayUrl(node.url ?? '') !== '' : node.children.some(hasText);
    default:
      return node.children.some(hasText);
  }
}

/** Links met by the last `collect` walk that asked (see `textAndProse`). */
let linksMet = 0;

/**
 * `plainText` and `proseText` of the same nodes. Without a link (most bullets) they are the same
 * words, so the nodes are walked once.
 */
export function textAndProse(nodes: MdNode[]): { text: string; prose: string } {
  const parts: string[] = [];
  linksMet = 0;
  collect(nodes, parts, false);
  const text = cleanParts(parts);
  return { text, prose: linksMet > 0 ? proseText(nodes) : text };
}

/** The same text without any link: what the author said beyond the links they pasted. */
export function proseText(node: MdNode | MdNode[]): string {
  const parts: string[] = [];
  collect(Array.isArray(node) ? node : [node], parts, true);
  return cleanParts(parts);
}

/** `<br>`, `<br/>`, `<br />`: a line break written in HTML. */
export function isBreakTag(node: MdNode): boolean {
  return node.type === 'html' && /^<br\s*\/?>$/i.test((node.value ?? '').trim());
}

/** Inline nodes with each `<br>` written as `separator` ("Title<br>Jane Doe" → "Title — Jane Doe"). */
export function breaksAs(children: MdNode[], separator: string): MdNode[] {
  if (!children.some(isBreakTag)) return children;
  return children.map((child) =>
    isBreakTag(child) ? { type: 'text', line: child.line, children: [], value: separator } : child,
  );
}

/**
 * "schemas. ** worth a rewatch", "**Note the date", "so good**": bold marks left unclosed are
 * literal text to Markdown, but no word of the notes. Marks inside words stay (`x**2`,
 * `**kwargs`, `my__init__`); code keeps its own text.
 */
const STRAY_MARKS = /(^|\s)(?:\*{2,3}|_{2,3})(?=\s|$|\p{Lu})|(?<=[\p{L}.!?:)])\*{2,3}(?=\s|$)/gu;

export function withoutStrayMarks(text: string): string {
  if (!text.includes('**') && !text.includes('__')) return text;
  return text.replace(STRAY_MARKS, '$1');
}

function collect(nodes: MdNode[], parts: string[], dropLinks: boolean): void {
  let afterImage = false;
  for (const node of nodes) {
    // "![Ada on stage](…)" then "_Ada on stage at Fjordconf_": the picture's caption, in italics
    // under it, says what the picture shows as its alt text does: no prose either.
    if (afterImage && node.type === 'emphasis') {
      linksMet++;
      if (!dropLinks) collect(node.children, parts, dropLinks);
      continue;
    }
    afterImage =
      node.type === 'image' ||
      (afterImage &&
        (node.type === 'break' || (node.type === 'text' && !/\S/.test(node.value ?? ''))));
    switch (node.type) {
      case 'text':
        parts.push(withoutStrayMarks(node.value ?? ''));
        break;
      case 'inlineCode':
      case 'code':
        parts.push(node.value ?? '');
        break;
      case 'html':
        // "Anja Weber<br>AWS": a line break written in HTML parts words as a break does.
        if (isBreakTag(node)) parts.push(' ');
        break;
      case 'thematicBreak':
        break;
      case 'break':
        parts.push(' ');
        break;
      case 'image':
        // Its alt text is searched, but says what a picture shows, not what the talk said: as
        // a link's text, it is no prose (an image alone is no point of a summary).
        linksMet++;
        if (!dropLinks) parts.push(node.value ?? '');
        break;
      case 'link':
        linksMet++;
        if (!dropLinks) {
          parts.push(isAutolink(node) ? displayUrl(node.url ?? '') : plainText(node.children));
        }
        break;
      case 'list':
      case 'listItem':
      case 'paragraph':
      case 'heading':
      case 'blockquote':
      case 'tableRow':
      case 'tableCell':
        collect(node.children, parts, dropLinks);
        parts.push(' ');
        break;
      default:
        collect(node.children, parts, dropLinks);
    }
  }
}

/**
 * Template fragments (`{% … %}`, `{{ … }}`, Hugo's `{{< … >}}`, kramdown's `{: … }` and `{#id}`,
 * Pandoc's and Quarto's heading attributes `{.unnumbered}`, `{#sec-x .appendix}`, `{-}`,
 * a Confluence page's macros `{toc}`, `{children}`, `{toc:maxLevel=2}`) are markup of the blog
 * engine or the wiki, not notes.
 */
const TEMPLATE_FRAGMENT =
  /\{%[^%]*%\}|\{\{[^}]*\}\}|\{:[^}]*\}|\{#[^\s{}]+\}|\{(?:#[^\s{}]+\s+)?\.[\w-]+(?:\s[^{}\n]{0,100})?\}|\{-\}|\{(?:toc|children|pagetree|excerpt-include|recently-updated|contributors)(?::[^{}\n]{0,200})?\}/g;

/**
 * Obsidian/wiki links, `[[Page]]` or `[[Page|shown text]]`: the text a reader sees; an embedded
 * file (`![[slides.pdf]]`, `![[diagram.png]]`) shows the file, not words.
 */
const WIKI_LINK = /(!?)\[\[([^[\]|\n]{1,200})(?:\|([^[\]\n]{1,200}))?\]\]/g;

/**
 * The text of `[[Page|shown text]]`: what is shown, but the page's name where the shown words are
 * a part of it (`[[Sophia Yang|Sophia]]`: a person's page shown by the first name is that person).
 */
function wikiText(_: string, embed: string, page: string, shown: string | undefined): string {
  if (embed) return '';
  if (shown === undefined) return page;
  const words = page.split(' ');
  return words.length > 1 && shown.split(' ').every((word) => words.includes(word)) ? page : shown;
}

export function cleanText(text: string): string {
  const plain = withoutMarkup(text);
  return needsSquash(plain) ? plain.replace(/\s+/g, ' ').trim() : plain.trim();
}

function withoutMarkup(text: string): string {
  let plain = text.includes('{') ? text.replace(TEMPLATE_FRAGMENT, ' ') : text;
  if (plain.includes('[[')) plain = plain.replace(WIKI_LINK, wikiText);
  // "unbounded[^1]": a footnote's mark; ":fire:", ":+1:": an emoji's shortcode (Slack, GitHub).
  if (plain.includes('[^')) plain = plain.replace(FOOTNOTE_MARK, '');
  // "> [!TIP]" (GitHub), "> [!note]- Title" (Obsidian): the kind of the box, not its words.
  if (plain.includes('[!')) plain = plain.replace(ALERT_MARK, '');
  return plain.includes(':') ? plain.replace(EMOJI_CODE, '') : plain;
}

/** The box's kind, and its title when the box goes on below it ("> [!tip] Key takeaway"). */
const ALERT_MARK =
  /^\s*\[!(?:note|tip|important|warning|caution|info|abstract|summary|tldr|todo|success|question|failure|danger|bug|example|quote|hint)\][+-]?(?:[ \t]+[^\n.!?]{1,60}[ \t]*\n)?[ \t]*/i;

const FOOTNOTE_MARK = /\[\^[^\]\s]{1,40}\](?!:)/g;
const EMOJI_CODE = /(?<![\w:/]):(?:(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,30}|[+-]1):(?![\w/])/g;

/**
 * `cleanText(parts.join(''))`. The text of one block comes as its words then the space `collect`
 * puts after every block: that space would be trimmed off again, so the words are not copied to
 * add it (a copy of every bullet and heading of a file) unless it could change the result.
 */
function cleanParts(parts: string[]): string {
  if (parts.length !== 2 || parts[1] !== ' ') return cleanText(parts.join(''));
  const text = parts[0] as string;
  // Template fragments and wiki links end in "}" or "]]": the space never joins one.
  const plain = withoutMarkup(text);
  if (plain === '' || isWhiteSpace(plain.charCodeAt(plain.length - 1)))
    return cleanText(`${text} `);
  return needsSquash(plain) ? plain.replace(/\s+/g, ' ').trim() : plain.trim();
}

/**
 * `/\s\s|[\t\n\r\f\v\u00a0]/.test(text)` as one pass over the char codes: this runs on every
 * bullet, and the regex (an alternation tried at every position) cost more than the rest of it.
 */
function needsSquash(text: string): boolean {
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return true;
      afterSpace = true;
    } else if (c > 32 && c < 0xa0) {
      afterSpace = false;
    } else if ((c >= 9 && c <= 13) || c === 0xa0) {
      return true;
    } else if (isWhiteSpace(c)) {
      if (afterSpace) return true;
      afterSpace = true;
    } else afterSpace = false;
  }
  return false;
}

/** `<http://zipkin.io>` or a bare URL: a link whose only text is its own address. */
export function isAutolink(link: MdNode): boolean {
  if (link.autolink) return true;
  let text = '';
  for (const child of link.children) text += child.value ?? '';
  const url = link.url ?? '';
  return text === url || text === url.replace(/^mailto:/, '');
}

export function displayUrl(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');
}
