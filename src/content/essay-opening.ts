import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import type { Section } from './sections.ts';
import { hasTalkEvidence } from './talk-evidence.ts';

/**
 * A post that opens with the author's essay under a heading of its own ("## Why I still go to
 * conferences", "## Neden hâlâ konferanslara gidiyorum") before talks that name their speakers:
 * that first section is the post's introduction, not a talk. Read so only when it is only prose
 * (200 letters or more, no list, no link), names no one, and two or more
 * of the headings after it at its level show a speaker or a talk's links.
 */
export function essayOpening(sections: Section[], dashSpeakers: boolean): Section | undefined {
  const [first, ...rest] = sections;
  if (!first || first.children.length > 0 || rest.length < 2) return undefined;
  if (!proseOnly(first.body) || hasTalkEvidence(first, dashSpeakers)) return undefined;
  let talks = 0;
  for (const section of rest) {
    if (section.depth === first.depth && hasTalkEvidence(section, dashSpeakers)) talks++;
    if (talks >= 2) return first;
  }
  return undefined;
}

function proseOnly(body: MdNode[]): boolean {
  let paragraphs = 0;
  let chars = 0;
  for (const node of body) {
    if (node.type !== 'paragraph' || node.children.some((child) => child.type === 'link'))
      return false;
    paragraphs++;
    chars += plainText(node).length;
  }
  return paragraphs >= 1 && chars >= 200;
}
