import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerFailure } from '../worker-thread.ts';
import { displayPath } from './display-path.ts';

export interface PoolOptions {
  /** Parse workers at most; default one per core but one. */
  threads?: number;
  /**
   * Heap of one parse worker (V8 old generation). A file whose parse needs more is an error
   * naming it; the worker is replaced and the other files are parsed.
   */
  heapMb?: number;
  /**
   * Longest a file may take to parse before its worker is stopped: this, plus as much again per
   * MB of the file. Default 30 s: markdown-it reads several MB/s here, so a file still parsing after that is hostile.
   */
  timeoutMs?: number;
  /** A module with another `parseFile` (tests: one that hangs or crashes on purpose). */
  parser?: string;
  /**
   * Workers are stopped after this long without work (they hold their own heap, ~40 MB warm):
   * default 10 s, and 2 minutes for a running bot's reloads (`background`), so an author's
   * next edit in a sitting finds a warm worker.
   */
  idleMs?: number;
  /**
   * How long after priming, or a reload that parsed many files, a running bot's loader has a
   * worker made ready for the next edit (`load-worker.ts`); default 5 s.
   */
  spareAfterMs?: number;
  /** Workers run at a lower CPU priority (nice 10): a running bot's answers come first. */
  background?: boolean;
}

export const DEFAULT_HEAP_MB = 384;
/**
 * A parse worker's young generation: three semi-spaces of 16 MB for a first load (a 10k first
 * load spent ~0.3 s less collecting than with 8 MB), of 8 MB for a running bot's reloads, which
 * are not in a hurry and must fit beside the bot's two indexes.
 */
const YOUNG_MB = { first: 48, background: 24 };
const DEFAULT_TIMEOUT_MS = 30_000;
const IDLE_MS = { first: 10_000, background: 120_000 };
const START_TIMEOUT_MS = 60_000;

/** A file's parse: its result as JSON bytes; `cacheable` unless the worker failed. */
export interface ParseOutcome {
  json: Uint8Array;
  cacheable: boolean;
}

interface Job {
  path: string;
  text: Uint8Array;
  /** The file's event, when not its file's name (see `ListedFile.event`). */
  event?: string | undefined;
  done: (outcome: ParseOutcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent to the worker, in order: the first is being parsed, the next waits in its port. */
  jobs: Job[];
  timer?: NodeJS.Timeout;
}

/**
 * Files sent to a worker ahead of the one it parses: the thread that owns the pool also decodes
 * and indexes what comes back, and a worker waiting for that thread to hand it its next file
 * sat idle for as long as that took (a 10k first load parsed no faster on 2 workers than on 1).
 */
const AHEAD = 1;
/**
 * Small files go further ahead, while at most this many bytes are on their way to a worker (files
 * of tens of KB never do): one file of a few hundred bytes ahead was parsed before the owning
 * thread, busy with what came back, handed it the next, and a worker parsing a folder of one small
 * file per talk sat idle a fifth of the time.
 */
const AHEAD_BYTES = 64 * 1024;
const AHEAD_FILES = 64;

const encoder = new TextEncoder();

/**
 * Parse workers, one file per job. Parsing never happens on the thread that asks: a worker that
 * throws, runs out of its heap (`resourceLimits`), or takes too long fails that one file with an
 * error naming it, and is replaced for the next file.
 */
export class ParsePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private idle: NodeJS.Timeout | undefined;
  private readonly threads: number;
  private readonly heapMb: number;

  constructor(private readonly options: PoolOptions = {}) {
    // One core is left to the thread that owns the pool: it indexes each file as it comes back.
    // On 2 cores a 10k first load answered ~10% sooner on one parse worker than on two (both
    // workers warm up their own code, and three busy threads shared two cores).
    this.threads = Math.max(1, options.threads ?? availableParallelism() - 1);
    this.heapMb = options.heapMb ?? DEFAULT_HEAP_MB;
  }

  /** Never rejects: a failure is the file's problem. */
  parse(path: string, text: Uint8Array, event?: string): Promise<ParseOutcome> {
    return new Promise((done) => {
      this.queue.push({ path, text, event, done });
      this.pump();
    });
  }

  /** Start the workers before the first file is known to need them (they take ~0.3 s to load). */
  warm(count = this.threads): void {
    while (this.slots.size < Math.min(count, this.threads)) this.spawn();
    this.resetIdle();
  }

