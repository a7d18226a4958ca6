import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadedContent } from './load-content.ts';
import type { NotesFile } from './notes-files.ts';

/** Below this much Markdown a worker's start (~100 ms: its own tsx and parser) is not worth it. */
const BYTES_PER_WORKER = 1_000_000;

/**
 * Parse notes files on every core: micromark parses a few hundred KB/s here, so 10,000 talks
 * (17 MB) take ~1.5 min on one thread. Each worker parses a run of whole files and the results
 * are put together in file order, so the library, its problems and their order are exactly
 * those of parsing in one thread (which small content, like the shipped notes, still does).
 */
export async function parseInParallel(
  dir: string,
  notes: NotesFile[],
  bytesPerWorker = BYTES_PER_WORKER,
): Promise<LoadedContent> {
  const { assembleContent, parseContent } = await import('./load-content.ts');
  const bytes = notes.reduce((sum, note) => sum + note.text.length, 0);
  const threads = Math.min(availableParallelism(), Math.ceil(bytes / bytesPerWorker), notes.length);
  if (threads < 2) return parseContent(dir, notes);
  try {
    const runs = await Promise.all(split(notes, threads).map(parseInWorker));
    return assembleContent(dir, runs.flat());
  } catch {
    // Workers are an optimisation: where they cannot start, one thread still parses.
    return parseContent(dir, notes);
  }
}

/** Runs of whole files, about the same number of bytes each. */
function split(notes: NotesFile[], parts: number): NotesFile[][] {
  const total = notes.reduce((sum, note) => sum + note.text.length, 0);
  const runs: NotesFile[][] = [[]];
  let done = 0;
  for (const note of notes) {
    if (done >= (total * runs.length) / parts && runs.length < parts) runs.push([]);
    runs.at(-1)?.push(note);
    done += note.text.length;
  }
  return runs;
}

function parseInWorker(notes: NotesFile[]): Promise<import('./load-content.ts').FileResult[]> {
  // The worker loads TypeScript the way `adapters/qcon.js` does, whatever started this process.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: notes });
    worker.once('message', (results) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`parse worker exited with ${code}`)));
  });
}
