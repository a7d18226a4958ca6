import { parentPort, workerData } from 'node:worker_threads';
import { isError } from '../model.ts';
import { yieldCpuToAnswers } from '../worker-thread.ts';
import { displayPath } from './display-path.ts';
import type { LoadedFile } from './load-content.ts';
import type { NotesFile } from './notes-files.ts';

/**
 * A parse worker (see `parse-parallel.ts`): parses one file per message and answers with the
 * result as JSON bytes, transferred, so the thread that asked never decodes what it only
 * caches. `workerData.parser` may name another module with a `parseFile` (tests use one that
 * hangs or crashes on purpose).
 */
const options = (workerData ?? {}) as { parser?: string; background?: boolean };
if (options.background) yieldCpuToAnswers();
type Parse = (note: NotesFile) => LoadedFile;
// A literal import for the default: a bundle of this thread then holds the parser too.
const module: { parseFile: Parse } = options.parser
  ? await import(options.parser)
  : await import('./parse-file.ts');
const encoder = new TextEncoder();

type Job = { id: number; path: string; text: Uint8Array; event?: string };
parentPort?.on('message', ({ id, path, text, event }: Job) => {
  let result: LoadedFile;
  try {
    result = module.parseFile({
      path,
      text: Buffer.from(text.buffer, text.byteOffset, text.byteLength),
      ...(event === undefined ? {} : { event }),
    });
  } catch (error) {
    // A parser bug (or a stack overflow on absurd nesting) fails this file, named, not the load.
    const file = displayPath(path);
    const message = `could not be parsed: ${(error as Error)?.message ?? String(error)}`;
    result = { file, problem: { file, line: 0, message } };
  }
  // `errors` first: a thread that only caches the bytes can tell a clean file by its first bytes.
  const errors = result.problem !== undefined || (result.parsed?.problems.some(isError) ?? true);
  const json = encoder.encode(JSON.stringify({ errors, ...result }));
  parentPort?.postMessage({ id, json }, [json.buffer as ArrayBuffer]);
});
parentPort?.postMessage({ ready: true });
