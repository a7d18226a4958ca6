import { TITLE_LABEL } from './field-lines.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { namedOnly } from './person-headings.ts';
import { headingName, isPlainGroup, isPostSection } from './section-names.ts';
import { speakerLine } from './speaker-line.ts';
import { looksLikeName } from './speaker-names.ts';

/** "Speaker", "Speakers", "Presenter", "발표자", "연사", "登壇者", "講演者", "演讲者", "讲师"… */
const SPEAKER_WORDS =
  'speakers?|presenters?|sprecher(?:in)?|referent(?:in)?|palestrantes?|ponentes?|orat(?:eur|rice)s?|intervenant(?:e|s)?|relat(?:ore|rice|ori)|spreker|prelegen(?:t|ci)|foredragsholder|talare|발표자|연사|강연자|登壇者|講演者|スピーカー|演讲者|演講者|讲者|讲师|講師|分享嘉宾|主讲人';
const SPEAKER_FIELD = new RegExp(`^(?:the )?(?:${SPEAKER_WORDS})\\s*[:：]?$`, 'iu');

/**
 * A talk's speaker written as a heading of its own under the talk's heading; it becomes the
 * talk's `Speaker:` line, never a talk nor a person's heading, read as any `Speaker: …` line is:
 * - a field's heading over the names: "## 발표자" (speaker) over "- 박태웅 | 녹서포럼 의장",
 *   "### Speaker" over "Jane Doe (Acme)": the heading and the line become one labelled line;
 * - a label and the names in the heading: "### Yarn Spinner" right over "### Presented by: Jon
 *   Manning [@jm](…)", "## Tide tables" over "### Speaker: Marta Kowalczyk" (see
 *   `labelledSpeaker`): the heading becomes a line, its links kept.
 */
export function speakerHeadings(nodes: MdNode[]): MdNode[] {
  let out: MdNode[] | undefined;
  let above = 0;
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'heading') continue;
    if (labelledSpeaker(nodes, i)) {
      out ??= [...nodes];
      out[i] = { type: 'paragraph', line: node.line, children: node.children };
      continue;
    }
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

/** "Presented by: …", "Speakers — …", "Relatore: …", "Given by …": a label, then who. */
const LABELLED = new RegExp(
  `^(?:(?:the )?(?:${SPEAKER_WORDS}|orador(?:a|es)?|sprekers|prelegentka|speaker\\(s\\)|by|talk by|presented by|given by)\\s*(?:[:：—–]|\\s-)\\s*\\S|(?:talk |session )?(?:presented|given) by\\s+\\S)`,
  'iu',
);

/**
 * Whether the heading at `i` labels who gave the talk whose heading is right above it, at its
 * level or one deeper. Not where a heading hangs under it or a labelled title follows
 * ("### Relatore: Luca Bianchi" over "#### Titolo: …" or "**Titolo:** …" is a person's heading
 * over their talk).
 */
function labelledSpeaker(nodes: MdNode[], i: number): boolean {
  const node = nodes[i] as MdNode;
  const above = nodes[i - 1];
  if (above?.type !== 'heading') return false;
  const depth = node.depth ?? 1;
  if (depth !== (above.depth ?? 1) && depth !== (above.depth ?? 1) + 1) return false;
  const next = nodes[i + 1];
  if (next?.type === 'heading' && (next.depth ?? 1) > depth) return false;
  const text = plainText(node).trim();
  if (!LABELLED.test(text)) return false;
  // "### Relatrice: Chiara Galli" over "**Titolo:** Pagamenti idempotenti": the person's heading.
  if (next?.type === 'paragraph' && TITLE_LABEL.test(plainText(next).trimStart())) return false;
  return labelledPeople(text) !== undefined;
}

/** The names of a heading that labels who gave a talk ("Speaker: Jane Doe", "Presented by: …"). */
export function labelledPeople(text: string): string[] | undefined {
  if (text.length > 200 || !LABELLED.test(text)) return undefined;
  const people = speakerLine(text, false);
  const names = people?.map((person) => person.name ?? '');
  return names?.length && names.every((name) => name && looksLikeName(name)) ? names : undefined;
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

/**
 * "## Solving Sudoku in Swift" over "### [Soroush Khanlou](…)": a post that heads each talk with
 * its title and puts who gave it in a heading right under it, one level deeper, with the notes
 * below. The names' heading is the talk's `Speaker:` line, not a talk titled by a name. Read so
 * only where two talks at least are written so, the upper heading is no name itself (a post that
 * goes person by person, "## Jane Doe" over "### Her talk", is the other way round) and nothing
 * deeper hangs under the names.
 */
export function nameSubheadings(nodes: MdNode[]): MdNode[] {
  const found: number[] = [];
  let known = 0;
  for (const [i, node] of nodes.entries()) {
    const next = nodes[i + 1];
    if (node.type !== 'heading' || next?.type !== 'heading') continue;
    if ((next.depth ?? 1) <= (node.depth ?? 1)) continue;
    const after = nodes[i + 2];
    if (after?.type === 'heading' && (after.depth ?? 1) > (next.depth ?? 1)) continue;
    if (after && emphasisedOnly(after)) continue;
    const names = plainText(next).trim();
    const above = plainText(node).trim();
    // "## Our speakers" over "### Lea Brandt": a group of people's bios, not a talk.
    if (isPlainGroup(headingName(above)) || isPostSection(headingName(above))) continue;
    const people = names.length <= 120 ? namedOnly(names) : undefined;
    if (!people || namedOnly(above)) continue;
    found.push(i + 1);
    if (isGivenName(people[0]?.name?.split(/\s+/)[0] ?? '')) known++;
  }
  // "### Writing Odd Ruby" reads like a name too: most of the names must start with a given name.
  if (found.length < 2 || known < 2 || known * 2 < found.length) return nodes;
  const out = [...nodes];
  for (const at of found) {
    const heading = nodes[at] as MdNode;
    out[at] = {
      type: 'paragraph',
      line: heading.line,
      children: [
        {
          type: 'text',
          line: heading.line,
          children: [],
          value: `Speaker: ${plainText(heading).trim()}`,
        },
      ],
    };
  }
  return out;
}

/** A paragraph that is one bold or italic line: a title under a person's heading. */
function emphasisedOnly(node: MdNode): boolean {
  if (node.type !== 'paragraph') return false;
  const inner = node.children.filter((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''));
  return inner.length === 1 && (inner[0]?.type === 'strong' || inner[0]?.type === 'emphasis');
}
