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
  const listed = await listNotesFiles(dir);
  if ('problem' in listed) return listed;
  const files = await Promise.all(
    listed.paths.map(async (path) => ({ path, text: await readFile(path) })),
  );
  return { files };
}

/** The paths of the notes files, in name order, without reading them. */
export async function listNotesFiles(
  dir: string,
): Promise<{ paths: string[] } | { problem: ContentProblem }> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
      .map((e) => e.name)
      .sort();
    return { paths: names.map((name) => join(dir, name)) };
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
}
