import type { MdNode } from './markdown.ts';
import type { MarkdownReader } from './markdown-html.ts';

/** Longest block of HTML tables read as Markdown; anything longer stays markup. */
const HTML_TABLE_MAX = 100_000;
const TABLE = /<table(?:\s[^<>]{0,300})?>([\s\S]*?)<\/table>/giy;
const ROW = /<tr(?:\s[^<>]{0,300})?>([\s\S]*?)<\/tr>/gi;
/**
 * A cell ends at its `</td>`, or, as browsers read a page, where the next cell or the row ends
 * (`<td>Talk one <td>Talk two</td>`: its author left the first unclosed).
 */
const CELL = /<(t[hd])(\s[^<>]{0,300})?>([\s\S]*?)(?:<\/t[hd]>|(?=<t[hd][\s>])|$)/gi;
/** What a header cell of a table of talks says ("Title", "Speaker", "Company", "Slides"). */
const HEADER_WORD =
  /^(?:talk|session|title|name|speakers?|presenters?|by|who|company|organi[sz]ation|affiliation|notes?|summary|slides?|video|links?|time|track|room|format|type)$/i;

const NOTES_LABEL = /^(?:my )?(?:notes?|summary|description|comments?|takeaways?|thoughts)$/i;

interface Cell {
  header: boolean;
  /** Its text as inline Markdown, a line per `<br>` or `<p>`. */
  lines: string[];
}

/**
 * `<table>` blocks (a Notion or CMS export's talk cards): each read as the Markdown it stands for.
 * A table with a header row (`<th>`, or `Title | Speaker | Company`) is a Markdown table; one of
 * label and value rows (`<th>Speaker</th><td>Noor Visser</td>`) a paragraph of `Speaker: …`
 * lines; any other row a card — its first two lines (the title, the speaker) a paragraph, each
 * line after it a paragraph of its own (the notes, the links). `undefined` for other HTML.
 */
export function htmlTables(
  html: string,
  line: number,
  read: MarkdownReader,
  inline: (html: string) => string,
): MdNode[] | undefined {
  const text = html.trim();
  if (text.length > HTML_TABLE_MAX || !/^<table[\s>]/i.test(text) || !/<\/table>$/i.test(text))
    return undefined;
  const nodes: MdNode[] = [];
  // Line numbers counted on from the last table, not from the start for each (no quadratic
  // walk over a block of many tables).
  let at = 0;
  let counted = 0;
  let here = line;
  while (at < text.length) {
    BLANK.lastIndex = at;
    at = BLANK.exec(text) ? BLANK.lastIndex : at;
    if (at >= text.length) break;
    TABLE.lastIndex = at;
    const table = TABLE.exec(text);
    if (!table) return undefined;
    here += newlines(text.slice(counted, at));
    counted = at;
    nodes.push(...tableNodes(table[1] ?? '', here, read, inline));
    at = TABLE.lastIndex;
  }
  return nodes;
}

function tableNodes(
  inner: string,
  line: number,
  read: MarkdownReader,
  inline: (html: string) => string,
): MdNode[] {
  const rows: Cell[][] = [];
  const rowLines: number[] = [];
  const spans = new Map<number, number>();
  // Each row's line, counted on from the row before.
  let counted = 0;
  let rowLine = line;
  for (const row of inner.matchAll(ROW)) {
    rowLine += newlines(inner.slice(counted, row.index));
    counted = row.index;
    const read = [...(row[1] ?? '').matchAll(CELL)].map((cell) => ({
      header: (cell[1] ?? '').toLowerCase() === 'th',
      lines: inline((cell[3] ?? '').replace(/<\/p>\s*<p(?:\s[^<>]{0,200})?>/gi, '<br>'))
        .split('\n')
        .map((text) => text.trim())
        .filter((text) => text !== ''),
      span: merged(cell[2] ?? ''),
    }));
    const cells = spans.size > 0 || read.some((cell) => cell.span) ? grid(read, spans) : read;
    if (cells.some((cell) => cell.lines.length > 0)) {
      rows.push(cells);
      rowLines.push(rowLine);
    }
  }
  const [first, ...rest] = rows;
  if (!first) return [];
  // "<th>Speaker</th><td>Noor Visser</td>" down the rows: a talk's facts, a labelled line each.
  const facts =
    rows.every((row) => labelled(row) && row[0]?.header) ||
    (!first.every((cell) => cell.header) && rows.every((row) => labelled(row, HEADER_WORD)));
  if (facts) {
    const lines = rows.map((row) => {
      const [label, value] = row.filter((cell) => cell.lines.length > 0);
      const name = label?.lines[0]?.replace(/:$/, '') ?? '';
      const said = value?.lines.join(' ') ?? '';
      // "Notes | Parameterised tests …": the author's words, without the label.
      return NOTES_LABEL.test(name) ? said : `${name}: ${said}`;
    });
    return read.blocks(lines.map(escapeBlock).join('\n'), line - 1);
  }
  if (rest.length > 0 && first.length >= 2 && isHeader(first)) {
    const cellText = (cell: Cell | undefined) =>
      (cell?.lines ?? []).join('<br>').replace(/\|/g, '\\|');
    const lines = [first, first.map(() => ({ header: true, lines: ['---'] })), ...rest].map(
      (row) => `| ${first.map((_, i) => cellText(row[i])).join(' | ')} |`,
    );
    return read.blocks(lines.join('\n'), line - 1);
  }
  // A card per row: the text of its cells (a picture's cell has none), line by line.
  const nodes: MdNode[] = [];
  rows.forEach((row, index) => {
    const lines = row.flatMap((cell) => cell.lines);
    const blocks = [lines.slice(0, 2).join('\n'), ...lines.slice(2)];
    nodes.push(...read.blocks(blocks.map(escapeBlock).join('\n\n'), (rowLines[index] ?? line) - 1));
  });
  return nodes;
}

