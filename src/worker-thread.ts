import { setPriority } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { threadBundle } from './thread-bundle.ts';

/**
 * A worker running a TypeScript module: from its bundle when a current one exists (see
 * `thread-bundle.ts`), else through tsx, registered the way `adapters/qcon.js` does, whatever
 * started this process (node with tsx's loader, vitest, or the `qcon` bin). `bundled: false`
 * for a thread that imports modules named at run time (tests' parsers).
 */
export function startWorker(
  entry: URL,
  options: WorkerOptions & { bundled?: boolean } = {},
): Worker {
  const { bundled = true, ...rest } = options;
  ownYoungGenerations();
  const bundle = bundled ? threadBundle(entry) : undefined;
  // Started by an eval'd import either way: the thread inherits this process's flags, and
  // `--input-type` (a script given with -e) refuses a worker started from a file.
  if (bundle) return new Worker(`import(${JSON.stringify(bundle.href)});`, { ...rest, eval: true });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...rest, eval: true });
}

/**
 * V8 sizes a new thread's young generation from `--max-semi-space-size` when the process was
 * given it (`npm start` gives 2 MB, for the answering thread's footprint), over the thread's own
 * `resourceLimits`: every thread here asks for its own size, and none got it — a 10k first
 * build's parse worker ran ~800 scavenges of 1–2 MB, a quarter of its time. Unset for isolates
 * created from now on; the main thread's, made at start, keeps the flag's size.
 */
let youngSized = false;
function ownYoungGenerations(): void {
  if (youngSized) return;
  youngSized = true;
  setFlagsFromString('--max-semi-space-size=0');
}

/** The reason a worker stopped, in words for a content author or an operator. */
export function workerFailure(error: unknown, heapMb?: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `ran out of memory${heapMb ? ` (over ${heapMb} MB)` : ''}`;
  return (error as Error | undefined)?.message ?? String(error);
}

/**
 * Lowers the calling worker thread's CPU priority (nice 10), so on a busy machine the thread
 * answering questions gets the CPU first while content is parsed and indexed. Linux only: there a
 * nice value belongs to a thread; elsewhere it would slow the whole process.
 */
export function yieldCpuToAnswers(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // Not allowed here (a container without the right): the workers only compete as equals.
  }
}
