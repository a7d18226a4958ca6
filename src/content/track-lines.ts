import { trackOf } from './group-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import type { Section } from './sections.ts';

/**
 * "**Track: Web**" alone in bold between two talk headings: it opens a group, as a heading would.
 * Markdown puts it at the end of the talk above it, whose fact it is not.
 */
export function trackLine(node: MdNode | undefined): string | undefined {
  if (node?.type !== 'paragraph' || node.children.length > 3) return undefined;
  // The parser leaves empty text on either side of the bold.
  const marked = node.children.filter((child) => child.type !== 'text' || child.value?.trim());
  const only = marked[0];
  if (marked.length !== 1 || !only || (only.type !== 'strong' && only.type !== 'emphasis'))
    return undefined;
  const text = plainText(only).trim();
  return text.length <= 60 ? trackOf(text.replace(/[:：]$/, ''), true) : undefined;
}

/**
 * The track a section's trailing bold track line opens for the sections after it, taken out of
 * its body; undefined (and the section left as it is) when it has none or is the last.
 */
export function trackAfter(section: Section, last: boolean): string | undefined {
  if (last || section.children.length > 0) return undefined;
  const track = trackLine(section.body.at(-1));
  if (track) section.body = section.body.slice(0, -1);
  return track;
}
