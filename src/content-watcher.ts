import { type FSWatcher, readdirSync, type Stats, statSync, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WatcherOptions {
  /** How often the folder itself and the targets of symlinked files are checked. */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Calls `changed` when anything in the content folder may have changed. `fs.watch` sees files
 * written in the folder at once; a check every second sees what it cannot:
 * - the folder deleted and created again, or replaced by another (rsync, CI deploys): the watch
 *   follows the old folder, so it is started again on the new one;
 * - an edit of a symlinked file's target (a ConfigMap's `x.md -> ..data/x.md`): the event is
 *   in another folder. Targets are compared by inode, size and modification time.
 * While the folder is missing the bot keeps serving its last good index (a reload fails and says
 * so once); it reloads when the folder is back.
 */
export class ContentWatcher {
  private watcher: FSWatcher | undefined;
  private poll: NodeJS.Timeout | undefined;
  private folder: string | undefined;
  private links = '';
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
    this.links = this.folder ? linkTargetsNow(this.dir) : '';
    this.rewatch(this.folder);
    this.poll = setInterval(() => void this.check(), this.options.pollMs ?? 1000);
    this.poll.unref();
  }

  close(): void {
    clearInterval(this.poll);
    this.poll = undefined;
    this.watcher?.close();
    this.watcher = undefined;
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const folder = await identity(this.dir);
      if (!this.poll) return;
      const links = folder ? await linkTargets(this.dir) : '';
      const moved = folder !== this.folder;
      if (moved || (!this.watcher && folder)) this.rewatch(folder);
      const edited = links !== this.links;
      this.folder = folder;
      this.links = links;
      if (moved || edited) this.changed();
    } finally {
      this.checking = false;
    }
  }

  private rewatch(folder: string | undefined): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (!folder) return;
    try {
      const watcher = watch(this.dir, () => this.changed());
      watcher.on('error', (error) => {
        // The folder went away under the watch: the next check watches it again.
        watcher.close();
        if (this.watcher === watcher) this.watcher = undefined;
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.options.onError?.(error);
      });
      this.watcher = watcher;
    } catch (error) {
      this.options.onError?.(error);
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

/** Inode, size and time of every symlinked entry's target: changes when one is edited. */
async function linkTargets(dir: string): Promise<string> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    const parts: string[] = [];
    for (const entry of entries) {
      if (!entry.isSymbolicLink()) continue;
      parts.push(signature(entry.name, await stat(join(dir, entry.name)).catch(() => undefined)));
    }
    return parts.join('\n');
  } catch {
    return '';
  }
}

/** The same, at once: the first state is known before `start()` returns. */
function linkTargetsNow(dir: string): string {
  try {
    const parts: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isSymbolicLink()) continue;
      let info: Stats | undefined;
      try {
        info = statSync(join(dir, entry.name));
      } catch {}
      parts.push(signature(entry.name, info));
    }
    return parts.join('\n');
  } catch {
    return '';
  }
}

function signature(name: string, info: Stats | undefined): string {
  return `${name}:${info ? `${info.ino}:${info.size}:${info.mtimeMs}` : '-'}`;
}
