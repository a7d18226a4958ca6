import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bot } from './bot.ts';
import type { ContentFile } from './content/load-content.ts';
import { listNotesFiles, readNotesFiles } from './content/notes-files.ts';
import { type ContentProblem, isError, type Library } from './model.ts';
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
  const listed = await listNotesFiles(dir);
  if ('problem' in listed) return unreadable(listed.problem, started);
  // The files are hashed through one small buffer, not read whole: a start from the snapshot
  // never needs their text, and 17 MB of short-lived buffers at 10k talks stayed as ~20 MB of
  // resident memory after they were freed.
  const key = cacheDir && !options.refresh ? await streamedKey(listed.paths) : undefined;
  if (cacheDir && key) {
    const cached = await readSnapshot(join(cacheDir, `${key}${SUFFIX}`));
    const readMs = performance.now() - started;
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
  const read = await readNotesFiles(dir);
  if ('problem' in read) return unreadable(read.problem, started);
  // Keyed by the bytes parsed, so a file edited meanwhile cannot be cached under its old hash.
  const path = cacheDir ? join(cacheDir, `${await snapshotKey(read.files)}${SUFFIX}`) : undefined;
  const readMs = performance.now() - started;
  const { parseInParallel } = await import('./content/parse-parallel.ts');
  const content = await parseInParallel(dir, read.files);
  const parsed = performance.now();
  const parseMs = parsed - started - readMs;
  // Warnings (a section skipped as not a talk) never keep the bot from serving what was read.
  if (content.problems.some(isError))
    return { ...content, fromCache: false, timings: { readMs, parseMs } };
  const bot = new Bot(content.library);
  const buildMs = performance.now() - parsed;
  // Only clean content is cached, so a start from the snapshot never hides a warning.
  if (path && cacheDir && content.problems.length === 0)
    await writeSnapshot(cacheDir, path, {
      files: content.files,
      library: content.library,
      index: bot.snapshot(),
    });
  return { bot, ...content, fromCache: false, timings: { readMs, parseMs, buildMs } };
}

function unreadable(problem: ContentProblem, started: number): LoadedBot {
  return {
    library: { events: [], talks: [] },
    files: [],
    problems: [problem],
    fromCache: false,
    timings: { readMs: performance.now() - started },
  };
}

async function snapshotKey(files: { path: string; text: Buffer }[]): Promise<string> {
  const hash = await codeHash();
  // Resolved, so `--content notes`, `./notes` and the absolute path share one snapshot.
  for (const { path, text } of files) hash.update(`\0${resolve(path)}\0`).update(text);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The same key as `snapshotKey`, reading each file through one reused buffer. Synchronous reads:
 * at 10,000 talks (200 files, 17 MB) they take ~14 ms here against ~80 ms for the same reads as
 * promises, most of a start from the snapshot.
 */
async function streamedKey(paths: string[]): Promise<string | undefined> {
  const hash = await codeHash();
  const chunk = Buffer.allocUnsafe(1 << 20);
  try {
    for (const path of paths) {
      hash.update(`\0${resolve(path)}\0`);
      const fd = openSync(path, 'r');
      try {
        for (let n = -1; n !== 0; ) {
          n = readSync(fd, chunk, 0, chunk.length, null);
          hash.update(chunk.subarray(0, n));
        }
      } finally {
        closeSync(fd);
      }
    }
  } catch {
    return undefined; // unreadable now: parsing reports it
  }
  return hash.digest('hex').slice(0, 32);
}

async function codeHash() {
  const hash = createHash('sha256');
  for (const source of await codeFiles()) hash.update(source);
  return hash;
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
