import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const [OPEN, CLOSE] = [0x7b, 0x7d]; // { }

/** Parsed files kept on disk at most, beyond those of the current content. */
const KEEP_EXTRA = 200;

/**
 * Parsed notes files, as the JSON a parse worker returned, keyed by the file's bytes and the
 * code (see `content-key.ts`): in memory for the running process (one entry per file path), and
 * on disk under the snapshot cache folder so a new replica or the next start parses only what
 * changed. The thread holding it never decodes an entry it does not use.
 */
export class ParseCache {
  private readonly memory = new Map<string, { key: string; json: Uint8Array }>();
  /** Per file, its last parse without errors: a broken edit keeps serving the file as it was. */
  private readonly good = new Map<string, Uint8Array>();
  /** The key of each parse handed out: what is kept beside it on disk is found by it. */
  private readonly keys = new WeakMap<Uint8Array, string>();
  private readonly folder: string | undefined;
  private readonly remember: boolean;

  /**
   * `remember: false` for a thread's one load (`qcon ask`, a first build that ends the thread):
   * parses are written to disk but not kept in memory, where at 10k talks their ~26 MB of JSON
   * stayed until the index was encoded, at the load's peak.
   */
  constructor(cacheDir?: string, { remember = true }: { remember?: boolean } = {}) {
    this.folder = cacheDir ? join(cacheDir, 'parsed') : undefined;
    this.remember = remember;
  }

  async get(path: string, key: string, disk = true): Promise<Uint8Array | undefined> {
    const kept = this.memory.get(path);
    if (kept?.key === key) return kept.json;
    if (!this.folder || !disk) return undefined;
    try {
      const json = new Uint8Array(await readFile(join(this.folder, `${key}.json`)));
      // Cut short (a crash or a full disk): parsed again, and written over.
      if (json[0] !== OPEN || json[json.length - 1] !== CLOSE) return undefined;
      if (this.remember) this.memory.set(path, { key, json });
      this.keys.set(json, key);
      return json;
    } catch {
      return undefined;
    }
  }

  /** Keeps a parse in memory, and on disk when `persist` (a failed worker's result is not). */
  async put(path: string, key: string, json: Uint8Array, persist: boolean): Promise<void> {
    if (this.remember) this.memory.set(path, { key, json });
    if (!this.folder || !persist) return;
    this.keys.set(json, key);
    await this.write(`${key}.json`, json);
  }

  /** The disk key of a parse this cache handed out or kept (none for one not kept on disk). */
  keyOf(json: Uint8Array): string | undefined {
    return this.keys.get(json);
  }

  /**
   * What is kept on disk beside a parse (`.words`: its talks' words counted, see `load-worker.ts`),
   * made from it by the same code: the parse's key says both.
   */
  async besideParse(key: string, kind: 'words'): Promise<Uint8Array | undefined> {
    if (!this.folder) return undefined;
    return readFile(join(this.folder, `${key}.${kind}`)).then(
      (bytes) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      () => undefined,
    );
  }

  async keepBesideParse(key: string, kind: 'words', bytes: Uint8Array): Promise<void> {
    await this.write(`${key}.${kind}`, bytes);
  }

  /** Written whole or not at all: a reader never sees half a file. */
  private async write(name: string, bytes: Uint8Array): Promise<void> {
    if (!this.folder) return;
    try {
      await mkdir(this.folder, { recursive: true });
      const target = join(this.folder, name);
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    } catch {
      // A cache that cannot be written (read-only disk) only costs the next load some time.
    }
  }

  /** True until a parse has been kept (this process has parsed or read nothing yet). */
  isEmpty(): boolean {
    return this.memory.size === 0;
  }

  lastGood(path: string): Uint8Array | undefined {
    return this.good.get(path);
  }

  /** Whether the file's latest parse had no errors (it is its last good one). */
  latestIsGood(path: string): boolean {
    const kept = this.memory.get(path);
    return kept !== undefined && this.good.get(path) === kept.json;
  }

  keepGood(path: string, json: Uint8Array): void {
    if (this.remember) this.good.set(path, json);
  }

  /** Forget files no longer in the content, and prune the disk beyond what is in use. */
  async retain(paths: Set<string>, keys: Set<string>): Promise<void> {
    for (const path of this.memory.keys()) if (!paths.has(path)) this.memory.delete(path);
    for (const path of this.good.keys()) if (!paths.has(path)) this.good.delete(path);
    if (!this.folder) return;
    try {
      const names = (await readdir(this.folder)).filter(
        (n) => !keys.has(n.replace(/\.(json|words)$/, '')),
      );
      if (names.length <= KEEP_EXTRA) return;
      const dated = await Promise.all(
        names.map(async (name) => ({
          name,
          time:
            (await stat(join(this.folder as string, name)).catch(() => undefined))?.mtimeMs ?? 0,
        })),
      );
      dated.sort((a, b) => b.time - a.time);
      await Promise.all(
        dated
          .slice(KEEP_EXTRA)
          .map(({ name }) => rm(join(this.folder as string, name), { force: true })),
      );
    } catch {
      // Nothing cached yet, or not ours to prune.
    }
  }
}
