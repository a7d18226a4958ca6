import { type FSWatcher, type Stats, statSync, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type NotesFolder, notesFolders, notesFoldersNow } from './content/notes-folders.ts';

export interface WatcherOptions {
  /** How often the folder itself and the targets of symlinked files are checked. */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Calls `changed` when anything in the content folder may have changed. `fs.watch` sees files
 * written in the folder and in its sub-folders (one watch each, as the notes are read: see
 * `content/notes-folders.ts`) at once; a check every second sees what it cannot:
 * - the folder deleted and created again, or replaced by another (rsync, CI deploys): the watch
 *   follows the old folder, so it is started again on the new one;
 * - a sub-folder made, removed or renamed: the folders are watched again;
 * - an edit of a symlinked file's target (a ConfigMap's `x.md -> ..data/x.md`): the event is
 *   in another folder. Targets are compared by inode, size and modification time.
 * While the folder is missing the bot keeps serving its last good index (a reload fails and says
 * so once); it reloads when the folder is back.
 */
export class ContentWatcher {
  private watchers: FSWatcher[] = [];
  private poll: NodeJS.Timeout | undefined;
  private folder: string | undefined;
  /** The sub-folders watched, and the targets of symlinked files, as one string. */
  private links = '';
  private folders = '';
  private checking = false;

  constructor(
    private readonly dir: string,
    private readonly changed: () => void,
    private readonly options: WatcherOptions = {},
  ) {}

  start(): void {
    if (this.poll) return;
    // Watched at once, so a file written right after `start()` is seen.
    this.folder = identityNow(this.dir);
    let folders: NotesFolder[] = [];
    try {
      if (this.folder) folders = notesFoldersNow(this.dir).folders;
    } catch {}
    this.folders = pathsOf(folders);
    this.links = linkTargetsNow(this.dir, folders);
    this.rewatch(folders);
    this.poll = setInterval(() => void this.check(), this.options.pollMs ?? 1000);
    this.poll.unref();
  }

  close(): void {
    clearInterval(this.poll);
    this.poll = undefined;
    this.unwatch();
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const folder = await identity(this.dir);
      if (!this.poll) return;
      const folders = folder ? (await notesFolders(this.dir).catch(() => NONE)).folders : [];
      const links = await linkTargets(this.dir, folders);
      if (!this.poll) return;
      const moved = folder !== this.folder;
      const regrouped = pathsOf(folders) !== this.folders;
      if (moved || regrouped || (this.watchers.length === 0 && folder)) this.rewatch(folders);
      const edited = links !== this.links;
      this.folder = folder;
      this.folders = pathsOf(folders);
      this.links = links;
      if (moved || regrouped || edited) this.changed();
    } finally {
      this.checking = false;
    }
  }

  private unwatch(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }

  private rewatch(folders: NotesFolder[]): void {
    this.unwatch();
    for (const { path: folder } of folders) {
      try {
        const watcher = watch(join(this.dir, folder), () => this.changed());
        watcher.on('error', (error) => {
          // The folder went away under the watch: the next check watches the folders again.
          watcher.close();
          this.watchers = this.watchers.filter((other) => other !== watcher);
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.options.onError?.(error);
        });
        this.watchers.push(watcher);
      } catch (error) {
        // A sub-folder gone since it was walked is seen by the next check.
        if (folder === '') this.options.onError?.(error);
      }
    }
  }
}

function identityNow(dir: string): string | undefined {
  try {
    const info = statSync(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return undefined;
  }
}

async function identity(dir: string): Promise<string | undefined> {
  try {
    const info = await stat(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return undefined;
  }
}

const NONE = { folders: [] as NotesFolder[] };

const pathsOf = (folders: NotesFolder[]) => folders.map((folder) => folder.path).join('\n');

/** The symlinked entries of the folders read, as paths (their targets may change unseen). */
function linksIn(dir: string, folders: NotesFolder[]): string[] {
  return folders.flatMap(({ path, entries }) =>
    entries.filter((entry) => entry.isSymbolicLink()).map((entry) => join(dir, path, entry.name)),
  );
}

/** Inode, size and time of every symlinked entry's target: changes when one is edited. */
async function linkTargets(dir: string, folders: NotesFolder[]): Promise<string> {
  const parts: string[] = [];
  for (const path of linksIn(dir, folders))
    parts.push(signature(path, await stat(path).catch(() => undefined)));
  return parts.join('\n');
}

/** The same, at once: the first state is known before `start()` returns. */
function linkTargetsNow(dir: string, folders: NotesFolder[]): string {
  return linksIn(dir, folders)
    .map((path) => {
      try {
        return signature(path, statSync(path));
      } catch {
        return signature(path, undefined);
      }
    })
    .join('\n');
}

function signature(name: string, info: Stats | undefined): string {
  return `${name}:${info ? `${info.ino}:${info.size}:${info.mtimeMs}` : '-'}`;
}
