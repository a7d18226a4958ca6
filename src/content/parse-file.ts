import { basename } from 'node:path';
import { fileLanguage } from './event-facts.ts';
import type { LoadedFile } from './load-content.ts';
import { displayPath, type NotesFile } from './notes-files.ts';
import { eventIdOf } from './notes-names.ts';
import { parseNotes } from './parse-notes.ts';
import { decodeNotes } from './text-encoding.ts';

/**
 * One notes file parsed: the event is named after the file (a symlink's own name, not its
 * target's), or given (a file in a sub-folder: `ListedFile.event`). Runs in a parse worker (see `parse-parallel.ts`), never on the bot's main thread.
 */
export function parseFile({ path, text, event }: NotesFile): LoadedFile {
  const file = displayPath(path);
  const decoded = decodeNotes(text);
  if (!decoded)
    return { file, problem: { file, line: 1, message: 'not a text file (contains NUL bytes)' } };
  const id = event ?? eventIdOf(basename(path)) ?? basename(path);
  const parsed = parseNotes(decoded.text, file, id);
  const language = fileLanguage(decoded.text);
  if (language) parsed.language = language;
  if (decoded.guessed)
    parsed.problems.unshift({
      file,
      line: 1,
      message: `is not UTF-8: read as ${decoded.guessed}; save it as UTF-8 if its accents or quotes look wrong`,
      severity: 'warning',
    });
  return { file, parsed };
}
