import type { NoteNode } from './model.ts';

/**
 * A talk's notes as a snapshot keeps them: one line per note, in reading order, its depth and a
 * space before its text ("0 Intro\n1 a point under it\n"). At 10,000 talks JSON took ~80 ms
 * to write on the loader thread; these lines take a quarter of that. Notes whose text has a line
 * break or half a surrogate pair (which bytes cannot carry) are kept as JSON, which starts
 * with "[" where a line starts with a digit.
 */
export function encodeNotes(notes: NoteNode[]): string {
  const lines = { text: '' };
  return addLines(notes, 0, lines) ? lines.text : JSON.stringify(notes);
}

function addLines(notes: NoteNode[], depth: number, lines: { text: string }): boolean {
  const prefix = depth < DEPTHS.length ? (DEPTHS[depth] as string) : `${depth} `;
  for (const note of notes) {
    if (note.text.includes('\n') || !wellFormed(note.text)) return false;
    lines.text += prefix;
    lines.text += note.text;
    lines.text += '\n';
    if (note.children.length > 0 && !addLines(note.children, depth + 1, lines)) return false;
  }
  return true;
}

const DEPTHS = Array.from({ length: 16 }, (_, depth) => `${depth} `);

/** Notes from `encodeNotes`; a damaged text is an error, never half the notes. */
export function decodeNotes(text: string): NoteNode[] {
  if (text.startsWith('[')) return JSON.parse(text) as NoteNode[];
  const roots: NoteNode[] = [];
  // The lists notes of each depth go to: a note's children are the next depth's list.
  const open: NoteNode[][] = [roots];
  for (let at = 0; at < text.length; ) {
    const space = text.indexOf(' ', at);
    const end = text.indexOf('\n', at);
    const depth = space > at && end > space ? Number(text.slice(at, space)) : Number.NaN;
    const list = Number.isInteger(depth) && depth >= 0 ? open[depth] : undefined;
    if (!list) throw new Error('snapshot notes are damaged');
    const note: NoteNode = { text: text.slice(space + 1, end), children: [] };
    list.push(note);
    open.length = depth + 1;
    open.push(note.children);
    at = end + 1;
  }
  return roots;
}

/** `String.prototype.isWellFormed` (Node 20), which the ES2023 typings do not have yet. */
function wellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}
