import type { Worker } from 'node:worker_threads';
import { Bot } from './bot.ts';
import type { ContentFile, LoadStats } from './content/load-content.ts';
import type { PoolOptions } from './content/parse-parallel.ts';
import type { ContentProblem, Library } from './model.ts';
import { prepareCompletions } from './search/completions.ts';
import { TalkIndex } from './search/talk-index.ts';
import { decodeSnapshot } from './snapshot-file.ts';
import { writeSnapshot } from './snapshot-store.ts';
import { startWorker, workerFailure } from './worker-thread.ts';

export interface LoadedBot {
  /** Absent only when no content at all could be read. */
  bot?: Bot;
  library: Library;
  files: ContentFile[];
  /** Errors (files that contribute nothing) and warnings; see `isError`. */
  problems: ContentProblem[];
  /** True when the parsed talks and the index came from the snapshot cache. */
  fromCache: boolean;
  /** Where the time went, in milliseconds (for logs and the benchmark). */
  timings: LoadTimings;
  /** Which files were parsed and which came from a cache (absent for a whole snapshot). */
  stats?: LoadStats;
}

export interface LoadTimings {
  /** Listing, reading and hashing the notes files. */
  readMs: number;
  /** Parsing (or taking from a cache) every file, and counting the index's words meanwhile. */
  parseMs?: number;
  /** Finishing the index (the scores) and encoding the snapshot. */
  buildMs?: number;
  /** Decoding the snapshot and making the bot from it, on the bot's thread. */
  snapshotMs?: number;
}

export interface LoaderOptions {
  dir: string;
  cacheDir?: string;
  pool?: PoolOptions;
  maxFileBytes?: number;
  /** A file broken by an edit keeps its earlier talks (see `ParseOptions`): for a running bot. */
  keepLastGood?: boolean;
}

export interface LoadRequest extends LoaderOptions {
  id: number;
  refresh?: boolean;
  /** Only fill the loader thread's caches (see `prime`). */
  prime?: boolean;
  /** For a running bot: the loader thread and its parse workers yield the CPU to answers. */
  background?: boolean;
  /** A one-off load: the caller writes the snapshot (see `LoadReply.key`). */
  last?: boolean;
  /** Build the snapshot again even where the cache has one (the one there could not be read). */
  rebuild?: boolean;
}

export interface LoadReply {
  id: number;
  error?: string;
  bytes?: Uint8Array;
  /** Set when the caller is to write `bytes` to the snapshot cache under this key. */
  key?: string;
  fromCache?: boolean;
  files?: ContentFile[];
  problems?: ContentProblem[];
  stats?: LoadStats;
  timings?: LoadTimings;
}

/**
 * Loads a content folder off the bot's thread: the loader thread (`load-worker.ts`) reads,
 * parses (through its parse workers) and indexes, and hands back one transferred buffer; this
 * thread only decodes it a slice at a time and makes the bot, so answers keep flowing during a
 * reload. The loader thread stays between loads with its cache of parsed files (`close()` ends
 * it); if it dies, that load fails and the next one starts a new thread.
 */
export class ContentLoader {
  private worker: Worker | undefined;
  private next = 1;
  private readonly waiting = new Map<number, (reply: LoadReply) => void>();

  constructor(private readonly options: LoaderOptions) {}

