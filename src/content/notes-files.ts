import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from '../model.ts';

export interface NotesFile {
  path: string;
  text: Buffer;
}

/**
 * Every `*.md` in the folder except its README (the format guide), read, in name order. Kept apart
 * from the parser so a start from the snapshot cache reads files without loading the parser.
 */
export async function readNotesFiles(
  dir: string,
): Promise<{ files: NotesFile[] } | { problem: ContentProblem }> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
      .map((e) => e.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is not a folder'
          : `cannot be read (${code})`;
    return { problem: { file: dir, line: 0, message: `content folder ${reason}` } };
  }
  const files = await Promise.all(
    names.map(async (name) => ({ path: join(dir, name), text: await readFile(join(dir, name)) })),
  );
  return { files };
}
