import { bytesHash, codeHash, type FileKey, wholeKey } from '../content-key.ts';
import type { ContentProblem } from '../model.ts';
import { opt } from '../text.ts';
import {
  displayPath,
  type ListedFile,
  type ListOptions,
  listNotesFiles,
  README_EVENT,
  readListedFile,
} from './notes-files.ts';

export interface ScannedFile {
  listed: ListedFile;
  /** The file's bytes; a notes file's are let go once its parse is had (`notesParse`). */
  text: Buffer;
  key: FileKey;
}

/** The content folder read and hashed, not parsed yet. */
export interface Scanned {
  dir: string;
  files: ScannedFile[];
  synonyms?: ScannedFile;
  /**
   * The folders' READMEs, which may name the conference of their files of one talk each, and
   * list their talks with the speakers the files leave out (parsed as notes of the event
   * `readme`).
   */
  readmes: (ScannedFile & { folder: string })[];
  problems: ContentProblem[];
  /** The key of the whole content's snapshot; absent when a file could not be read. */
  key?: string;
  readMs: number;
}

/** Read and hash every notes file of `dir` (nothing is parsed: a snapshot may make it needless). */
export async function scanContent(
  dir: string,
  options: ListOptions = {},
): Promise<Scanned | { problem: ContentProblem }> {
  const started = performance.now();
  const listing = await listNotesFiles(dir, options);
  if ('problem' in listing) return listing;
  const problems = [...listing.problems];
  const read = async (listed: ListedFile): Promise<ScannedFile | undefined> => {
    const result = await readListedFile(listed, options.maxFileBytes);
    if ('problem' in result) {
      problems.push(result.problem);
      return undefined;
    }
    return { listed, text: result.text, key: fileKey(listed, result.text) };
  };
  const files: ScannedFile[] = [];
  for (const listed of listing.files) {
    const file = await read(listed);
    if (file) files.push(file);
  }
  const synonyms = listing.synonyms ? await read(listing.synonyms) : undefined;
  const readmes: Scanned['readmes'] = [];
  for (const listed of listing.readmes) {
    // A README that cannot be read is left out: it is no notes.
    const readme = await readListedFile(listed, options.maxFileBytes);
    if ('problem' in readme) continue;
    const asNotes = { ...listed, event: README_EVENT };
    readmes.push({
      folder: listed.folder ?? '',
      listed: asNotes,
      text: readme.text,
      key: fileKey(asNotes, readme.text),
    });
  }
  const code = await codeHash();
  const key =
    problems.length === 0
      ? wholeKey(
          code,
          files.map((f) => f.key),
          synonyms?.key,
          readmes.map((readme) => readme.key),
        )
      : undefined;
  // Warnings about the folder do not stop the content being cached whole (see `key`).
  problems.push(...listing.notices);
  return {
    dir,
    files,
    ...(synonyms ? { synonyms } : {}),
    readmes,
    problems,
    ...(key ? { key } : {}),
    readMs: performance.now() - started,
  };
}

function fileKey(listed: ListedFile, text: Buffer): FileKey {
  return {
    display: displayPath(listed.path),
    path: listed.path,
    bytes: bytesHash(text),
    ...opt('event', listed.event),
  };
}
