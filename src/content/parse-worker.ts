import { parentPort, workerData } from 'node:worker_threads';
import { parseFile } from './load-content.ts';
import type { NotesFile } from './notes-files.ts';

/** One run of notes files parsed in a worker thread (see `parse-parallel.ts`). */
const notes = (workerData as NotesFile[]).map(({ path, text }) => ({
  path,
  text: Buffer.from(text.buffer, text.byteOffset, text.byteLength),
}));
parentPort?.postMessage(notes.map(parseFile));
