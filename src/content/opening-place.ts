import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * Where the event was, as a post's opening says it with no label: the last part of a header line
 * of dotted parts that gives the dates (`UXLx: User Experience Lisbon · 12 to 15 May 2026 · Lisbon,
 * Portugal`), or the town the author says they attended it in (`we attended the US conference in
 * Salt Lake City, Utah.`, `My notes from GopherSea 2023 in Lisbon`). Only a place's shape: one to three capitalised words, a region or
 * country after a comma; a month (`in May`) or a year is none.
 */
export function openingPlace(opening: MdNode[]): string | undefined {
  const paragraphs = opening.filter((node) => node.type === 'paragraph').slice(0, 3);
  for (const node of paragraphs) {
    const text = plainText(node).trim();
    if (text.length > 200 || text.includes('\n')) continue;
    const parts = text.split(/\s+[·•|]\s+/);
    const last = parts.at(-1)?.trim() ?? '';
    if (parts.length >= 3 && parts.some((part) => /\b(?:19|20)\d\d\b/.test(part)) && isPlace(last))
      return last;
  }
  for (const node of paragraphs.slice(0, 2)) {
    const said = ATTENDED.exec(plainText(node))?.[1];
    if (said && isPlace(said)) return said;
  }
  return undefined;
}

const NAME = "\\p{Lu}[\\p{L}'’-]+";
const PLACE = `${NAME}(?: ${NAME}){0,2}(?:, ${NAME}(?: ${NAME})?)?`;
const ATTENDED = new RegExp(
  `\\b(?:(?:we|I)\\s+(?:attended|went to|were at|was at)|(?:notes|summary|recap|takeaways|highlights)\\s+(?:from|of|on|at))\\b[^.!?\\n]{0,80}?\\bin (${PLACE})(?=[.,;!]?(?:\\s|$))`,
  'u',
);
const WHOLE = new RegExp(`^${PLACE}$`, 'u');
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|The|Person|Python|Spring|Summer|Autumn|Fall|Winter)\b/;

function isPlace(text: string): boolean {
  return text.length <= 60 && WHOLE.test(text) && !NOT_PLACE.test(text);
}
