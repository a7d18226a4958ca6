import { codeHash } from '../content-key.ts';
import { type ContentProblem, isError, type Library, type Talk } from '../model.ts';
import { opt } from '../text.ts';
import { addEventFacts } from './event-facts.ts';
import { finishLibrary } from './finish-library.ts';
import type { ListOptions } from './notes-files.ts';
import { NO_TALKS } from './off-topic-pages.ts';
import { ParseCache } from './parse-cache.ts';
import type { ParsedNotes } from './parse-notes.ts';
import { ParsePool, type PoolOptions } from './parse-parallel.ts';
import { decodedParse, decodeParse, isClean, notesParse, parsedBytes } from './parsed-bytes.ts';
import { DRAFT } from './read-front-matter.ts';
import { type Scanned, type ScannedFile, scanContent } from './scan-content.ts';

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

/** One notes file parsed, or the reason it could not be. */
export interface LoadedFile {
  file: string;
  parsed?: ParsedNotes;
  problem?: ContentProblem;
}
export type FileResult = LoadedFile;

/** What one load did: which files were parsed and which came from a cache, and the time spent. */
export interface LoadStats {
  files: number;
  /** Parsed by a worker in this load (the rest came from a cache or could not be read). */
  parsed: number;
  fromMemory: number;
  fromDisk: number;
  /** Files whose parse failed: the worker threw, ran out of memory or took too long. */
  failed: number;
  /** Listing, reading and hashing the files. */
  readMs: number;
  /** Waiting for the parses, and putting the library together. */
  parseMs: number;
}

export interface ParseOptions {
  pool: ParsePool;
  cache: ParseCache;
  /** Parse every file again, ignoring (and replacing) what the disk cache holds. */
  refresh?: boolean;
  /**
   * A file that has errors now but was read without errors by an earlier load of this cache
   * keeps its earlier talks (with its errors and a warning saying so): a running bot does not
   * lose a file's talks while someone is half-way through editing it.
   */
  keepLastGood?: boolean;
  /**
   * Called with the talks of each file that counts (see `assembleContent`), in the library's
   * order, as soon as that file and those before it are read: the index can be built meanwhile
   * (and built again when `merged` says talks of two files were joined into one). `parse` is
   * the file's parse as the cache holds it: the same bytes stand for the same talks.
   */
  onTalks?: (talks: Talk[], parse: Uint8Array) => void;
  /**
   * Whether the words of this parse were counted for the index before, and are kept: `onTalks`
   * would have nothing to do, so a prime does not decode its talks.
   */
  counted?: (parse: Uint8Array) => Promise<boolean>;
}

/** Parse what a cache does not hold, in the workers, and put the library together. */
export async function parseScanned(
  scanned: Scanned,
  options: ParseOptions,
): Promise<{ content: LoadedContent; stats: LoadStats; merged: boolean }> {
  const { cache, keepLastGood = false } = options;
  const started = performance.now();
  const code = await codeHash();
  const stats = newStats(scanned);
  const keys = new Set<string>();
  const pending = scanned.files.map((file) => notesParse(file, code, keys, stats, options));
  // Parsed by the pool after the files, where the parser is warm and the result cached: on the
  // loader thread, a README parsed cold held every first load ~0.6 s (the stats count files).
  const readmeParses = scanned.readmes.map((readme) =>
    parsedBytes(readme, code, keys, undefined, options),
  );
  const decodeOrAgain = (json: Uint8Array, file: ScannedFile) =>
    decodedParse(json, file, code, options);
  const results: LoadedFile[] = [];
  const kept: ContentProblem[] = [];
  // Each file decoded as soon as it and those before it are parsed, while the rest still are
  // (a failure of a later one is still thrown, below, when its turn comes).
  for (const parsing of pending) parsing.catch(() => {});
  for (const [i, parsing] of pending.entries()) {
    const [json, result] = await decodeOrAgain(await parsing, scanned.files[i] as ScannedFile);
    const path = scanned.files[i]?.listed.path as string;
    const good = keepLastGood && !isClean(json) ? cache.lastGood(path) : undefined;
    if (isClean(json)) cache.keepGood(path, json);
    if (!good) {
      results.push(result);
      if (served(result)) options.onTalks?.(result.parsed.talks, json);
      continue;
    }
    kept.push(...(result.problem ? [result.problem] : (result.parsed?.problems ?? [])), {
      file: result.file,
      line: 0,
      message:
        'still answering from this file as it was before the edit, until its errors are fixed',
      severity: 'warning',
    });
    const earlier = decodeParse(good);
    results.push(earlier);
    if (served(earlier)) options.onTalks?.(earlier.parsed.talks, good);
  }
  const readmeTalks: Talk[][] = [];
  for (const [i, parsing] of readmeParses.entries()) {
    const [, readme] = await decodeOrAgain(await parsing, scanned.readmes[i] as ScannedFile);
    readmeTalks.push(readme.parsed?.talks ?? []);
    // A README the parser failed on (it hung, crashed) costs only the speakers its rows give.
    if (readme.problem)
      kept.push({
        ...readme.problem,
        message: `its list of talks gives no speakers: ${readme.problem.message}`,
        severity: 'warning',
      });
  }
  void cache.retain(
    new Set([...scanned.files, ...scanned.readmes].map((f) => f.listed.path)),
    keys,
  );
  const content = assembleContent(scanned.dir, results, [...scanned.problems, ...kept]);
  // Drafts read (no published post beside them) were not counted for the index as they came.
  const merged = finishLibrary(scanned, content, results, readmeTalks) || readsDrafts(results);
  stats.parseMs = performance.now() - started;
  return { content, stats, merged };
}

