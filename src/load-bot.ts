import { Bot } from './bot.ts';
import { awaitBuild, type BuildLock, takeBuildLock } from './build-lock.ts';
import { displayPath, listNotesFiles, README_EVENT } from './content/notes-files.ts';
import type { PoolOptions } from './content/parse-parallel.ts';
import { codeHash, type FileKey, streamedHash, wholeKey } from './content-key.ts';
import { ContentLoader, type LoadedBot } from './content-loader.ts';
import { readSnapshotFile } from './snapshot-file.ts';
import { snapshotPath } from './snapshot-store.ts';
import { opt } from './text.ts';

export type { LoadedBot, LoadTimings } from './content-loader.ts';

export interface LoadOptions {
  /** Parse and build even when a cache holds the content, and replace it (the benchmark does). */
  refresh?: boolean;
  pool?: PoolOptions;
  maxFileBytes?: number;
}

/**
 * The bot for a content folder. With a cache folder, a snapshot of the parsed talks and the built
 * index is kept under a hash of the notes files and of the code that parses and indexes them, so
 * a restart with unchanged content skips both (and never loads the Markdown parser), and each
 * parsed file is kept too, so a start after an edit parses only the edited files. Any change to
 * a file or the code gives a new hash: nothing cached is ever stale. Content with errors is
 * served (what could be read) but never cached whole; content with only warnings is. Processes
 * sharing the cache folder that start together build a missing snapshot once (`build-lock.ts`).
 */
export async function loadBot(
  dir: string,
  cacheDir?: string,
  options: LoadOptions = {},
): Promise<LoadedBot> {
  const started = performance.now();
  let lock: BuildLock | undefined;
  if (cacheDir && !options.refresh) {
    const key = await streamedKey(dir, options.maxFileBytes);
    const path = key ? snapshotPath(cacheDir, key) : undefined;
    const cached = path && (await fromSnapshot(path, started));
    if (cached) return cached;
    if (path) {
      // Another process building the same snapshot: wait for it rather than build it too.
      lock = await takeBuildLock(path);
      const built = !lock && (await awaitBuild(path)) && (await fromSnapshot(path, started));
      if (built) return built;
    }
  }
  const loader = new ContentLoader({
    dir,
    ...(cacheDir ? { cacheDir } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  try {
    return await loader.load({ refresh: options.refresh === true, last: true });
  } finally {
    await loader.close();
    await lock?.release();
  }
}

/** The bot from a snapshot file, when it is there and whole. */
async function fromSnapshot(path: string, started: number): Promise<LoadedBot | undefined> {
  const cached = await readSnapshotFile(path).catch(() => {});
  if (!cached) return undefined;
  const readMs = performance.now() - started;
  const bot = new Bot(cached.library, cached.index);
  return {
    bot,
    library: cached.library,
    files: cached.files,
    problems: cached.problems ?? [],
    fromCache: true,
    timings: { readMs, snapshotMs: performance.now() - started - readMs },
  };
}

/**
 * The whole snapshot's key, computed here rather than in the loader thread: a start from the
 * snapshot then needs no thread at all. Files are hashed through one small buffer, not read
 * whole: 17 MB of short-lived buffers at 10k talks stayed as ~20 MB of resident memory.
 */
export async function streamedKey(dir: string, maxFileBytes?: number): Promise<string | undefined> {
  const listing = await listNotesFiles(dir, maxFileBytes ? { maxFileBytes } : {});
  if ('problem' in listing || listing.problems.length > 0) return undefined;
  const chunk = Buffer.allocUnsafe(1 << 20);
  const key = (file: { path: string; real: string; event?: string }): FileKey => ({
    display: displayPath(file.path),
    path: file.path,
    bytes: streamedHash(file.real, chunk),
    ...opt('event', file.event),
  });
  try {
    const files = listing.files.map(key);
    // As `scanContent` keys it: a README may name the conference of one-talk files (and is
    // parsed as notes of its own event).
    const readmes = listing.readmes.map((readme) => key({ ...readme, event: README_EVENT }));
    return wholeKey(await codeHash(), files, listing.synonyms && key(listing.synonyms), readmes);
  } catch {
    return undefined; // unreadable now: the loader reports it
  }
}
