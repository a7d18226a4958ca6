import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The keys of the two caches. A parsed file is kept under its bytes, its path and the code that
 * parses it; a whole snapshot (talks and index) under every file's key. Any change to a file or
 * to the code gives a new key, so nothing cached is ever stale.
 */

let code: Promise<string> | undefined;

/**
 * A hash of the code whose output is cached: the parser, the index, every module of `src/` they
 * import (`text.ts`, `day-names.ts`, `place-names.ts`…: an edit of one changed what a file
 * parses to under the same key, and a cache served talks the new code no longer makes) and the
 * locked dependencies. Every top-level module is hashed, not only those imported today.
 */
export function codeHash(): Promise<string> {
  code ??= codeHashOf(fileURLToPath(new URL('.', import.meta.url)));
  return code;
}

/** `codeHash` of the code in one `src/` folder (a test hashes a folder of its own). */
export async function codeHashOf(here: string): Promise<string> {
  const paths = [join(here, '..', 'package-lock.json')];
  for (const folder of ['.', 'content', 'search']) {
    const entries = await readdir(join(here, folder), { withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile()).sort(byName))
      paths.push(join(here, folder, entry.name));
  }
  const hash = createHash('sha256');
  for (const path of paths) {
    // The name too: a module moved from one file to another is other code.
    hash.update(`${path.slice(here.length)}\0`);
    hash.update(await readFile(path).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex');
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** One file as the caches know it: where it is and a hash of its bytes. */
export interface FileKey {
  /** The path shown to the operator (it is in the parsed talks, so it is part of the key). */
  display: string;
  path: string;
  bytes: string;
  /**
   * The event its talks go to, where the listing names it (a file in a sub-folder): the same file
   * read from a parent folder (`--content notes` after `--content notes/kubecon`) is another id.
   */
  event?: string;
}

export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The hash of a file read through one reused buffer: a start from the snapshot never needs the
 * text, and synchronous reads take ~14 ms for 10,000 talks where promises took ~80 ms.
 */
export function streamedHash(path: string, chunk: Buffer): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let n = -1; n !== 0; ) {
      n = readSync(fd, chunk, 0, chunk.length, null);
      hash.update(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function parseKey(code: string, file: FileKey): string {
  return keyed(code, 'parse').update(entry(file)).digest('hex').slice(0, 40);
}

/** Resolved paths, so `--content notes`, `./notes` and the absolute path share one snapshot. */
export function wholeKey(
  code: string,
  files: FileKey[],
  synonyms?: FileKey,
  /** The folders' READMEs (one may name the conference: see `folder-readme.ts`). */
  readmes: FileKey[] = [],
): string {
  const hash = keyed(code, 'whole');
  for (const file of files) hash.update(entry(file));
  if (synonyms) hash.update(`synonyms${entry(synonyms)}`);
  for (const readme of readmes) hash.update(`readme${entry(readme)}`);
  return hash.digest('hex').slice(0, 32);
}

function keyed(code: string, kind: string): Hash {
  return createHash('sha256').update(`${code}\0${kind}`);
}

function entry(file: FileKey): string {
  return `\0${file.display}\0${resolve(file.path)}\0${file.bytes}\0${file.event ?? ''}`;
}
