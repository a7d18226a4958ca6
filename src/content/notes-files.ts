import type { Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import type { ContentProblem } from '../model.ts';
import { opt } from '../text.ts';
import { displayPath } from './display-path.ts';
import { isReadme } from './folder-readme.ts';
import { MAX_DEPTH, MAX_FOLDERS, type NotesFolders, notesFolders } from './notes-folders.ts';
import { eventIdOf, isMarkedUpNotes, isNotes, isOtherDocument, isTemplate } from './notes-names.ts';
import { SYNONYMS_FILE } from './synonyms.ts';
import { slugOf } from './talk-id.ts';

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
  /** Its event (see `ListedFile.event`); else named after the file. */
  event?: string;
}

/** A file of the content folder that may be read. */
/** The event a README is parsed as notes of: its talks are only rows to read speakers from. */
export const README_EVENT = 'readme';

export interface ListedFile {
  /** Its path in the content folder (a symlink's own path, which names the event). */
  path: string;
  /** Where its bytes are: the link's target for a symlink, else `path`. */
  real: string;
  size: number;
  /** Its folder, relative to the content folder with `/` (`''`: the content folder itself). */
  folder?: string;
  /**
   * A notes file's event: its file's name (`kubecon.md` → `kubecon`), and in a sub-folder its
   * folders' too (`2024/kubecon.md` → `2024-kubecon`, see `nestedEventId`), so files of one name
   * in two folders are two events.
   */
  event?: string;
}

export interface Listing {
  /** The notes files (`*.md` and the other endings of `notes-names.ts`), folder by folder. */
  files: ListedFile[];
  synonyms?: ListedFile;
  /** Each folder's `README.md`: no notes, but it may name the conference (see `folder-readme.ts`). */
  readmes: ListedFile[];
  /** Files refused: too big, a link out of the folder, unreadable. Each is an error. */
  problems: ContentProblem[];
  /** Warnings about the folder: notes too deep, documents in another format: not read. */
  notices: ContentProblem[];
}

/** Sub-folders not read that are looked into for notes, to say so (see `folderNotice`). */
const SKIPPED_LOOKED_AT = 20;

export interface ListOptions {
  maxFileBytes?: number;
}

/**
 * The notes files of a folder and of its sub-folders (see `notes-folders.ts`), without reading
 * them. Symlinked files are followed when their target is inside the content folder's own tree
 * (a Kubernetes ConfigMap mounts `x.md -> ..data/x.md`, `..data -> ..2024_06_01_…`): a link to
 * anywhere else (`/etc/passwd.md`, a neighbour's folder) is refused with an error, so the
 * folder's owner decides what is served.
 */
export async function listNotesFiles(
  dir: string,
  options: ListOptions = {},
): Promise<Listing | { problem: ContentProblem }> {
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  let root: string;
  let walked: NotesFolders;
  try {
    root = await realpath(dir);
    walked = await notesFolders(dir);
  } catch (error) {
    return { problem: folderProblem(dir, error) };
  }
  const listing: Listing = { files: [], readmes: [], problems: [], notices: [] };
  const { folders, skipped } = walked;
  // Two files of one event (`kubecon.md`, `kubecon.txt`): the first in name order is read.
  const events = new Map<string, string>();
  for (const { path, entries } of folders)
    await listFolder(dir, path, entries, { root, limit, events, listing });
  notesInReadmes(listing, events, slugOf(basename(root)) || 'readme');
  // Looked into one by one only so far: a folder of thousands of sub-folders gets one line more.
  for (const folder of skipped.slice(0, SKIPPED_LOOKED_AT)) {
    const notice = await folderNotice(join(dir, folder));
    if (notice) listing.notices.push(notice);
  }
  if (skipped.length > SKIPPED_LOOKED_AT)
    listing.notices.push({
      file: `${displayPath(dir)}/`,
      line: 0,
      message: `has ${skipped.length} sub-folders that are not read (over ${MAX_DEPTH} levels deep or past ${MAX_FOLDERS} folders); move the notes up to be read`,
      severity: 'warning',
    });
  return listing;
}

/** The files of one folder of the content folder, added to the listing. */
async function listFolder(
  dir: string,
  folder: string,
  entries: Dirent[],
  at: { root: string; limit: number; events: Map<string, string>; listing: Listing },
): Promise<void> {
  const { listing, events } = at;
  const top = folder === '';
  const wanted = entries
    .filter(
      (e) =>
        (e.isFile() || e.isSymbolicLink()) &&
        // In a sub-folder, plain text is as likely credits or a licence as notes: not read.
        ((top ? isNotes(e.name) : isMarkedUpNotes(e.name)) ||
          (top && e.name === SYNONYMS_FILE) ||
          isReadme(e.name)),
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of wanted) {
    const name = entry.name;
    const path = join(dir, folder, name);
    if (isTemplate(name)) {
      listing.notices.push({
        file: displayPath(path),
        line: 0,
        message: 'is taken for a template of notes, and not read: rename it if it holds talks',
        severity: 'warning',
      });
      continue;
    }
    const own = name === SYNONYMS_FILE ? undefined : eventIdOf(name);
    const event =
      own === undefined ? own : top ? topEventId(own) : nestedEventId(folder, own, events);
    const first = event === undefined ? undefined : events.get(event);
    if (first !== undefined) {
      listing.problems.push({
        file: displayPath(path),
        line: 0,
        message: `names the same event as ${first} ("${event}"), which is read: rename one of them`,
      });
      continue;
    }
    const checked = await check(path, at.root, at.limit, entry.isSymbolicLink());
    if (!('path' in checked)) {
      // A README is no notes: one that cannot be read is left out, as it was before it was read.
      if (checked.problem && !isReadme(name)) listing.problems.push(checked.problem);
    } else if (name === SYNONYMS_FILE) listing.synonyms = checked;
    else if (isReadme(name)) {
      if (!listing.readmes.some((readme) => readme.folder === folder))
        listing.readmes.push({ ...checked, folder });
    } else {
      listing.files.push({ ...checked, folder, ...opt('event', event) });
      if (event !== undefined) events.set(event, top ? name : `${folder}/${name}`);
    }
  }
  for (const entry of entries) {
    if (
      entry.isSymbolicLink() &&
      !entry.name.startsWith('.') &&
      eventIdOf(entry.name) === undefined
    )
      await linkedFolderNotice(join(dir, folder, entry.name), listing);
    if ((entry.isFile() || entry.isSymbolicLink()) && isOtherDocument(entry.name))
      listing.notices.push({
        file: displayPath(join(dir, folder, entry.name)),
        line: 0,
        message:
          'is not read: notes are Markdown (.md, .markdown), plain text (.txt) or AsciiDoc (.adoc) files; save or export it as Markdown',
        severity: 'warning',
      });
  }
}

