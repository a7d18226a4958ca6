import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * "### Yarn Spinner" right over "### Presented by: Jon Manning [@desplesda]": the talk's title
 * as a heading, then its speaker's labelled line as a heading too, of the same level,
 * with the notes under it. The second heading is the talk's `Presented by:` line, not a talk
 * titled "Presented by". Only a label with its colon counts ("### Presented by the team" or
 * "### Speakers" alone are other shapes), and only right under a heading with nothing between.
 */
export function labelledSpeakerHeadings(nodes: MdNode[]): MdNode[] {
  let out: MdNode[] | undefined;
  for (const [i, node] of nodes.entries()) {
    const above = nodes[i - 1];
    if (node.type !== 'heading' || above?.type !== 'heading') continue;
    // Deeper, "## Speaker: Rosa Kettle" under a file's one title is that file's byline heading,
    // read as such where the file is one talk (`talk-file.ts`).
    if ((node.depth ?? 1) !== (above.depth ?? 1)) continue;
    const text = plainText(node).trim();
    // A cheap test of the words before the whole reading of a speaker's line.
    if (text.length > 160 || !LABEL.test(text)) continue;
    if (!speakerLine(text, false)?.every((person) => person.name)) continue;
    out ??= [...nodes];
    out[i] = { type: 'paragraph', line: node.line, children: node.children };
  }
  return out ?? nodes;
}

/** "Presented by:", "Speaker:", "Speakers -", "Sprecher:": a speaker's label, then its mark. */
const LABEL =
  /^(?:presented by|speakers?|presenters?|given by|talk by|sprecher(?:in)?|referent(?:in)?|ponentes?|orador(?:a|es)?|palestrantes?|intervenant(?:e|s)?|sprekers?|prelegen(?:t|tka|ci))\s*[:：—–-]\s*\S/iu;
