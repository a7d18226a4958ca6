import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * A talk's speaker written as a field of its own heading: "## 발표자" (speaker) over "- 박태웅 |
 * 녹서포럼 의장", "### Speaker" over "Jane Doe (Acme)", under the talk's heading. It is the talk's
 * `Speaker:` line, never a talk nor a person's heading: the heading and the line become one
 * labelled line in the talk's notes, read as any `Speaker: …` line is.
 */
export function speakerHeadings(nodes: MdNode[]): MdNode[] {
  let out: MdNode[] | undefined;
  let above = 0;
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'heading') continue;
    const depth = node.depth ?? 1;
    const talkAbove = above > 0 && above < depth;
    if (!talkAbove || !SPEAKER_FIELD.test(plainText(node).trim())) {
      above = depth;
      continue;
    }
    const next = nodes[i + 1];
    const text = next ? lineOf(next) : undefined;
    const end = nodes[i + 2];
    if (text === undefined || (end !== undefined && end.type !== 'heading')) continue;
    if (!speakerLine(`Speaker: ${text}`, false)?.every((person) => person.name)) continue;
    out ??= [...nodes];
    const line: MdNode = {
      type: 'paragraph',
      line: node.line,
      children: [{ type: 'text', line: node.line, children: [], value: `Speaker: ${text}` }],
    };
    out[i] = line;
    out[i + 1] = EMPTY;
  }
  return out ? out.filter((node) => node !== EMPTY) : nodes;
}

const EMPTY: MdNode = { type: 'html', line: 0, children: [], value: '' };

/** The one short line of a paragraph, or of a list's one item. */
function lineOf(node: MdNode): string | undefined {
  const block =
    node.type === 'list' && node.children.length === 1 ? node.children[0]?.children[0] : node;
  if (block?.type !== 'paragraph') return undefined;
  const text = plainText(block).trim();
  return text.length > 0 && text.length <= 120 && !text.includes('\n') ? text : undefined;
}

/** "Speaker", "Speakers", "Presenter", "발표자", "연사", "登壇者", "講演者", "演讲者", "讲师"… */
const SPEAKER_FIELD =
  /^(?:the )?(?:speakers?|presenters?|sprecher(?:in)?|referent(?:in)?|palestrantes?|ponentes?|orat(?:eur|rice)s?|intervenant(?:e|s)?|relat(?:ore|rice|ori)|spreker|prelegen(?:t|ci)|foredragsholder|talare|발표자|연사|강연자|登壇者|講演者|スピーカー|演讲者|演講者|讲者|讲师|講師|分享嘉宾|主讲人)\s*[:：]?$/iu;