/**
 * A repository whose notes are its README (`kubecon-2024-notes/README.md` and nothing else): where
 * no notes file stands in a README's folder or below it, the README is the notes, its event the
 * folder's (`kubecon-2024-notes`, the content folder's own name for its own README). Beside notes
 * files, a README only introduces them.
 */
function notesInReadmes(listing: Listing, events: Map<string, string>, top: string): void {
  const within = (folder: string, file: ListedFile) =>
    folder === '' || file.folder === folder || (file.folder ?? '').startsWith(`${folder}/`);
  for (const readme of [...listing.readmes]) {
    const folder = readme.folder ?? '';
    if (listing.files.some((file) => within(folder, file))) continue;
    const own = folder === '' ? top : slug(`${folder}/`).replace(/-$/, '');
    const event = events.has(own) ? slug(`${folder}/readme`) : own;
    if (events.has(event)) continue;
    listing.readmes.splice(listing.readmes.indexOf(readme), 1);
    listing.files.push({ ...readme, event });
    events.set(event, readme.path);
  }
}

/**
 * The event id of a file in a sub-folder: its folders' and its own name as one slug
 * (`Conferences 2024/KubeCon EU.md` → `conferences-2024-kubecon-eu`), not cut short, so two paths
 * stay two ids. A site generator's folders name no event and are left out
 * (`blog/_posts/2024-05-16-kubecon.md` → `2024-05-16-kubecon`), as is a page bundle's `index`
 * (Hugo's `content/posts/gophercon-recap/index.md` → `gophercon-recap`), unless another file
 * already has that id.
 */
function nestedEventId(folder: string, own: string, taken: Map<string, string>): string {
  const full = slug(`${folder}/${own}`);
  const folders = folder
    .split('/')
    .filter((part) => !SITE_FOLDER.test(part) && !datedAgain(part, own));
  const named = [...folders, ...(PAGE_FILE.test(own) && folders.length > 0 ? [] : [own])];
  const short = named.length > 0 ? slug(named.join('/')) : full;
  return taken.has(short) ? full : short;
}

/**
 * A top-level file's event id: its name, as typed in `event:<id>`; a name with spaces or signs
 * (`My notes: RustConf 2025 (draft!).md`) is no id one can type, and becomes its slug.
 */
function topEventId(own: string): string {
  return /^[\p{L}\p{N}._-]+$/u.test(own) ? own : slug(own);
}

/** Folders of a static site's tree (Jekyll, Hugo, Astro, Eleventy) that say nothing of the event. */
const SITE_FOLDER = /^(?:_posts|_drafts|posts|content|src|pages|blog|_?site)$/i;
/**
 * `_posts/2018/12/2018-12-18-devfest.md`: a year, month or day folder that the file's name, which
 * begins with its date, says again (the id was `2018-12-2018-12-18-devfest`).
 */
function datedAgain(part: string, own: string): boolean {
  const date = /^((?:19|20)\d\d)-(\d\d?)(?:-(\d\d?))?(?!\d)/.exec(own);
  return (
    date !== null &&
    /^\d{1,4}$/.test(part) &&
    date.slice(1).some((value) => value !== undefined && Number(value) === Number(part))
  );
}

/** A page bundle's own file: the folder names the post. */
const PAGE_FILE = /^_?index$/i;

function slug(path: string): string {
  return slugOf(path.replaceAll('/', ' ')) || path.replaceAll('/', '-');
}

/** `kubecon -> ~/notes/kubecon`: a linked folder is not read (it may lead out, or round). */
async function linkedFolderNotice(path: string, listing: Listing): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return;
  listing.notices.push({
    file: `${displayPath(path)}/`,
    line: 0,
    message:
      'is a link to a folder, which is not read (it could lead out of the content folder, or round in a loop): copy or move the notes in',
    severity: 'warning',
  });
}

/**
 * "2019/q1/strangeloop/day-2/ holds 12 notes files": a folder of notes too deep (or past the
 * number of folders read) is not read, so the author hears why its talks are missing.
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
    message: `holds ${notes === 1 ? 'a notes file' : `${notes} notes files`} in a sub-folder that is not read: sub-folders are read ${MAX_DEPTH} levels deep, ${MAX_FOLDERS} folders at the most; move ${notes === 1 ? 'it' : 'them'} up to be read`,
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
    files.push({ path: entry.path, text: read.text, ...opt('event', entry.event) });
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
