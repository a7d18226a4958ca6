import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Writes each file (path relative to `dir`), making its folders. */
export async function writeFiles(dir: string, entries: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(entries)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** A fresh content folder for each test of the file, removed after it. */
export function contentFolder(prefix: string) {
  const folder = {
    dir: '',
    write: (entries: Record<string, string>) => writeFiles(folder.dir, entries),
  };
  beforeEach(async () => {
    folder.dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(() => rm(folder.dir, { recursive: true, force: true }));
  return folder;
}
