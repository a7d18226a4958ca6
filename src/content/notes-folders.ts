import { type Dirent, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isTemplatesFolder } from './notes-names.ts';

/**
 * The folders of a content folder whose notes are read: the folder itself and its sub-folders
 * (`strangeloop-2019/`, `2024/kubecon/`), as people keep notes by conference or by year. Folders
 * whose names start with a dot (`.git`, a ConfigMap's `..data`), `node_modules`, `Templates/` and symlinked
 * folders (which could lead out of the folder or round in a loop) are passed over. Bounded, so a
 * content folder pointed at a home directory by mistake is not walked whole.
 */

/** Sub-folders deeper than this are not read (`a/b/c/` is read, `a/b/c/d/` is not). */
export const MAX_DEPTH = 3;
/** At most this many folders are read, the content folder included; in name order. */
export const MAX_FOLDERS = 200;

export interface NotesFolders {
  /** Paths relative to the content folder, with `/`, in name order; `''` is the folder itself. */
  folders: string[];
  /** Sub-folders left out: too deep, or past `MAX_FOLDERS`. */
  skipped: string[];
}

/** Which entries of a folder are folders to read. */
function readable(entry: Dirent): boolean {
  const { name } = entry;
  return (
    entry.isDirectory() &&
    !name.startsWith('.') &&
    name !== 'node_modules' &&
    !isTemplatesFolder(name)
  );
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The folders to read, depth first in name order (`a/`, `a/x/`, `b/`). The content folder's own
 * failure to be read is the caller's to report; a sub-folder that cannot be read is passed over.
 */
export async function notesFolders(dir: string): Promise<NotesFolders> {
  const steps = walk(dir);
  let step = steps.next();
  while (!step.done)
    step = steps.next(await readdir(step.value, { withFileTypes: true }).catch(() => undefined));
  return step.value;
}

/** The same, at once (the content watcher knows its folders before `start()` returns). */
export function notesFoldersNow(dir: string): NotesFolders {
  const steps = walk(dir);
  let step = steps.next();
  while (!step.done) {
    let entries: Dirent[] | undefined;
    try {
      entries = readdirSync(step.value, { withFileTypes: true });
    } catch {}
    step = steps.next(entries);
  }
  return step.value;
}

/** The walk, written once for both: it yields a folder to list and is given its entries. */
function* walk(dir: string): Generator<string, NotesFolders, Dirent[] | undefined> {
  const found: NotesFolders = { folders: [''], skipped: [] };
  function* visit(relative: string, depth: number): Generator<string, void, Dirent[] | undefined> {
    const entries = yield join(dir, relative);
    if (!entries) return;
    for (const entry of entries.filter(readable).sort(byName)) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (take(found, child, depth + 1)) yield* visit(child, depth + 1);
    }
  }
  yield* visit('', 0);
  return found;
}

/** Whether a sub-folder is read; one that is not is noted (without its own sub-folders). */
function take(found: NotesFolders, child: string, depth: number): boolean {
  if (depth > MAX_DEPTH || found.folders.length >= MAX_FOLDERS) {
    found.skipped.push(child);
    return false;
  }
  found.folders.push(child);
  return true;
}
