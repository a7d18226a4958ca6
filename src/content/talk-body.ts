import type { Link as MdLink, Nodes, RootContent } from 'mdast';
import type { ContentProblem, Link, Speaker } from '../model.ts';
import { classifyLink } from './classify-link.ts';
import { speakerLine, splitHeading } from './heading-title.ts';
import { displayUrl, isAutolink, plainText, proseText } from './mdast-text.ts';
import { meaningful, type Section } from './sections.ts';
import type { DraftNote } from './summary.ts';

/** A talk as read from its section, before ids, facts and topics are settled. */
export interface DraftTalk {
  title: string;
  anchor: string;
  line: number;
  topic?: string;
  speakers: Speaker[];
  company?: string;
  links: Link[];
  notes: DraftNote[];
}

/** A sub-heading that names the speaker: "Speaker: Jane Doe", "by Jane Doe", or a bare name. */
export function speakerHeading(section: Section): Speaker[] | undefined {
  return speakerLine(section.title, true);
}

export function draftTalk(
  section: Section,
  topic: string | undefined,
  file: string,
  problems: ContentProblem[],
): DraftTalk {
  const parts = splitHeading(section.title);
  const draft: DraftTalk = {
    title: parts.title,
    anchor: section.anchor,
    line: section.line,
    speakers: [...parts.speakers],
    links: [],
    notes: [],
  };
  if (topic) draft.topic = topic;
  if (parts.company) draft.company = parts.company;
  for (const link of findLinks(section.heading)) addLink(link, 'Description', draft.links, true);

  const read = (nodes: RootContent[]) => {
    reportBrokenLinks(nodes, file, problems);
    collectLinks(nodes, draft.links);
    return notesFrom(nodes, draft.speakers);
  };
  draft.notes.push(...read(section.body));
  section.children.forEach((child, index) => {
    const speakers = index === 0 && draft.notes.length === 0 ? speakerHeading(child) : undefined;
    if (speakers) {
      draft.speakers.push(...speakers);
      draft.notes.push(...read(child.body), ...child.children.map((c) => subsection(c, read)));
    } else {
      draft.notes.push(subsection(child, read));
    }
  });
  return draft;
}

function subsection(section: Section, read: (nodes: RootContent[]) => DraftNote[]): DraftNote {
  return {
    text: section.title,
    prose: section.title,
    children: [...read(section.body), ...section.children.map((child) => subsection(child, read))],
  };
}

/** Bullets become the notes tree; a top-level "Speaker: …" bullet becomes the speaker instead. */
function notesFrom(nodes: RootContent[], speakers: Speaker[]): DraftNote[] {
  const notes: DraftNote[] = [];
  for (const node of meaningful(nodes)) {
    if (node.type !== 'list') {
      notes.push({ text: plainText(node), prose: proseText(node), children: [] });
      continue;
    }
    for (const item of node.children) {
      const note = itemNote(item);
      const named = speakerLine(note.text, false);
      if (named) speakers.push(...named);
      else if (!isTalkLinksLine(item, note)) notes.push(note);
    }
  }
  return notes;
}

function itemNote(item: Nodes & { type: 'listItem' }): DraftNote {
  const own = item.children.filter((child) => child.type !== 'list');
  const children: DraftNote[] = [];
  for (const child of item.children) {
    if (child.type === 'list') children.push(...child.children.map(itemNote));
  }
  return { text: plainText(own), prose: proseText(own), children };
}

/**
 * "[Description](…) and [Slides](…)": the talk's own links, which every surface shows as links
 * already; as a note it would only repeat them.
 */
function isTalkLinksLine(item: Nodes & { type: 'listItem' }, note: DraftNote): boolean {
  const links = findLinks(item);
  const connectorsOnly = /^(?:\s|,|&|\band\b|\bor\b)*$/i.test(note.prose);
  return (
    note.children.length === 0 &&
    connectorsOnly &&
    links.length > 0 &&
    links.every((link) =>
      ['description', 'slides', 'video'].includes(
        classifyLink(plainText(link.children), '', link.url),
      ),
    )
  );
}

function findLinks(node: Nodes): MdLink[] {
  if (node.type === 'link') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(findLinks) : [];
}

/** Every link in some nodes, with the text of the bullet or paragraph it stands in. */
function collectLinks(nodes: RootContent[], into: Link[]): void {
  const walk = (node: Nodes, context: string) => {
    if (node.type === 'link') {
      addLink(node, context, into, false);
      return;
    }
    if (!('children' in node)) return;
    let own = context;
    if (node.type === 'listItem') own = plainText(node.children.filter((c) => c.type !== 'list'));
    else if (node.type === 'paragraph') own = plainText(node);
    for (const child of node.children as Nodes[]) walk(child, own);
  };
  for (const node of nodes) walk(node, '');
}

function addLink(node: MdLink, context: string, into: Link[], isHeading: boolean): void {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(node.url) || into.some((link) => link.url === node.url)) return;
  const linkText = isAutolink(node) ? '' : plainText(node.children);
  const shown = displayUrl(node.url);
  const label = context
    .replace(shown, '')
    .replace(/(\s+(at|see)|:)?\s*$/i, '')
    .trim();
  const readable = /\p{L}{3,}/u.test(label) && label.length <= 120 && !/^see( also)?$/i.test(label);
  const text = isHeading ? 'Description' : linkText || (readable ? label : shown);
  const kind = isHeading ? 'description' : classifyLink(linkText, context, node.url);
  into.push({ kind, url: node.url, text });
}

/** "[Slides](http://…" or "[Slides] (http://…)" did not become a link: tell the author where. */
function reportBrokenLinks(nodes: RootContent[], file: string, problems: ContentProblem[]): void {
  const walk = (node: Nodes) => {
    if (
      node.type === 'text' &&
      /\[[^\]\n]*\]\s?\((?:\s*(?:[a-z]+:|\/|#|www\.)|\s*$)/i.test(node.value)
    ) {
      problems.push({
        file,
        line: node.position?.start.line ?? 1,
        message: `broken link syntax near "${node.value.trim().slice(0, 60)}": write [text](url) with no space and a closing )`,
      });
    }
    if ('children' in node && node.type !== 'link') (node.children as Nodes[]).forEach(walk);
  };
  nodes.forEach(walk);
}
