import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * A table of talks with an empty header (`| | | |` over `| [Title](video) | [Jane Doe](speakers/…) |
 * [:notebook:](slides) |`, as an index of a conference's talks is generated): which column is the
 * title and which the speaker, from the rows. The speaker's column holds a person's name (or
 * names) in nearly every row; the title's is the first column before it with words in nearly
 * every row. Undefined where the rows show no such two columns: the table stays notes.
 */
export function unheadedColumns(rows: MdNode[]): { title: number; speaker: number } | undefined {
  if (rows.length < 2) return undefined;
  const width = Math.max(...rows.map((row) => row.children.length));
  const most = (at: number, test: (text: string) => boolean): boolean =>
    rows.filter((row) => {
      const cell = row.children[at];
      return cell !== undefined && test(plainText(cell).trim());
    }).length >=
    rows.length * 0.8;
  const speaker = [...Array(width).keys()].find(
    (at) => at > 0 && most(at, (text) => text !== '' && names(text)),
  );
  if (speaker === undefined) return undefined;
  const title = [...Array(speaker).keys()].find((at) =>
    most(at, (text) => /\p{L}{2,}(?:\s+\S+){1,}/u.test(text) && !names(text)),
  );
  return title === undefined ? undefined : { title, speaker };
}

/** "Jane Doe", "Павел Черторогов  Алексей Краснобаев": one or more people's names, nothing else. */
function names(text: string): boolean {
  if (text.length > 200) return false;
  const parts = text.split(/\s*[,;&]\s*|\s+and\s+|\s{2,}/u).filter(Boolean);
  return parts.length > 0 && parts.length <= 6 && parts.every((part) => looksLikeName(part));
}
