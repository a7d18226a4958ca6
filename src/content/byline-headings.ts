import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * "## So You Want to Start Refactoring?" right over "### by [@j3foley](https://twitter.com/…)":
 * a heading that is only the byline of the title above it (a list of talks worth watching, each
 * title its heading, its speaker a smaller one). The byline is read as a line under the title,
 * not as a talk titled "by @j3foley".
 */
export function bylineHeadings(nodes: MdNode[]): MdNode[] {
  if (!nodes.some((node) => node.type === 'heading' && BYLINE.test(plainText(node)))) return nodes;
  return nodes.map((node, index) => {
    const above = nodes[index - 1];
    if (node.type !== 'heading' || above?.type !== 'heading') return node;
    // Under the file's own title ("# Title" over "## Speaker: Rosa Kettle"), a file of one talk
    // reads its speaker's heading itself (`talk-file.ts`).
    if ((above.depth ?? 0) < 2 || (above.depth ?? 0) >= (node.depth ?? 0)) return node;
    const text = plainText(node).trim();
    if (!BYLINE.test(text) || text.length > 100 || !speakerLine(text, false)) return node;
    return { type: 'paragraph', line: node.line, children: node.children };
  });
}

/** "by Jane Doe", "By @jdoe", "presented by Jane Doe and Bo Chen". */
const BYLINE = /^(?:talk |presented |given )?by\s+\S/i;
