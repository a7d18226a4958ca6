import { trimEndOf } from '../text.js';
import { withoutHandle } from './heading-handle.ts';
import { type HeadingParts, splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { breaksAs, hasText, plainText } from './markdown-text.ts';
import { foldNumberedPoints } from './numbered-points.ts';
import { nameSubheadings, speakerHeadings } from './speaker-heading.ts';
import { speakerSections } from './speaker-sections.ts';
import { strayTalkHeadings } from './stray-heading.ts';
import { titleFieldHeadings } from './title-field-headings.ts';
import { LINK_KIND_TEXT, withoutLinkWords } from './title-marks.ts';

/** A heading with what stands under it up to the next heading, and its deeper headings. */
export interface Section {
  heading: MdNode;
  title: string;
  /** Anchors the author set themselves: `{#id}` after the heading, `<a name="id">` in it. */
  ids: string[];
  depth: number;
  line: number;
  body: MdNode[];
  children: Section[];
  /** Worked out once: title, speakers and company of the heading (see headingParts). */
  parts?: HeadingParts;
  /** Worked out once: does the heading or its first lines say "a talk"? */
  evidence?: boolean;
  /** The kind of session its file names where its heading does not (`keynote1.md`). */
  kind?: string;
  /** The whole file is this one talk: the headings under it are its parts (`post-frame.ts`). */
  whole?: boolean;
}

export function headingParts(section: Section, dashSpeakers: boolean): HeadingParts {
  section.parts ??= splitHeading(headingText(section), dashSpeakers);
  return section.parts;
}

/** The heading's text as `splitHeading` reads it: without "[Slides]"-like link words. */
export function headingText(section: Section): string {
  // "Title<br>Jane Doe": a line break in a heading parts title and speaker as a dash would.
  const children = breaksAs(section.heading.children, ' — ');
  const title =
    children === section.heading.children
      ? section.title
      : plainText({ ...section.heading, children }).trim();
  if (!children.some((child) => child.type === 'link')) return title;
  // "Title — Jane Doe [slides](…) · [video](…)": links named only by their kind, at the end.
  let cut = children.length;
  let removed = false;
  for (let i = children.length - 1; i > 0; i--) {
    const child = children[i] as MdNode;
    const text = plainText(child).trim();
    if (child.type === 'link' && LINK_KIND_TEXT.test(text)) {
      cut = i;
      removed = true;
    } else if (child.type === 'link' || /[\p{L}\p{N}]/u.test(text)) break;
    else if (cut === i + 1) cut = i;
  }
  if (!removed) cut = children.length;
  // What stood before the links ("Title (", "Title — Jane Doe ·") ends at its last word.
  const kept =
    cut < children.length
      ? trimEndOf(plainText({ ...section.heading, children: children.slice(0, cut) }), '([·|,;:–—-')
      : title;
  return withoutLinkWords(kept.trim());
}

const isStruck = (child: MdNode) => child.type === 'delete';

/** A heading without its struck-out words, when some words are left. */
function withoutStruck(node: MdNode): MdNode {
  const children = node.children.filter((child) => !isStruck(child));
  return children.some(hasText) ? { ...node, children } : node;
}

const ATTRIBUTE_ID = /\{#([^\s{}]+)\}\s*$/;
const HTML_ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*["']?([^"'\s>]+)/i;

/**
 * What a heading with nothing under it holds: shared, never added to (only `buildSections` adds,
 * and it gives a section its own array first). A file of 100,000 bare headings held 200,000.
 */
const NOTHING_UNDER: MdNode[] = [];
const NO_SECTIONS: Section[] = [];

/**
 * An outliner's page (Logseq, Obsidian's outline mode, Workflowy): every block a bullet, headings
 * too (`- ## Day 1`, `\t- ### Title`). Read as the page it stands for: an item that starts with
 * a heading becomes that heading with what the item holds under it, at any depth; the other
 * items stay bullets. So does a bullet whose own bullets are such headings (`- KubeCon notes`
 * over `\t- ## Title`): it stays a bullet, before them.
 */
export function unwrapOutline(nodes: MdNode[]): MdNode[] {
  if (!nodes.some((node) => isOutlineList(node))) return nodes;
  return nodes.flatMap((node) => (isOutlineList(node) ? unwrapList(node) : [node]));
}

/** Lists of bullets over a heading's bullets looked into, at most (an outline's page title). */
const OUTLINE_DEPTH = 3;

function isOutlineList(node: MdNode, depth = 0): boolean {
  return node.type === 'list' && node.children.some((item) => isOutlineItem(item, depth));
}

function isOutlineItem(item: MdNode, depth: number): boolean {
  return (
    item.children[0]?.type === 'heading' ||
    (depth < OUTLINE_DEPTH && item.children.some((child) => isOutlineList(child, depth + 1)))
  );
}

/**
 * The list's bullets come first, as one list: a bullet beside headings belongs to what holds them
 * (the day, not the talk above it), which is what stands before them on a page.
 */
function unwrapList(list: MdNode): MdNode[] {
  const bullets = list.children.filter((item) => !isOutlineItem(item, 0));
  const out: MdNode[] = bullets.length > 0 ? [{ ...list, children: bullets }] : [];
  for (const item of list.children) {
    if (item.children[0]?.type === 'heading') out.push(...unwrapOutline(item.children));
    else if (isOutlineItem(item, 0)) {
      const own = item.children.filter((child) => !isOutlineList(child));
      if (own.length > 0) out.push({ ...list, children: [{ ...item, children: own }] });
      out.push(...unwrapOutline(item.children.filter((child) => isOutlineList(child))));
    }
  }
  return out;
}

/** Nest the document's headings by depth. Content before the first heading is the preamble. */
export function buildSections(nodes: MdNode[]): {
  preamble: MdNode[];
  sections: Section[];
  /** The text of every heading, in order. */
  titles: string[];
} {
  const preamble: MdNode[] = [];
  const titles: string[] = [];
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const node of strayTalkHeadings(
    speakerHeadings(nameSubheadings(speakerSections(titleFieldHeadings(nodes)))),
  )) {
    if (node.type === 'heading') {
      // "So I generated ~~3000~~ 10000+ SBOMs": the words struck out are the author's correction.
      const heading = node.children.some(isStruck) ? withoutStruck(node) : node;
      const title = withoutHandle(plainText(heading));
      const section: Section = {
        heading,
        title,
        ids: headingIds(node),
        depth: node.depth ?? 1,
        line: node.line,
        body: NOTHING_UNDER,
        children: NO_SECTIONS,
        // Declared up front, so adding them later does not grow the object.
        parts: undefined,
        evidence: undefined,
      };
      // As the heading is read for its speaker: without "[slides](…)" after the name.
      titles.push(headingText(section));
      while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= section.depth) stack.pop();
      const parent = stack.at(-1);
      if (parent) {
        if (parent.children === NO_SECTIONS) parent.children = [];
        parent.children.push(section);
      } else roots.push(section);
      stack.push(section);
    } else {
      const current = stack.at(-1);
      if (current) {
        if (current.body === NOTHING_UNDER) current.body = [];
        current.body.push(node);
      } else preamble.push(node);
    }
  }
  return { preamble, sections: foldNumberedPoints(roots), titles };
}

/** Shared by every heading without an id of its own (nearly all): never added to. */
const NO_IDS: string[] = [];

function headingIds(heading: MdNode): string[] {
  const ids: string[] = [];
  for (const child of heading.children) {
    const html = child.type === 'html' ? HTML_ANCHOR.exec(child.value ?? '') : null;
    if (html?.[1]) ids.push(html[1].toLowerCase());
  }
  const last = heading.children.at(-1);
  const attribute = last?.type === 'text' ? ATTRIBUTE_ID.exec(last.value ?? '') : null;
  if (attribute?.[1]) ids.push(attribute[1].toLowerCase());
  return ids.length > 0 ? ids : NO_IDS;
}

/** Nodes that carry nothing a reader would call content. */
export function meaningful(nodes: MdNode[]): MdNode[] {
  return nodes.filter(
    (node) => node.type !== 'thematicBreak' && node.type !== 'html' && hasText(node),
  );
}

/** Content that is only pictures, HTML or template shortcodes: a gallery, an embed. */
export function onlyDecoration(nodes: MdNode[]): boolean {
  let decoration = false;
  for (const node of nodes) {
    if (node.type === 'thematicBreak') continue;
    if (node.type === 'html' || hasImage(node)) {
      decoration = true;
      if (node.type === 'html' || textBesideImages(node) === '') continue;
      return false;
    }
    if (hasText(node)) return false;
    decoration = true;
  }
  return decoration;
}

export function hasImage(node: MdNode): boolean {
  if (node.type === 'image') return true;
  return node.children.some(hasImage);
}

function textBesideImages(node: MdNode): string {
  const strip = (n: MdNode): MdNode => ({
    ...n,
    children: n.children.filter((c) => c.type !== 'image').map(strip),
  });
  return plainText(strip(node));
}

export interface TocEntry {
  anchor: string;
  /** The group the author put the entry in, from a nested list item ("* Culture" → entries). */
  group?: string;
}

/**
 * A table of contents is content made only of lists whose every entry links to `#anchor`.
 * Returns its entries, or undefined when the nodes are anything else.
 */
export function tableOfContents(nodes: MdNode[]): TocEntry[] | undefined {
  const content = meaningful(nodes);
  if (content.length === 0 || !content.every((node) => node.type === 'list')) return undefined;
  const entries: TocEntry[] = [];
  for (const list of content) {
    if (!collectToc(list, undefined, entries)) return undefined;
  }
  return entries.length > 0 ? entries : undefined;
}

function collectToc(list: MdNode, group: string | undefined, entries: TocEntry[]): boolean {
  for (const item of list.children) {
    const own = item.children.filter((child) => child.type !== 'list');
    const sublists = item.children.filter((child) => child.type === 'list');
    const anchor = ownAnchor(item);
    if (anchor !== undefined) entries.push(group ? { anchor, group } : { anchor });
    else if (sublists.length === 0 || plainText(own) === '') return false;
    const label = anchor === undefined ? plainText(own) : group;
    for (const sublist of sublists) if (!collectToc(sublist, label, entries)) return false;
  }
  return true;
}

function ownAnchor(item: MdNode): string | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const link = findFirst(paragraph, 'link');
  const url = link?.url ?? '';
  const hash = url.indexOf('#');
  if (!link || hash === -1 || hash === url.length - 1) return undefined;
  // "[Title](#title)", or "[Title](https://blog.example/post#title)" standing alone in its item
  // (a list of talks to other pages says more than the link).
  if (hash > 0 && plainText(paragraph) !== plainText(link.children)) return undefined;
  const fragment = url.slice(hash + 1);
  try {
    return decodeURIComponent(fragment).toLowerCase();
  } catch {
    return fragment.toLowerCase();
  }
}

/** The first node of a type, depth first (a link may sit inside **bold**). */
export function findFirst(node: MdNode, type: MdNode['type']): MdNode | undefined {
  for (const child of node.children) {
    if (child.type === type) return child;
    const found = findFirst(child, type);
    if (found) return found;
  }
  return undefined;
}
