import { type Dirent, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isNotes, isTemplatesFolder } from './notes-names.ts';

/**
 * The folders of a content folder whose notes are read: the folder itself and its sub-folders
 * (`strangeloop-2019/`, `2024/kubecon/`), as people keep notes by conference or by year. Folders
 * whose names start with a dot (`.git`, a ConfigMap's `..data`), `node_modules`, `Templates/` and symlinked
 * folders (which could lead out of the folder or round in a loop) are passed over. Bounded, so a
 * content folder pointed at a home directory by mistake is not walked whole. A site's `_drafts/`
 * is passed over too, but where it holds the only notes there are: they were dropped in to be
 * answered (as posts that are all `draft: true` are read).
 */

/** Sub-folders deeper than this are not read (`a/b/c/` is read, `a/b/c/d/` is not). */
export const MAX_DEPTH = 3;
/** At most this many folders are read, the content folder included; in name order. */
export const MAX_FOLDERS = 200;

/** A folder read, and what it holds (as `readdir` gave it: the listing and the watcher read it). */
export interface NotesFolder {
  /** Relative to the content folder, with `/`; `''` is the content folder itself. */
  path: string;
  entries: Dirent[];
}

export interface NotesFolders {
  /** Depth first, in name order. */
  folders: NotesFolder[];
  /** Sub-folders left out: too deep, or past `MAX_FOLDERS`. */
  skipped: string[];
}

/** Which entries of a folder are folders to read. */
function readable(entry: Dirent, drafts: boolean): boolean {
  const { name } = entry;
  return (
    entry.isDirectory() &&
    !name.startsWith('.') &&
    name !== 'node_modules' &&
    (!isTemplatesFolder(name) || (drafts && DRAFTS.test(name)))
  );
}

const DRAFTS = /^_drafts$/i;

/** No notes file in the folders read, and a `_drafts/` passed over: the drafts are the notes. */
function draftsOnly({ folders }: NotesFolders): boolean {
  const entries = folders.flatMap((folder) => folder.entries);
  return (
    entries.some((entry) => entry.isDirectory() && DRAFTS.test(entry.name)) &&
    !entries.some(
      (entry) => entry.isFile() && isNotes(entry.name) && !/^readme\./i.test(entry.name),
    )
  );
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The folders to read, depth first in name order (`a/`, `a/x/`, `b/`), each listed once. Throws
 * when the content folder itself cannot be read (the caller says why); a sub-folder that cannot
 * be read is passed over.
 */
export async function notesFolders(dir: string): Promise<NotesFolders> {
  const found = await walkFolders(dir, false);
  return draftsOnly(found) ? walkFolders(dir, true) : found;
}

async function walkFolders(dir: string, drafts: boolean): Promise<NotesFolders> {
  const steps = walk(drafts);
  let step = steps.next();
  while (!step.done) {
    const path = join(dir, step.value);
    const root = step.value === '';
    const entries = root
      ? await readdir(path, { withFileTypes: true })
      : await readdir(path, { withFileTypes: true }).catch(() => undefined);
    step = steps.next(entries);
  }
  return step.value;
}

/** The same, at once (the content watcher knows its folders before `start()` returns). */
export function notesFoldersNow(dir: string): NotesFolders {
  const found = walkFoldersNow(dir, false);
  return draftsOnly(found) ? walkFoldersNow(dir, true) : found;
}

function walkFoldersNow(dir: string, drafts: boolean): NotesFolders {
  const steps = walk(drafts);
  let step = steps.next();
  while (!step.done) {
    let entries: Dirent[] | undefined;
    try {
      entries = readdirSync(join(dir, step.value), { withFileTypes: true });
    } catch (error) {
      if (step.value === '') throw error;
    }
    step = steps.next(entries);
  }
  return step.value;
}

/** The walk, written once for both: it yields a folder to list and is given its entries. */
function* walk(drafts: boolean): Generator<string, NotesFolders, Dirent[] | undefined> {
  const found: NotesFolders = { folders: [], skipped: [] };
  let taken = 1;
  function* visit(path: string, depth: number): Generator<string, void, Dirent[] | undefined> {
    const entries = yield path;
    if (!entries) return;
    found.folders.push({ path, entries });
    for (const entry of entries.filter((e) => readable(e, drafts)).sort(byName)) {
      const child = path ? `${path}/${entry.name}` : entry.name;
      // One not read is noted (without its own sub-folders).
      if (depth + 1 > MAX_DEPTH || taken >= MAX_FOLDERS) found.skipped.push(child);
      else {
        taken++;
        yield* visit(child, depth + 1);
      }
    }
  }
  yield* visit('', 0);
  return found;
}
