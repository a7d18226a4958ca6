import type { Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { ContentProblem } from '../model.ts';
import { displayPath } from './display-path.ts';
import { isReadme } from './folder-readme.ts';
import { eventIdOf, isMarkedUpNotes, isNotes, isOtherDocument } from './notes-names.ts';
import { SYNONYMS_FILE } from './synonyms.ts';

export { displayPath };

/**
 * Largest notes file read (and largest synonyms.yaml). A real notes post is tens to hundreds of
 * KB; 4 MiB is ~2,500 talks in one file. A bigger file is refused with an error naming it, before
 * it is read, so it cannot run the parser out of memory; split it into several files.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface NotesFile {
  path: string;
  text: Buffer;
}

/** A file of the content folder that may be read. */
export interface ListedFile {
  /** Its path in the content folder (a symlink's own path, which names the event). */
  path: string;
  /** Where its bytes are: the link's target for a symlink, else `path`. */
  real: string;
  size: number;
}

export interface Listing {
  /** The notes files (`*.md` and the other endings of `notes-names.ts`), in name order. */
  files: ListedFile[];
  synonyms?: ListedFile;
  /** The folder's `README.md`: no notes, but it may name the conference (see `folder-readme.ts`). */
  readme?: ListedFile;
  /** Files refused: too big, a link out of the folder, unreadable. Each is an error. */
  problems: ContentProblem[];
  /** Warnings about the folder: notes in a sub-folder, documents in another format: not read. */
  notices: ContentProblem[];
}

export interface ListOptions {
  maxFileBytes?: number;
}

/**
 * The notes files of a folder, without reading them. Symlinked files are followed when their
 * target is inside the content folder's own tree (a Kubernetes ConfigMap mounts `x.md ->
 * ..data/x.md`, `..data -> ..2024_06_01_…`): a link to anywhere else (`/etc/passwd.md`, a
 * neighbour's folder) is refused with an error, so the folder's owner decides what is served.
 */
export async function listNotesFiles(
  dir: string,
  options: ListOptions = {},
): Promise<Listing | { problem: ContentProblem }> {
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  let entries: Dirent[];
  let root: string;
  try {
    root = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return { problem: folderProblem(dir, error) };
  }
  const listing: Listing = { files: [], problems: [], notices: [] };
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules')
      continue;
    const notice = await folderNotice(join(dir, entry.name));
    if (notice) listing.notices.push(notice);
  }
  const wanted = entries
    .filter(
      (e) =>
        (e.isFile() || e.isSymbolicLink()) &&
        (isNotes(e.name) || e.name === SYNONYMS_FILE || isReadme(e.name)),
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Two files of one event (`kubecon.md`, `kubecon.txt`): the first in name order is read.
  const events = new Map<string, string>();
  for (const entry of wanted) {
    const name = entry.name;
    const path = join(dir, name);
    const event = name === SYNONYMS_FILE ? undefined : eventIdOf(name);
    const first = event === undefined ? undefined : events.get(event);
    if (first !== undefined) {
      listing.problems.push({
        file: displayPath(path),
        line: 0,
        message: `names the same event as ${first} ("${event}"), which is read: rename one of them`,
      });
      continue;
    }
    const checked = await check(path, root, limit, entry.isSymbolicLink());
    if (!('path' in checked)) {
      // A README is no notes: one that cannot be read is left out, as it was before it was read.
      if (checked.problem && !isReadme(name)) listing.problems.push(checked.problem);
    } else if (name === SYNONYMS_FILE) listing.synonyms = checked;
    else if (isReadme(name)) listing.readme ??= checked;
    else {
      listing.files.push(checked);
      if (event !== undefined) events.set(event, name);
    }
  }
  for (const entry of entries)
    if ((entry.isFile() || entry.isSymbolicLink()) && isOtherDocument(entry.name))
      listing.notices.push({
        file: displayPath(join(dir, entry.name)),
        line: 0,
        message:
          'is not read: notes are Markdown (.md, .markdown), plain text (.txt) or AsciiDoc (.adoc) files; save or export it as Markdown',
        severity: 'warning',
      });
  return listing;
}

/**
 * "strangeloop-2019/ holds 12 notes files": a folder of notes dropped in whole is not read (each
 * file directly in the content folder is an event), so the author hears why its talks are missing.
 */
async function folderNotice(folder: string): Promise<ContentProblem | undefined> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return undefined;
  }
  const notes = names.filter(isMarkedUpNotes).length;
  if (notes === 0) return undefined;
  return {
    file: `${displayPath(folder)}/`,
    line: 0,
    message: `holds ${notes === 1 ? 'a notes file' : `${notes} notes files`} in a sub-folder, which is not read: only the files directly in the content folder are (one file per event); move ${notes === 1 ? 'it' : 'them'} up to be read`,
    severity: 'warning',
  };
}

async function check(
  path: string,
  root: string,
  limit: number,
  link: boolean,
): Promise<ListedFile | { problem?: ContentProblem }> {
  const file = displayPath(path);
  const refuse = (message: string) => ({ problem: { file, line: 0, message } });
  try {
    const real = await realpath(path);
    if (link && !real.startsWith(root + sep))
      return refuse('is a link to a file outside the content folder; not read');
    const info = await stat(real);
    if (!info.isFile()) return link ? refuse('is a link to something not a file') : {};
    if (info.size > limit) return refuse(tooBig(info.size, limit));
    return { path, real: link ? real : path, size: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refuse('is a link to a file that does not exist');
    return refuse(`cannot be read (${code})`);
  }
}

/**
 * A listed file's bytes, never more than the limit (it may have grown since it was listed).
 * Returns a problem naming the file instead of throwing.
 */
export async function readListedFile(
  listed: ListedFile,
  limit = MAX_FILE_BYTES,
): Promise<{ text: Buffer } | { problem: ContentProblem }> {
  const file = displayPath(listed.path);
  try {
    const handle = await open(listed.real, 'r');
    try {
      const { size } = await handle.stat();
      if (size > limit) return { problem: { file, line: 0, message: tooBig(size, limit) } };
      const text = Buffer.allocUnsafeSlow(size);
      let read = 0;
      while (read < size) {
        const { bytesRead } = await handle.read(text, read, size - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      return { text: read === size ? text : text.subarray(0, read) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: { file, line: 0, message: `cannot be read (${code})` } };
  }
}

/** Every notes file of the folder, read: for tools and tests (the bot reads through a worker). */
export async function readNotesFiles(
  dir: string,
): Promise<{ files: NotesFile[] } | { problem: ContentProblem }> {
  const listed = await listNotesFiles(dir);
  if ('problem' in listed) return listed;
  const [first] = listed.problems;
  if (first) return { problem: first };
  const files: NotesFile[] = [];
  for (const entry of listed.files) {
    const read = await readListedFile(entry);
    if ('problem' in read) return read;
    files.push({ path: entry.path, text: read.text });
  }
  return { files };
}

function tooBig(size: number, limit: number): string {
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  return `is ${mb(size)}, over the ${mb(limit)} limit for one file; split it into several files`;
}

export function folderProblem(dir: string, error: unknown): ContentProblem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'does not exist'
      : code === 'ENOTDIR'
        ? 'is not a folder'
        : `cannot be read (${code})`;
  return { file: dir, line: 0, message: `content folder ${reason}` };
}
