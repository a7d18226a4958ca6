import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPostSection } from './section-names.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * A definition list of talks, as kramdown, Pandoc and Markdown Extra write one: the title as the
 * term, then `: *Jane Doe, Acme*` (its people), then `: notes` lines. Read as the same talk written
 * without the list: `**Title**` over the speaker's line, each further definition a paragraph of
 * notes. The people may stand on a line of their own before the definitions (`**Title**` /
 * `Jane Doe, Acme` / `: notes`). A term whose first definition names no one (a glossary: `Watermark` / `: A timestamp
 * that…`) stays as written.
 */
export function definitionTalks(nodes: MdNode[]): MdNode[] {
  if (!nodes.some((node) => node.type === 'paragraph' && asTalk(node))) return nodes;
  return nodes.flatMap((node) => (node.type === 'paragraph' ? (asTalk(node) ?? [node]) : [node]));
}

function asTalk(paragraph: MdNode): MdNode[] | undefined {
  if (!hasDefinition(paragraph)) return undefined;
  const lines = splitLines(paragraph.children);
  const [term, first] = lines;
  if (lines.length < 2 || !term || !first) return undefined;
  const title = plainText(term).trim();
  // The term is a title: words, not a label ("Speakers" over ": Tom Wouters" is a field).
  if (!/\p{L}/u.test(title) || title.startsWith(':') || title.length > 160) return undefined;
  if (/^(?:speakers?|presenters?|who|by|slides?|video|links?)\s*:?$/i.test(title)) return undefined;
  // "**Coffee break**" / ": Excellent coffee": a part of the post between the talks, set apart
  // as a bold line over its paragraph is (and left out so), not notes of the talk above it.
  if (isPostSection(headingName(title))) {
    const said = lines.slice(1).map(withoutColon);
    if (said.every((note) => note !== undefined))
      return [
        { type: 'paragraph', line: paragraph.line, children: [bold(term, paragraph.line)] },
        ...(said as MdNode[][]).map(
          (note): MdNode => ({
            type: 'paragraph',
            line: note[0]?.line ?? paragraph.line,
            children: note,
          }),
        ),
      ];
  }
  // "**Title**" / "Jane Doe, Acme" / ": notes": the people's line may come before the list.
  const peopleFirst = lines.length > 2 && withoutColon(first) === undefined;
  const definitions = lines.slice(peopleFirst ? 2 : 1).map(withoutColon);
  if (definitions.some((line) => line === undefined)) return undefined;
  let [people, ...notes] = (peopleFirst ? [first, ...definitions] : definitions) as MdNode[][];
  const named = plainText(people ?? []).trim();
  if (!named) return undefined;
  if (named.length > 120 || !speakerLine(named, true)) {
    // ": by Ada Lind (Acme). Gradual typing…": the people, then the notes, in one definition.
    const split = people ? peopleThenNotes(people) : undefined;
    if (!split) return undefined;
    people = split.people;
    notes = [split.notes, ...notes];
  }
  const line = (nodes: MdNode[]) => nodes[0]?.line ?? paragraph.line;
  const head: MdNode = {
    type: 'paragraph',
    line: paragraph.line,
    children: [
      bold(term, paragraph.line),
      { type: 'text', line: paragraph.line, children: [], value: '\n' },
      ...(people ?? []),
    ],
  };
  return [
    head,
    ...notes.map((note): MdNode => ({ type: 'paragraph', line: line(note), children: note })),
  ];
}

/**
 * A definition that opens with its people's sentence (`by Ada Lind (Acme). Notes…`): the people
 * without "by", and the rest of the definition as notes. Undefined where the sentence names no one.
 */
function peopleThenNotes(line: MdNode[]): { people: MdNode[]; notes: MdNode[] } | undefined {
  const [first, ...rest] = line;
  const value = first?.type === 'text' ? (first.value ?? '') : '';
  const stop = SENTENCE_END.exec(value.slice(0, 160));
  if (!first || !stop) return undefined;
  const named = value
    .slice(0, stop.index)
    .replace(/^\s*by\s+/i, '')
    .trim();
  if (!speakerLine(named, true)) return undefined;
  const after = value.slice(stop.index + stop[0].length);
  return {
    people: [{ ...first, value: named }],
    notes: after ? [{ ...first, value: after }, ...rest] : rest,
  };
}

/** The end of a sentence: a stop that closes no initial or title ("Dr.", "J. Doe"). */
const SENTENCE_END = /(?<!(?:^|\s)(?:Dr|Prof|Mr|Mrs|Ms|St|\p{Lu}))[.;]\s+|\s+[—–]\s+/u;

/** The term in bold: a term already in bold is that bold run, not one inside another. */
function bold(term: MdNode[], line: number): MdNode {
  return term.length === 1 && term[0]?.type === 'strong'
    ? term[0]
    : { type: 'strong', line, children: term };
}

/** A definition's line without its `: ` mark; undefined for a line that is no definition. */
function withoutColon(line: MdNode[]): MdNode[] | undefined {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return undefined;
  const match = /^\s*:\s+/.exec(first.value ?? '');
  if (!match) return undefined;
  const value = (first.value ?? '').slice(match[0].length);
  return value ? [{ ...first, value }, ...rest] : rest;
}

/**
 * A section that is only a definition list whose definitions name no one (`## Terms I had to
 * look up` over `Watermark` / `: A timestamp that…`): a glossary, not a talk.
 */
export function isGlossary(body: MdNode[]): boolean {
  if (body.length === 0) return false;
  return body.every((node) => {
    if (node.type !== 'paragraph' || !hasDefinition(node)) return false;
    const lines = splitLines(node.children);
    return lines.length >= 2 && !withoutColon(lines[0] ?? []) && lines.slice(1).every(withoutColon);
  });
}

/** "Related lists", "Other awesome lists", "More collections": an awesome list's pointers to others. */
export const isListOfLists = (name: string): boolean => LIST_OF_LISTS.test(name.trim());
const LIST_OF_LISTS =
  /^(?:related|other|more|similar|sister)(?:\s+awesome)?\s+(?:lists?|repos|repositories|collections|projects)$/i;

/** A line of the paragraph starts with `: ` (most paragraphs have none: not cut into lines). */
function hasDefinition(paragraph: MdNode): boolean {
  return paragraph.children.some(
    (child) => child.type === 'text' && /\n\s*:\s/.test(child.value ?? ''),
  );
}
