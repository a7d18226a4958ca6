import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import {
  BUNDLES,
  bundleName,
  bundlesOn,
  currentBundle,
  entryName,
  ROOT,
  sha256,
} from './current-bundle.js';

/**
 * Threads started from one bundled file each instead of through tsx's module hooks: a parse
 * worker is ready in ~0.1 s instead of ~0.3 s (Node 20 runs the hooks on a thread of their own,
 * one round trip per module, and markdown-it and yaml are over a hundred modules), and a first
 * load starts two such threads one after the other.
 *
 * A bundle is made by esbuild in the background the first time a thread's code is needed, and
 * used from the next start on. It is used only while every source file in it has the bytes it
 * was built from (a manifest of hashes, checked once per process), so an edited source file
 * means tsx again until the bundle is made anew: never stale code. Packages stay external and
 * are loaded from node_modules as usual. Anything going wrong here only costs the speed-up.
 */

/**
 * The threads this process starts, and the `qcon` command itself (`adapters/qcon.js` starts
 * from its bundle when a current one exists: ~1 s of tsx's loading less per command); all are
 * bundled when one is missing.
 */
const ENTRIES = ['src/load-worker.ts', 'src/content/parse-worker.ts', 'adapters/main.ts'];
/**
 * What each module's own location is written in. A pattern, not the words in a string: this
 * module is bundled too (into the `qcon` command's bundle), and its own string would have been
 * replaced by its path, so bundles made by a command started from its bundle kept every
 * `import.meta.url` (a worker's entry then named a file beside the bundle).
 */
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;
/** A bundle's entry file, in its folder beside its chunks. */
const ENTRY_FILE = 'entry.mjs';

export interface BundleOptions {
  /** Where bundles are kept (tests use a folder of their own). */
  folder?: string;
  /** Start making missing bundles (default: on the main thread unless QCON_THREAD_BUNDLES=off). */
  build?: boolean;
}

const checked = new Map<string, string | null>();
const building = new Map<string, Promise<void>>();

/** The bundle to start `entry` from, when a current one exists. */
export function threadBundle(entry: URL, options: BundleOptions = {}): URL | undefined {
  if (!bundlesOn()) return undefined;
  const folder = options.folder ?? BUNDLES;
  const source = relative(ROOT, fileURLToPath(entry));
  const key = `${folder}\0${source}`;
  let bundle = checked.get(key);
  if (bundle === undefined) {
    bundle = currentBundle(folder, source);
    checked.set(key, bundle);
  }
  // Looked for each time: another process may have replaced it since (see `prune`).
  if (bundle && existsSync(bundle)) return pathToFileURL(bundle);
  if (options.build ?? isMainThread) void makeBundles(folder);
  return undefined;
}

/** Makes the bundle of every thread entry (the promise never rejects). */
export function makeBundles(folder = BUNDLES, entries = ENTRIES): Promise<void> {
  let made = building.get(folder);
  if (!made) {
    made = Promise.all(entries.map((entry) => bundle(folder, entry))).then(() => {});
    building.set(folder, made);
  }
  return made;
}

async function bundle(folder: string, source: string): Promise<void> {
  try {
    const esbuild = await import('esbuild');
    const inputs: Record<string, string> = {};
    const result = await esbuild.build({
      entryPoints: { entry: join(ROOT, source) },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // What the thread imports only when it needs it (the loader's steps, with markdown-it,
      // yaml and minisearch) in chunks of its own: the loader starts its parse workers first,
      // which then load while it loads the rest, where one file had both load one after the
      // other (~0.4 s of every first load).
      splitting: true,
      outdir: folder,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'own-import-meta-url',
          setup(build) {
            // Each module keeps its own location: paths it builds from import.meta.url (the
            // next thread's entry, the code hash's folder, the content folder) stay right.
            // Every module of the project is in the manifest, TypeScript or not.
            build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async ({ path }) => {
              const bytes = await readFile(path);
              inputs[relative(ROOT, path)] = sha256(bytes);
              const contents = bytes
                .toString('utf8')
                .replace(IMPORT_META_URL, JSON.stringify(pathToFileURL(path).href));
              return { contents, loader: path.endsWith('.ts') ? 'ts' : 'js' };
            });
          },
        },
      ],
    });
    const outputs = result.outputFiles ?? [];
    if (!outputs.some((output) => basename(output.path) === ENTRY_FILE)) return;
    mkdirSync(folder, { recursive: true });
    const base = bundleName(source);
    // The entry and its chunks in a folder named by their bytes, made whole before it is named.
    const all = createHash('sha256');
    for (const output of outputs) all.update(output.path).update(output.contents);
    const made = `${base}.${all.digest('hex').slice(0, 16)}`;
    const temporary = join(
      folder,
      `${made}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
    );
    mkdirSync(temporary);
    for (const output of outputs)
      writeFileSync(join(temporary, relative(folder, output.path)), output.contents);
    try {
      renameSync(temporary, join(folder, made));
    } catch {
      // Made by another process meanwhile: the same bytes.
      rmSync(temporary, { recursive: true, force: true });
    }
    const bundle = `${made}/${ENTRY_FILE}`;
    atomicWrite(join(folder, `${base}.json`), JSON.stringify({ bundle, root: ROOT, inputs }));
    prune(folder, entryName(source), made);
  } catch {
    // No esbuild binary, a read-only disk: threads keep starting through tsx.
  }
}

/**
 * Older bundles of the entry (of any checkout) go once they are an hour old: a process started
 * from one may still start threads from it (and falls back to tsx when it is gone). So do
 * folders left half-written and bundles of one file, as they were once made.
 */
function prune(folder: string, base: string, keep: string): void {
  for (const old of readdirSync(folder)) {
    if (!old.startsWith(`${base}.`) || old.endsWith('.json') || old === keep) continue;
    const path = join(folder, old);
    try {
      if (Date.now() - statSync(path).mtimeMs > 3_600_000)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // Pruned by another process meanwhile.
    }
  }
}

function atomicWrite(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** For tests: forget what was checked, so a changed folder is looked at again. */
export function forgetBundles(): void {
  checked.clear();
  building.clear();
}
