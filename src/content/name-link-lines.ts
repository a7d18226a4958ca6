import { entriesAsHeadings, factLine } from './entry-headings.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * A post of recordings, a line each, its speaker first: "Brian Rinaldi - [Comparing Jekyll with
 * the Competition](https://youtu.be/…)" (JekyllConf's links to each speaker in the video). Three
 * such paragraphs or more are read as headings of the linked titles, each with its speaker, one
 * level under the heading above, as if the author had written the talks so. A line whose words
 * before the dash are no person's name ("Slides - [here](…)") is left as it was.
 */
export function nameLinkHeadings(nodes: MdNode[]): MdNode[] {
  return entriesAsHeadings(nodes, 3, entryOf, (entry, { line }, depth, out) => {
    out.push({ type: 'heading', line, depth, children: [entry.link] });
    out.push(factLine(line, `Speaker: ${entry.name}`));
  });
}

/** "Kari Holm", "Anne van Dijk": a name's words, each with a capital (two to four of them). */
export const NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|der|den|du|la|le|di)){1,3}$/u;

/** The longest text before a line's link read: a name of four words, a dash, a title of 200. */
const LEAD_MAX = 320;

function entryOf(node: MdNode): { name: string; link: MdNode } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [lead, link, ...rest] = node.children;
  if (lead?.type !== 'text' || link?.type !== 'link' || !link.url) return undefined;
  // A name, a dash and at most a title's start: read no further, as the patterns below are
  // tried from every blank of a long run of them (80,000 took seconds).
  const text = lead.value ?? '';
  if (text.length > LEAD_MAX) return undefined;
  // "Jane Doe - [Title?(https://…)": a link its author left without its `]`, its address
  // linked on its own.
  const broken = /^\s*(.+?)\s+[-–—]\s*\[([^\]]{3,200}?)\($/u.exec(text);
  const rests = rest.map((child) => (child.type === 'text' ? (child.value ?? '').trim() : '?'));
  if (!rests.every((text) => text === '' || (broken && text === ')'))) return undefined;
  const name = broken?.[1] ?? /^\s*(.+?)\s+[-–—]\s*$/.exec(text)?.[1];
  if (!name || !NAME.test(name) || !parseSpeakerText(name)) return undefined;
  const title = broken?.[2]?.trim();
  if (title) {
    const line = link.line;
    const words: MdNode = { type: 'text', line, children: [], value: title };
    return { name, link: { type: 'link', line, url: link.url, children: [words] } };
  }
  return /\p{L}{2}/u.test(plainText(link)) ? { name, link } : undefined;
}
