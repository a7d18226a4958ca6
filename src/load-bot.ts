import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bot } from './bot.ts';
import type { ContentFile } from './content/load-content.ts';
import { readNotesFiles } from './content/notes-files.ts';
import type { ContentProblem, Library } from './model.ts';
import { encodeSnapshot, readSnapshotFile, type Snapshot } from './snapshot-file.ts';

export interface LoadedBot {
  bot?: Bot;
  library: Library;
  files: ContentFile[];
  problems: ContentProblem[];
  /** True when the parsed talks and the index came from the snapshot cache. */
  fromCache: boolean;
  /** Where the time went, in milliseconds (for logs and the benchmark). */
  timings: LoadTimings;
}

export interface LoadTimings {
  /** Reading the notes files and hashing them with the code. */
  readMs: number;
  parseMs?: number;
  buildMs?: number;
  /** Reading and decoding a snapshot, and the bot from it. */
  snapshotMs?: number;
}

export interface LoadOptions {
  /** Parse and build even when a snapshot exists, and replace it (the benchmark measures both). */
  refresh?: boolean;
}

const KEEP_SNAPSHOTS = 4;
const SUFFIX = '.snapshot';

/**
 * The bot for a content folder. With a cache folder, a snapshot of the parsed talks and the built
 * index is kept under a hash of the notes files and of the code that parses and indexes them, so
 * a restart with unchanged content skips both (and never loads the Markdown parser); any change to
 * either gives a new hash, so a snapshot is never stale. Content with problems is never cached.
 */
export async function loadBot(
  dir: string,
  cacheDir?: string,
  options: LoadOptions = {},
): Promise<LoadedBot> {
  const started = performance.now();
  const read = await readNotesFiles(dir);
  if ('problem' in read)
    return {
      library: { events: [], talks: [] },
      files: [],
      problems: [read.problem],
      fromCache: false,
      timings: { readMs: performance.now() - started },
    };
  const key = cacheDir ? await snapshotKey(read.files) : undefined;
  const path = cacheDir && key ? join(cacheDir, `${key}${SUFFIX}`) : undefined;
  const readMs = performance.now() - started;
  if (path && !options.refresh) {
    const cached = await readSnapshot(path);
    if (cached) {
      const bot = new Bot(cached.library, cached.index);
      return {
        bot,
        library: cached.library,
        files: cached.files,
        problems: [],
        fromCache: true,
        timings: { readMs, snapshotMs: performance.now() - started - readMs },
      };
    }
  }
  const { parseInParallel } = await import('./content/parse-parallel.ts');
  const content = await parseInParallel(dir, read.files);
  const parsed = performance.now();
  const parseMs = parsed - started - readMs;
  if (content.problems.length > 0)
    return { ...content, fromCache: false, timings: { readMs, parseMs } };
  const bot = new Bot(content.library);
  const buildMs = performance.now() - parsed;
  if (path && cacheDir)
    await writeSnapshot(cacheDir, path, {
      files: content.files,
      library: content.library,
      index: bot.snapshot(),
    });
  return { bot, ...content, fromCache: false, timings: { readMs, parseMs, buildMs } };
}

async function snapshotKey(files: { path: string; text: Buffer }[]): Promise<string> {
  const hash = createHash('sha256');
  for (const source of await codeFiles()) hash.update(source);
  // Resolved, so `--content notes`, `./notes` and the absolute path share one snapshot.
  for (const { path, text } of files) hash.update(`\0${resolve(path)}\0`).update(text);
  return hash.digest('hex').slice(0, 32);
}

/** The code whose output a snapshot holds: the parser, the index, and the locked dependencies. */
async function codeFiles(): Promise<Buffer[]> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const paths = ['model.ts', 'snapshot-file.ts'].map((name) => join(here, name));
  paths.push(join(here, '..', 'package-lock.json'));
  for (const folder of ['content', 'search']) {
    for (const name of (await readdir(join(here, folder))).sort())
      paths.push(join(here, folder, name));
  }
  return Promise.all(paths.map((p) => readFile(p).catch(() => Buffer.alloc(0))));
}

async function readSnapshot(path: string): Promise<Snapshot | undefined> {
  try {
    return await readSnapshotFile(path);
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a reader never sees half a snapshot. */
async function writeSnapshot(cacheDir: string, path: string, snapshot: Snapshot): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, encodeSnapshot(snapshot));
    await rename(temporary, path);
    await pruneSnapshots(cacheDir);
  } catch {
    // A cache that cannot be written (read-only disk) only costs the next start some time.
  }
}

async function pruneSnapshots(cacheDir: string): Promise<void> {
  // Snapshots of the earlier format (`.json`) are pruned as well.
  const names = (await readdir(cacheDir)).filter(
    (name) => name.endsWith(SUFFIX) || name.endsWith('.json'),
  );
  const dated = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(join(cacheDir, name))).mtimeMs })),
  );
  dated.sort((a, b) => b.time - a.time);
  await Promise.all(
    dated.slice(KEEP_SNAPSHOTS).map(({ name }) => rm(join(cacheDir, name), { force: true })),
  );
}
