import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { ContentProblem, Library } from '../model.ts';
import { parseNotes } from './parse-notes.ts';

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

/** Notes files are every `*.md` in the folder except its README (the format guide). */
export async function listNotesFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => join(dir, e.name))
    .sort();
}

/** Read and parse every notes file in `dir`: one event per file, problems named by file and line. */
export async function loadContent(dir: string): Promise<LoadedContent> {
  const library: Library = { events: [], talks: [] };
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  let paths: string[];
  try {
    paths = await listNotesFiles(dir);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : String(error);
    return {
      library,
      files,
      problems: [{ file: dir, line: 0, message: `content folder ${reason}` }],
    };
  }
  if (paths.length === 0) {
    problems.push({ file: dir, line: 0, message: 'no notes files (*.md) in the content folder' });
  }
  for (const path of paths) {
    const file = displayPath(path);
    const text = await readFile(path);
    if (text.includes(0)) {
      problems.push({ file, line: 1, message: 'not a text file (contains NUL bytes)' });
      continue;
    }
    const parsed = parseNotes(text.toString('utf8'), file, basename(path, '.md'));
    problems.push(...parsed.problems);
    if (parsed.talks.length === 0) {
      problems.push({
        file,
        line: 1,
        message: 'no talks found: give each talk a ## or ### heading',
      });
    }
    library.events.push(parsed.event);
    library.talks.push(...parsed.talks);
    files.push({ file, event: parsed.event.id, talks: parsed.talks.length });
  }
  return { library, files, problems };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

export function formatProblem(problem: ContentProblem): string {
  return problem.line > 0
    ? `${problem.file}:${problem.line}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}
