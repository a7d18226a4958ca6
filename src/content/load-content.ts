import { basename, relative } from 'node:path';
import type { ContentProblem, Library } from '../model.ts';
import { type NotesFile, readNotesFiles } from './notes-files.ts';
import { type ParsedNotes, parseNotes } from './parse-notes.ts';
import { parseInParallel } from './parse-parallel.ts';

export interface ContentFile {
  /** Path as given to the operator (relative to the working directory when inside it). */
  file: string;
  event: string;
  talks: number;
}

export interface LoadedContent {
  library: Library;
  files: ContentFile[];
  problems: ContentProblem[];
}

/** Read and parse every notes file in `dir`: one event per file, problems named by file and line. */
export async function loadContent(dir: string): Promise<LoadedContent> {
  const read = await readNotesFiles(dir);
  if ('problem' in read)
    return { library: { events: [], talks: [] }, files: [], problems: [read.problem] };
  return parseInParallel(dir, read.files);
}

/** One notes file parsed, or the reason it could not be. */
export interface FileResult {
  file: string;
  parsed?: ParsedNotes;
  problem?: ContentProblem;
}

/** Parse notes files already read (see `readNotesFiles`). */
export function parseContent(dir: string, notes: NotesFile[]): LoadedContent {
  return assembleContent(dir, notes.map(parseFile));
}

export function parseFile({ path, text }: NotesFile): FileResult {
  const file = displayPath(path);
  if (text.includes(0))
    return { file, problem: { file, line: 1, message: 'not a text file (contains NUL bytes)' } };
  return { file, parsed: parseNotes(text.toString('utf8'), file, basename(path, '.md')) };
}

/** The library of parsed files, in their order, with every problem. */
export function assembleContent(dir: string, results: FileResult[]): LoadedContent {
  const library: Library = { events: [], talks: [] };
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  if (results.length === 0) {
    problems.push({ file: dir, line: 0, message: 'no notes files (*.md) in the content folder' });
  }
  for (const { file, parsed, problem } of results) {
    if (problem) problems.push(problem);
    if (!parsed) continue;
    problems.push(...parsed.problems);
    if (parsed.talks.length === 0) {
      problems.push({
        file,
        line: 1,
        message: 'no talks found: give each talk a ## or ### heading',
      });
    }
    library.events.push(parsed.event);
    for (const talk of parsed.talks) library.talks.push(talk);
    files.push({ file, event: parsed.event.id, talks: parsed.talks.length });
  }
  return { library, files, problems };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}
