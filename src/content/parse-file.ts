import { basename } from 'node:path';
import type { LoadedFile } from './load-content.ts';
import { displayPath, type NotesFile } from './notes-files.ts';
import { eventIdOf } from './notes-names.ts';
import { parseNotes } from './parse-notes.ts';

/**
 * One notes file parsed: the event is named after the file (a symlink's own name, not its
 * target's). Runs in a parse worker (see `parse-parallel.ts`), never on the bot's main thread.
 */
export function parseFile({ path, text }: NotesFile): LoadedFile {
  const file = displayPath(path);
  if (text.includes(0))
    return { file, problem: { file, line: 1, message: 'not a text file (contains NUL bytes)' } };
  return {
    file,
    parsed: parseNotes(text.toString('utf8'), file, eventIdOf(basename(path)) ?? basename(path)),
  };
}
