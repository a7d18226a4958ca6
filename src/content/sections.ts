import { slug as githubSlug } from 'github-slugger';
import type { Heading, List, ListItem, RootContent } from 'mdast';
import { plainText } from './mdast-text.ts';

/** A heading with what stands under it up to the next heading, and its deeper headings. */
export interface Section {
  heading: Heading;
  title: string;
  /** The anchor a table of contents links to: GitHub/Jekyll slug of the heading text. */
  anchor: string;
  depth: number;
  line: number;
  body: RootContent[];
  children: Section[];
}

/** Nest the document's headings by depth. Content before the first heading is the preamble. */
export function buildSections(nodes: RootContent[]): {
  preamble: RootContent[];
  sections: Section[];
} {
  const preamble: RootContent[] = [];
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const node of nodes) {
    if (node.type === 'heading') {
      const title = plainText(node);
      const section: Section = {
        heading: node,
        title,
        anchor: githubSlug(title),
        depth: node.depth,
        line: node.position?.start.line ?? 1,
        body: [],
        children: [],
      };
      while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= node.depth) stack.pop();
      const parent = stack.at(-1);
      if (parent) parent.children.push(section);
      else roots.push(section);
      stack.push(section);
    } else {
      const current = stack.at(-1);
      if (current) current.body.push(node);
      else preamble.push(node);
    }
  }
  return { preamble, sections: roots };
}

/** Nodes that carry nothing a reader would call content. */
export function meaningful(nodes: RootContent[]): RootContent[] {
  return nodes.filter(
    (node) =>
      node.type !== 'thematicBreak' &&
      node.type !== 'html' &&
      node.type !== 'yaml' &&
      node.type !== 'definition' &&
      plainText(node) !== '',
  );
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
export function tableOfContents(nodes: RootContent[]): TocEntry[] | undefined {
  const content = meaningful(nodes);
  if (content.length === 0 || !content.every((node) => node.type === 'list')) return undefined;
  const entries: TocEntry[] = [];
  for (const list of content as List[]) {
    if (!collectToc(list, undefined, entries)) return undefined;
  }
  return entries.length > 0 ? entries : undefined;
}

function collectToc(list: List, group: string | undefined, entries: TocEntry[]): boolean {
  for (const item of list.children) {
    const own = item.children.filter((child) => child.type !== 'list');
    const sublists = item.children.filter((child): child is List => child.type === 'list');
    const anchor = ownAnchor(item);
    if (anchor !== undefined) entries.push(group ? { anchor, group } : { anchor });
    else if (sublists.length === 0 || plainText(own) === '') return false;
    const label = anchor === undefined ? plainText(own) : group;
    for (const sublist of sublists) if (!collectToc(sublist, label, entries)) return false;
  }
  return true;
}

function ownAnchor(item: ListItem): string | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const link = paragraph.children.find((child) => child.type === 'link');
  if (link?.type !== 'link' || !link.url.startsWith('#')) return undefined;
  return decodeURIComponent(link.url.slice(1)).toLowerCase();
}
