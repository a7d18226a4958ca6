import { setPriority } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker running a TypeScript module: it registers tsx the way `adapters/qcon.js` does, whatever
 * started this process (node with tsx's loader, vitest, or the `qcon` bin).
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
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