/** `colspan="3"`, `rowspan="2"`: how many columns and rows a merged cell covers. */
function merged(attributes: string): Span | undefined {
  const count = (pattern: RegExp) => Math.min(Number(pattern.exec(attributes)?.[1] ?? 1), 20);
  const [cols, rows] = [count(COLSPAN), count(ROWSPAN)];
  return cols > 1 || rows > 1 ? { cols, rows } : undefined;
}

const COLSPAN = /\bcolspan\s*=\s*["']?(\d{1,2})/i;
const ROWSPAN = /\browspan\s*=\s*["']?(\d{1,2})/i;

interface Span {
  cols: number;
  rows: number;
}

/**
 * A schedule's merged cells laid out as a Markdown table's: a cell over several columns stands in
 * the first, with empty cells after it; one over several rows leaves its column empty in the rows
 * below (`spans`: how many rows below each column is still covered).
 */
function grid(read: (Cell & { span?: Span | undefined })[], spans: Map<number, number>): Cell[] {
  const cells: Cell[] = [];
  const empty = (): Cell => ({ header: false, lines: [] });
  /** The next column is still covered by a cell above: one row less. */
  const covered = () => {
    const left = spans.get(cells.length);
    if (left === undefined) return false;
    if (left <= 1) spans.delete(cells.length);
    else spans.set(cells.length, left - 1);
    return true;
  };
  for (const cell of read) {
    while (covered()) cells.push(empty());
    const { cols = 1, rows = 1 } = cell.span ?? {};
    for (let i = 0; i < cols; i++) {
      if (rows > 1) spans.set(cells.length, rows - 1);
      cells.push(i === 0 ? { header: cell.header, lines: cell.lines } : empty());
    }
  }
  const last = Math.max(-1, ...spans.keys());
  while (cells.length <= last) {
    covered();
    cells.push(empty());
  }
  return cells;
}

/** A row of a label and its value: "Speaker" (or `<th>Speaker</th>`) then the value. */
function labelled(row: Cell[], words = /^[\p{L}][\p{L} ()/-]{0,24}$/u): boolean {
  const [label, value, ...more] = row.filter((cell) => cell.lines.length > 0);
  return (
    label !== undefined &&
    value !== undefined &&
    more.length === 0 &&
    label.lines.length === 1 &&
    words.test((label.lines[0] ?? '').replace(/:$/, '')) &&
    !value.header
  );
}

/** The first row names the columns: header cells, or words such as "Title" and "Speaker". */
function isHeader(row: Cell[]): boolean {
  if (row.every((cell) => cell.header)) return true;
  const named = row.filter((cell) => HEADER_WORD.test((cell.lines[0] ?? '').replace(/:$/, '')));
  return named.length >= 2 && named.length * 2 >= row.length;
}

/** A line of a card read as a paragraph: "1. Title" or "- Title" must not become a list. */
function escapeBlock(text: string): string {
  return text.replace(/^(\d{1,9})([.)]\s)/, '$1\\$2').replace(/^([-+*]\s|#{1,6}\s|>)/, '\\$1');
}

function newlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** White space from `lastIndex` on (sticky: never searches ahead). */
const BLANK = /\s*/y;
