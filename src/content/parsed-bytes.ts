import { bytesHash, parseKey } from '../content-key.ts';
import type { LoadedFile, LoadStats, ParseOptions } from './load-content.ts';
import { readListedFile } from './notes-files.ts';
import type { ScannedFile } from './scan-content.ts';

const RELEASED = Buffer.alloc(0);

/**
 * A notes file's parse (see `parsedBytes`); its bytes are let go once it is had: at 10k talks the
 * load held all 16 MB of them to its end, its peak, where the talks are indexed and encoded.
 * Nothing reads them again (a README's are: `finishLibrary` reads its rows and name).
 */
export async function notesParse(
  file: ScannedFile,
  ...rest: [string, Set<string>, LoadStats, ParseOptions]
): Promise<Uint8Array> {
  const json = await parsedBytes(file, ...rest);
  file.text = RELEASED;
  return json;
}

/**
 * A file's parse as JSON bytes: from memory, from the disk cache, or from a parse worker. Counted
 * in `stats` when given (a folder's README is no file of the stats).
 */
export async function parsedBytes(
  { listed, text, key: fileKey }: ScannedFile,
  code: string,
  keys: Set<string>,
  stats: LoadStats | undefined,
  { pool, cache, refresh = false }: ParseOptions,
): Promise<Uint8Array> {
  const key = parseKey(code, fileKey);
  keys.add(key);
  const memory = await cache.get(listed.path, key, false);
  if (memory && !refresh) {
    if (stats) stats.fromMemory++;
    return memory;
  }
  const disk = refresh ? undefined : await cache.get(listed.path, key);
  if (disk) {
    if (stats) stats.fromDisk++;
    return disk;
  }
  const outcome = await pool.parse(listed.path, text, listed.event);
  if (stats && outcome.cacheable) stats.parsed++;
  else if (stats) stats.failed++;
  await cache.put(listed.path, key, outcome.json, outcome.cacheable);
  return outcome.json;
}

/**
 * A file parsed again from its bytes read again, where its cached parse could not be decoded
 * (damaged on disk in its middle; one cut short is refused as it is read), and written over
 * it. Undefined when the file is no longer the one scanned (the next reload reads it).
 */
export async function parsedAgain(
  { listed, key: fileKey }: ScannedFile,
  code: string,
  { pool, cache }: ParseOptions,
): Promise<Uint8Array | undefined> {
  // Read whole: the scan took it under whatever limit the content has.
  const read = await readListedFile(listed, Number.POSITIVE_INFINITY);
  if ('problem' in read || bytesHash(read.text) !== fileKey.bytes) return undefined;
  const outcome = await pool.parse(listed.path, read.text, listed.event);
  await cache.put(listed.path, parseKey(code, fileKey), outcome.json, outcome.cacheable);
  return outcome.json;
}

const decoder = new TextDecoder();

export function decodeParse(json: Uint8Array): LoadedFile {
  return JSON.parse(decoder.decode(json)) as LoadedFile;
}

/**
 * A file's parse decoded; one the cache held damaged in its middle is parsed again (see
 * `parsedAgain`), and its new bytes given with it.
 */
export async function decodedParse(
  json: Uint8Array,
  file: ScannedFile,
  code: string,
  options: ParseOptions,
): Promise<[Uint8Array, LoadedFile]> {
  try {
    return [json, decodeParse(json)];
  } catch (error) {
    const again = await parsedAgain(file, code, options);
    if (!again) throw error;
    return [again, decodeParse(again)];
  }
}

const CLEAN = new TextEncoder().encode('{"errors":false');

/** The parse worker writes `errors` first: a file without errors is known by its first bytes. */
export function isClean(json: Uint8Array): boolean {
  return CLEAN.every((byte, i) => json[i] === byte);
}
