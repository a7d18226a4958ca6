import { TITLE_LABEL } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { SPEAKER_WORDS } from './speaker-heading.ts';
import { speakerLine } from './speaker-line.ts';
import { looksLikeName } from './speaker-names.ts';

/** "Presented by: …", "Speakers — …", "Relatore: …", "Given by …": a label, then who. */
const LABELLED = new RegExp(
  `^(?:(?:the )?(?:${SPEAKER_WORDS}|orador(?:a|es)?|sprekers|prelegentka|speaker\\(s\\)|by|talk by|presented by|given by)\\s*(?:[:：—–]|\\s-)\\s*\\S|(?:talk |session )?(?:presented|given) by\\s+\\S)`,
  'iu',
);

/**
 * "### Yarn Spinner" right over "### Presented by: Jon Manning [@jm](…)", or "## Tide tables" over
 * "### Speaker: Marta Kowalczyk": who gave the talk written as a heading of its own, a label and
 * the names, straight under the talk's heading (at its level or one deeper). It is the talk's
 * `Speaker:` line, never a talk titled "Presented by" nor a section of the talk: the heading
 * becomes a line of the talk's notes, its links kept. Not where a heading hangs under it or a
 * labelled title follows ("### Relatore: Luca Bianchi" over "#### Titolo: …" or "**Titolo:** …"
 * is a person's heading over their talk).
 */
export function labelledSpeakerHeadings(nodes: MdNode[]): MdNode[] {
  let out: MdNode[] | undefined;
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i] as MdNode;
    const above = nodes[i - 1] as MdNode;
    if (node.type !== 'heading' || above.type !== 'heading') continue;
    const depth = node.depth ?? 1;
    if (depth !== (above.depth ?? 1) && depth !== (above.depth ?? 1) + 1) continue;
    const next = nodes[i + 1];
    if (next?.type === 'heading' && (next.depth ?? 1) > depth) continue;
    const text = plainText(node).trim();
    if (text.length > 200 || !LABELLED.test(text)) continue;
    // "### Relatrice: Chiara Galli" over "**Titolo:** Pagamenti idempotenti": the person's heading.
    if (next?.type === 'paragraph' && TITLE_LABEL.test(plainText(next).trimStart())) continue;
    const people = speakerLine(text, false);
    if (!people?.length || !people.every((person) => person.name && looksLikeName(person.name)))
      continue;
    out ??= [...nodes];
    out[i] = { type: 'paragraph', line: node.line, children: node.children };
  }
  return out ?? nodes;
}
