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