  /**
   * A worker made ready and warm for the next file, when there is none: it parses `sample` (the
   * result is not used), which loads its modules and compiles its code and patterns — on a first
   * file after start that took ~0.7 s of the file's parse.
   */
  async warmUp(sample: () => Promise<Uint8Array | undefined>, path: string): Promise<void> {
    if (this.slots.size > 0 || this.queue.length > 0) return;
    const text = await sample();
    if (text && this.slots.size === 0 && this.queue.length === 0) await this.parse(path, text);
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.timer);
      for (const job of slot.jobs) job.done(failed(job.path, 'the content loader was stopped'));
    }
    for (const job of this.queue.splice(0))
      job.done(failed(job.path, 'the content loader was stopped'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    clearTimeout(this.idle);
    // Each worker gets a file, then every worker one more ahead, so files spread evenly.
    for (let depth = 0; depth < AHEAD_FILES && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (!slot.ready || slot.jobs.length !== depth) continue;
        const next = this.queue[0] as Job;
        if (depth > AHEAD && inFlight(slot) + next.text.length > AHEAD_BYTES) continue;
        this.run(slot, this.queue.shift() as Job);
      }
    }
    while (this.queue.length > [...this.slots].filter((s) => !s.ready).length) {
      if (this.slots.size >= this.threads) break;
      this.spawn();
    }
    this.resetIdle();
  }

  private resetIdle(): void {
    clearTimeout(this.idle);
    if (this.queue.length > 0 || [...this.slots].some((s) => s.jobs.length > 0)) return;
    const idleMs =
      this.options.idleMs ?? (this.options.background ? IDLE_MS.background : IDLE_MS.first);
    this.idle = setTimeout(() => void this.close(), idleMs);
    this.idle.unref();
  }

  private spawn(): void {
    const worker = startWorker(new URL('./parse-worker.ts', import.meta.url), {
      workerData: { parser: this.options.parser, background: this.options.background === true },
      bundled: this.options.parser === undefined,
      // A young generation of its own: `npm start`'s --max-semi-space-size=2 (for the answering
      // thread's footprint) applies to every thread, and at 2 MB a parse spends ~25% more CPU
      // collecting. The worker is stopped after each load, so this costs no steady memory.
      resourceLimits: {
        maxOldGenerationSizeMb: this.heapMb,
        maxYoungGenerationSizeMb: this.options.background ? YOUNG_MB.background : YOUNG_MB.first,
      },
    });
    worker.unref();
    const slot: Slot = { worker, ready: false, jobs: [] };
    this.slots.add(slot);
    // Waiting for a worker to load counts against no file, but a worker that never loads fails
    // the file that waits for it rather than the whole load.
    slot.timer = setTimeout(() => this.fail(slot, 'the parser did not start'), START_TIMEOUT_MS);
    worker.on('message', (message: { ready?: true; id?: number; json?: Uint8Array }) => {
      if (message.ready) {
        clearTimeout(slot.timer);
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.jobs[0];
      if (!job || !message.json) return;
      clearTimeout(slot.timer);
      slot.jobs.shift();
      // The next file sent ahead is being parsed from now on: its time starts now.
      const next = slot.jobs[0];
      if (next) this.time(slot, next);
      else slot.worker.unref();
      job.done({ json: message.json, cacheable: true });
      this.pump();
    });
    worker.on('error', (error) => this.fail(slot, workerFailure(error, this.heapMb)));
    worker.on('exit', (code) => this.fail(slot, `the parser stopped (exit code ${code})`));
  }

  private run(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    // Referenced only while parsing: idle workers must not keep the process alive.
    slot.worker.ref();
    if (slot.jobs.length === 1) this.time(slot, job);
    slot.worker.postMessage({ id: 0, path: job.path, text: job.text, event: job.event });
  }

  /** The file the worker is parsing now may take this long. */
  private time(slot: Slot, job: Job): void {
    const base = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const limit = base + (base * job.text.length) / 2 ** 20;
    slot.timer = setTimeout(
      () => this.fail(slot, `took longer than ${Math.round(limit / 1000)} s to parse`),
      limit,
    );
  }

  /**
   * The slot's worker is gone or stopped: the file it was parsing (or, before it was ready, the
   * first waiting one) fails; files sent ahead to it go back to the queue for another worker.
   */
  private fail(slot: Slot, reason: string): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    const [job, ...ahead] = slot.jobs;
    this.queue.unshift(...ahead);
    const failing = job ?? (slot.ready ? undefined : this.queue.shift());
    if (failing) failing.done(failed(failing.path, reason));
    this.pump();
  }
}

function inFlight(slot: Slot): number {
  let bytes = 0;
  for (const job of slot.jobs) bytes += job.text.length;
  return bytes;
}

function failed(path: string, reason: string): ParseOutcome {
  const file = displayPath(path);
  const problem = { file, line: 0, message: `not read: ${reason}` };
  return {
    json: encoder.encode(JSON.stringify({ errors: true, file, problem })),
    cacheable: false,
  };
}
