import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bot } from './bot.ts';
import type { ContentFile } from './content/load-content.ts';
import { readNotesFiles } from './content/notes-files.ts';
import type { ContentProblem, Library } from './model.ts';
import type { IndexSnapshot } from './search/talk-index.ts';

export interface LoadedBot {
  bot?: Bot;
  library: Library;
  files: ContentFile[];
  problems: ContentProblem[];
  /** True when the parsed talks and the index came from the snapshot cache. */
  fromCache: boolean;
}

interface Snapshot {
  files: ContentFile[];
  library: Library;
  index: IndexSnapshot;
}

const KEEP_SNAPSHOTS = 4;

/**
 * The bot for a content folder. With a cache folder, a snapshot of the parsed talks and the built
 * index is kept under a hash of the notes files and of the code that parses and indexes them, so
 * a restart with unchanged content skips both (and never loads the Markdown parser); any change to
 * either gives a new hash, so a snapshot is never stale. Content with problems is never cached.
 */
export async function loadBot(dir: string, cacheDir?: string): Promise<LoadedBot> {
  const read = await readNotesFiles(dir);
  if ('problem' in read)
    return {
      library: { events: [], talks: [] },
      files: [],
      problems: [read.problem],
      fromCache: false,
    };
  const key = cacheDir ? await snapshotKey(read.files) : undefined;
  const path = cacheDir && key ? join(cacheDir, `${key}.json`) : undefined;
  if (path) {
    const cached = await readSnapshot(path);
    if (cached) {
      return {
        bot: new Bot(cached.library, cached.index),
        library: cached.library,
        files: cached.files,
        problems: [],
        fromCache: true,
      };
    }
  }
  const { parseContent } = await import('./content/load-content.ts');
  const content = parseContent(dir, read.files);
  if (content.problems.length > 0) return { ...content, fromCache: false };
  const bot = new Bot(content.library);
  if (path && cacheDir)
    await writeSnapshot(cacheDir, path, {
      files: content.files,
      library: content.library,
      index: bot.snapshot(),
    });
  return { bot, ...content, fromCache: false };
}

async function snapshotKey(files: { path: string; text: Buffer }[]): Promise<string> {
  const hash = createHash('sha256');
  for (const source of await codeFiles()) hash.update(source);
  for (const { path, text } of files) hash.update(`\0${path}\0`).update(text);
  return hash.digest('hex').slice(0, 32);
}

/** The code whose output a snapshot holds: the parser, the index, and the locked dependencies. */
async function codeFiles(): Promise<Buffer[]> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const paths = [join(here, 'model.ts'), join(here, '..', 'package-lock.json')];
  for (const folder of ['content', 'search']) {
    for (const name of (await readdir(join(here, folder))).sort())
      paths.push(join(here, folder, name));
  }
  return Promise.all(paths.map((p) => readFile(p).catch(() => Buffer.alloc(0))));
}

async function readSnapshot(path: string): Promise<Snapshot | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a reader never sees half a snapshot. */
async function writeSnapshot(cacheDir: string, path: string, snapshot: Snapshot): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(snapshot));
    await rename(temporary, path);
    await pruneSnapshots(cacheDir);
  } catch {
    // A cache that cannot be written (read-only disk) only costs the next start some time.
  }
}

async function pruneSnapshots(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((name) => name.endsWith('.json'));
  const dated = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(join(cacheDir, name))).mtimeMs })),
  );
  dated.sort((a, b) => b.time - a.time);
  await Promise.all(
    dated.slice(KEEP_SNAPSHOTS).map(({ name }) => rm(join(cacheDir, name), { force: true })),
  );
}