  /**
   * With `last`, the loader thread is ended as soon as it has replied, before the bot is made:
   * a one-off load (`loadBot`) then never holds that thread's heap and the new bot at once.
   */
  async load(
    options: { refresh?: boolean; last?: boolean; rebuild?: boolean } = {},
  ): Promise<LoadedBot> {
    const started = performance.now();
    const { last = false, ...rest } = options;
    const reply = await this.ask({
      ...this.options,
      id: this.next++,
      ...rest,
      background: !last,
      last,
    });
    if (last) await this.close();
    if (reply.error !== undefined) {
      const problem = { file: this.options.dir, line: 0, message: reply.error };
      return { ...empty([problem]), timings: { readMs: performance.now() - started } };
    }
    const timings: LoadTimings = { readMs: 0, ...reply.timings };
    const base = {
      fromCache: reply.fromCache === true,
      ...(reply.stats ? { stats: reply.stats } : {}),
    };
    if (!reply.bytes)
      return { ...empty(reply.problems ?? []), files: reply.files ?? [], timings, ...base };
    const decoding = performance.now();
    const { cacheDir } = this.options;
    // On the thread pool, while this thread decodes the same (unchanged) bytes.
    const written =
      reply.key && cacheDir ? writeSnapshot(cacheDir, reply.key, reply.bytes) : undefined;
    const snapshot = await decodeSnapshot(reply.bytes).catch((error: Error) => {
      if (!reply.fromCache) throw error;
    });
    // A snapshot in the cache that is not whole (cut short by a crash or a full disk): built
    // again from the notes (each file's parse is still cached), and written over it.
    if (!snapshot) return this.load({ ...options, rebuild: true });
    // Answers waiting since the last slice of decoding go first: making the index is a slice,
    // and the bot around it another.
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    if (!last) await turn();
    const index = last
      ? new TalkIndex(snapshot.library, snapshot.index)
      : await TalkIndex.restore(snapshot.library, snapshot.index, turn);
    if (!last) await turn();
    const bot = new Bot(snapshot.library, index);
    // A one-off load answers at once; what its first question does not need is never built.
    if (!last) await warmBot(bot);
    timings.snapshotMs = performance.now() - decoding;
    await written;
    return {
      bot,
      library: snapshot.library,
      files: snapshot.files,
      problems: snapshot.problems ?? [],
      timings,
      ...base,
    };
  }

  /**
   * Starts the loader thread and has it read (from the disk cache, or by parsing) every file of
   * the content being served, without building anything: the first reload then parses only
   * what changed, and a file broken by the first edit still has a last good version to serve.
   */
  async prime(): Promise<void> {
    await this.ask({ ...this.options, id: this.next++, prime: true, background: true });
  }

  /** Ends the loader thread once the snapshot it may still be writing is on disk (≤ 10 s). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    worker.ref();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      worker.on('message', (message: { closed?: true }) => {
        if (message.closed) resolve();
      });
      worker.once('exit', () => resolve());
      worker.postMessage({ close: true });
      timer.unref();
    });
    await worker.terminate();
  }

  private ask(request: LoadRequest): Promise<LoadReply> {
    const worker = this.start();
    // Referenced only while a load is waiting: an idle loader must not keep the process alive.
    worker.ref();
    return new Promise<LoadReply>((resolve) => {
      this.waiting.set(request.id, resolve);
      worker.postMessage(request);
    }).finally(() => {
      // Not once close() has taken the worker: it holds the process open until the loader has
      // said it is closed, and a load answered meanwhile must not let the process drain first.
      if (this.waiting.size === 0 && this.worker === worker) worker.unref();
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // Its own young generation (see `ParsePool`): building a 10k index with 2 MB semi-spaces
    // (`npm start`'s flag, which every thread inherits) spends much of its time collecting.
    const worker = startWorker(new URL('./load-worker.ts', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: 32 },
    });
    worker.unref();
    worker.on('message', (reply: LoadReply) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
    const stopped = (reason: string) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, resolve] of this.waiting)
        resolve({ id, error: `content not loaded: ${reason}` });
      this.waiting.clear();
    };
    worker.on('error', (error) => stopped(`the loader thread failed: ${workerFailure(error)}`));
    worker.on('exit', (code) => stopped(`the loader thread stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }
}

/**
 * Builds what a new bot otherwise builds on its first use: before a reloaded bot is swapped in,
 * and in the background for the first bot of a running process. At 10,000 talks the term tree
 * behind suggestions (~200 ms) and the autocomplete list (~50 ms) would otherwise stall the
 * first question that needs them. Both are built in slices of ≤ 8 ms.
 */
export async function warmBot(bot: Bot): Promise<void> {
  const { library } = bot;
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  await turn();
  await bot.prepare(turn);
  await turn();
  bot.ask('qqqzzzx');
  await turn();
  await prepareCompletions(library.talks, turn);
  bot.complete('a', 1);
  await turn();
}

function empty(problems: ContentProblem[]) {
  return {
    library: { events: [], talks: [] } as Library,
    files: [] as ContentFile[],
    problems,
    fromCache: false,
  };
}