/**
 * Fill the caches (parsed files in memory, last good versions): what a running bot does in the
 * background when it starts watching, so its first edit is fast. Files are decoded only for
 * `onTalks` (which counts their words for the index, once).
 */
export async function primeScanned(scanned: Scanned, options: ParseOptions): Promise<LoadStats> {
  const started = performance.now();
  const code = await codeHash();
  const stats = newStats(scanned);
  const keys = new Set<string>();
  await Promise.all(
    scanned.files.map(async (file) => {
      const parse = await notesParse(file, code, keys, stats, options);
      if (!isClean(parse)) return;
      if (!options.onTalks || (await options.counted?.(parse))) {
        options.cache.keepGood(file.listed.path, parse);
        return;
      }
      const [json, result] = await decodedParse(parse, file, code, options);
      options.cache.keepGood(file.listed.path, json);
      if (served(result)) options.onTalks(result.parsed.talks, json);
    }),
  );
  stats.parseMs = performance.now() - started;
  return stats;
}

function newStats(scanned: Scanned): LoadStats {
  return {
    files: scanned.files.length + scanned.problems.length,
    parsed: 0,
    fromMemory: 0,
    fromDisk: 0,
    failed: 0,
    readMs: scanned.readMs,
    parseMs: 0,
  };
}

/** A file whose talks are served: read, and without errors (warnings are fine). */
function counts(result: LoadedFile): result is LoadedFile & { parsed: ParsedNotes } {
  return result.parsed !== undefined && !result.parsed.problems.some(isError);
}

/** A file whose talks are served whatever is beside it: counts, and is no draft. */
function served(result: LoadedFile): result is LoadedFile & { parsed: ParsedNotes } {
  return counts(result) && result.parsed.draft !== true;
}

/**
 * A site's drafts (`draft: true`) are left out beside its published posts; notes that are all
 * drafts were dropped in to be answered, and are read.
 */
function readsDrafts(results: LoadedFile[]): boolean {
  let drafts = false;
  for (const result of results) {
    if (!counts(result) || result.parsed.talks.length === 0) continue;
    if (result.parsed.draft !== true) return false;
    drafts = true;
  }
  return drafts;
}

/**
 * The library of parsed files, in their order, with every problem. A file with an error
 * contributes nothing (its talks would be wrong or partial); one with only warnings counts.
 */
export function assembleContent(
  dir: string,
  results: LoadedFile[],
  refused: ContentProblem[] = [],
): LoadedContent {
  const library: Library = { events: [], talks: [] };
  const files: ContentFile[] = [];
  const languages: { file: string; language?: string }[] = [];
  const problems: ContentProblem[] = [...refused];
  if (results.length === 0 && refused.length === 0) {
    problems.push({
      file: dir,
      line: 0,
      message: 'no notes files (*.md, *.markdown, *.txt, *.adoc) in the content folder',
    });
  }
  const drafts = readsDrafts(results);
  const draftSays = drafts
    ? `${DRAFT}: read, as no published notes are beside it`
    : `${DRAFT}: its talks are not read beside published notes until that line is removed`;
  for (const result of results) {
    const { file, parsed, problem } = result;
    if (problem) problems.push(problem);
    if (parsed) {
      for (const p of parsed.problems)
        problems.push(parsed.draft && p.message === DRAFT ? { ...p, message: draftSays } : p);
    }
    if (!counts(result) || (result.parsed.draft && !drafts)) continue;
    const { parsed: notes } = result;
    if (notes.talks.length === 0) {
      problems.push({
        file,
        line: 1,
        message: `${NO_TALKS}: give each talk a ## or ### heading`,
        severity: 'warning',
      });
    }
    library.events.push(notes.event, ...(notes.more ?? []));
    for (const talk of notes.talks) library.talks.push(talk);
    files.push({ file, event: notes.event.id, talks: notes.talks.length });
    languages.push({ file, ...opt('language', notes.language) });
  }
  addEventFacts(library, languages);
  return { library, files, problems };
}

export interface LoadContentOptions extends ListOptions {
  pool?: PoolOptions;
}

/**
 * Read and parse every notes file in `dir` (parsed in worker threads): one event per file,
 * problems named by file and line. For tools and tests; the bot loads through `loadBot`.
 */
export async function loadContent(
  dir: string,
  options: LoadContentOptions = {},
): Promise<LoadedContent & { stats?: LoadStats }> {
  const scanned = await scanContent(dir, options);
  if ('problem' in scanned)
    return { library: { events: [], talks: [] }, files: [], problems: [scanned.problem] };
  const pool = new ParsePool(options.pool);
  try {
    const { content, stats } = await parseScanned(scanned, { pool, cache: new ParseCache() });
    return { ...content, stats };
  } finally {
    await pool.close();
  }
}
