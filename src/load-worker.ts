import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { ParseCache } from './content/parse-cache.ts';
import { ParsePool } from './content/parse-parallel.ts';
import type { ScannedFile } from './content/scan-content.ts';
import type { LoadReply, LoadRequest } from './content-loader.ts';
import type { Talk } from './model.ts';
import type { PostingsPart } from './search/build-postings.ts';
import { yieldCpuToAnswers } from './worker-thread.ts';

/**
 * The content loader's thread (see `content-loader.ts`): reads and hashes the notes, takes what
 * the caches hold, has the rest parsed by the parse workers, builds the index and encodes it all
 * as a snapshot, whose bytes are transferred to the bot's thread. It lives as long as the bot,
 * so its cache of parsed files makes an edit cost one file's parse.
 */
let pool: ParsePool | undefined;
let background = false;
let cache: ParseCache | undefined;
const writes = new Set<Promise<void>>();
let queue: Promise<unknown> = Promise.resolve();
/** Loads asked for and not answered yet (the one running included). */
let waiting = 0;
/**
 * The words of each file's talks, counted once per parse the cache holds (and forgotten with
 * it): a reload after an edit counts the edited file's words only, and merges the others'.
 */
const counted = new WeakMap<Uint8Array, PostingsPart>();
/**
 * Words counted by the load running, to be kept on disk beside their parse once it has replied
 * (see `keepCounted`).
 */
let newlyCounted: [Uint8Array, PostingsPart][] = [];

parentPort?.on('message', (request: LoadRequest | { close: true }) => {
  if ('close' in request) {
    // Snapshots still being written are finished: the next start is to find them.
    void Promise.all([...writes, pool?.close()]).then(() =>
      parentPort?.postMessage({ closed: true }),
    );
    return;
  }
  // One load at a time: a second waits, and then finds what the first parsed in the cache.
  waiting += 1;
  const loading = queue
    .then(() => load(request))
    .finally(() => {
      waiting -= 1;
    });
  queue = loading.catch(() => undefined);
  loading.then(
    (reply) => {
      parentPort?.postMessage(reply, reply.bytes ? [reply.bytes.buffer as ArrayBuffer] : []);
      void keepCounted();
      releaseMemory();
    },
    (error: Error) =>
      parentPort?.postMessage({ id: request.id, error: error?.stack ?? String(error) }),
  );
});

/**
 * A full collection once a reply is sent: the build's garbage (every talk decoded, the index's
 * temporary arrays, ~100–200 MB at 10k talks) would otherwise stay resident in this long-lived
 * thread until its next load. It runs here, not on the answering thread.
 */
const collect: (() => void) | undefined = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
})();

/**
 * A running bot's next edit finds a parse worker ready and warm (`ParsePool.warmUp`) instead of
 * starting one, 5 s after priming or after a reload that parsed many files: not at once, where
 * an edit made just then (`npm run bench` edits 1.5 s after start) would share the CPU with the
 * warm-up, and wait for it (its first edit took 0.2–0.6 s longer so); and once the bot's thread
 * has decoded a new snapshot, so the worker's heap is not added to that peak. The sample is the
 * largest notes file up to 128 KB whose latest parse had no errors: a small one leaves most
 * readings cold, and one that hung or crashed its parser would do so again before the edit.
 */
function readyForEdits(files: ScannedFile[], delayMs = SPARE_AFTER_MS): void {
  const owner = pool;
  const clean = (file: ScannedFile['listed']) => cache?.latestIsGood(file.path) === true;
  let sample: ScannedFile['listed'] | undefined;
  for (const { listed } of files)
    if (listed.size <= SAMPLE_BYTES && listed.size > (sample?.size ?? 0) && clean(listed))
      sample = listed;
  if (!owner || !sample) return;
  const { path, real } = sample;
  const bytes = () => readFile(real).catch(() => undefined);
  // Not when a load waits (an edit made while priming): its own file warms the worker up.
  const warm = () => waiting === 0 && void owner.warmUp(bytes, path);
  setTimeout(warm, delayMs).unref();
}
const SPARE_AFTER_MS = 5_000;
const SAMPLE_BYTES = 128 * 1024;

/**
 * Each file's counted words, kept on disk beside its parse (`<key>.words`): a restarted bot's
 * priming takes them as they are, where counting every talk's words again held its first edit
 * (~1 s at 10k talks, see `countedBefore`). After the reply, which they do not hold up.
 */
async function keepCounted(): Promise<void> {
  const kept = newlyCounted;
  newlyCounted = [];
  if (!cache || kept.length === 0) return;
  const { encodePart } = await steps();
  for (const [parse, part] of kept) {
    const key = cache.keyOf(parse);
    if (key === undefined) continue;
    const write = cache
      .keepBesideParse(key, 'words', encodePart(part))
      .finally(() => writes.delete(write));
    writes.add(write);
  }
}

function releaseMemory(): void {
  setImmediate(() => collect?.());
}

async function load(request: LoadRequest): Promise<LoadReply> {
  const { id, dir, cacheDir, refresh = false } = request;
  // A running bot's reloads give the CPU to its answers (nice 10, and so do the parse workers
  // started from now on); a first load has no answers to wait for and runs at full speed —
  // on a shared machine a niced thread gets a tenth of a busy core. A nice value cannot be
  // lowered again, so a background loader stays background.
  if (request.background) {
    yieldCpuToAnswers();
    background = true;
  }
  pool ??= new ParsePool({ ...request.pool, background });
  cache ??= new ParseCache(cacheDir, { remember: !request.last });
  // Nothing parsed in this thread yet: the files are likely to need the workers, which take a
  // while to load their modules; they do so while the files are read and hashed.
  if (!request.prime && (refresh || cache.isEmpty())) pool.warm();
  const {
    parseScanned,
    primeScanned,
    scanContent,
    isError,
    TalkIndex,
    TalkIndexBuilder,
    countWords,
    encodeSnapshot,
    snapshotPath,
    writeSnapshot,
    decodePart,
  } = await steps();
  const countOnce = (talks: Talk[], parse: Uint8Array): PostingsPart => {
    let words = counted.get(parse);
    if (!words) {
      words = countWords(talks);
      counted.set(parse, words);
      newlyCounted.push([parse, words]);
    }
    return words;
  };
  /** Whether a parse's words are counted: in this thread, or kept on disk by an earlier one. */
  const countedBefore = async (parse: Uint8Array): Promise<boolean> => {
    if (counted.has(parse)) return true;
    const key = cache?.keyOf(parse);
    const bytes = key === undefined ? undefined : await cache?.besideParse(key, 'words');
    const part = bytes && decodePart(bytes);
    if (part) counted.set(parse, part);
    return part !== undefined;
  };
  const scanned = await scanContent(dir, { maxFileBytes: request.maxFileBytes });
  if ('problem' in scanned) return { id, files: [], problems: [scanned.problem] };
  if (request.prime) {
    // Only fill the caches (parsed files, last good versions, their words counted): the next
    // reload is then fast.
    const stats = await primeScanned(scanned, {
      pool,
      cache,
      onTalks: countOnce,
      counted: countedBefore,
    });
    if (stats.parsed + stats.failed > 1) await pool.close();
    readyForEdits(scanned.files, request.pool?.spareAfterMs);
    return { id, stats };
  }
  if (scanned.key && cacheDir && !refresh && !request.rebuild) {
    const bytes = await readFile(snapshotPath(cacheDir, scanned.key)).catch(() => undefined);
    if (bytes) {
      const own = new Uint8Array(bytes.length);
      own.set(bytes);
      return { id, bytes: own, fromCache: true, timings: { readMs: scanned.readMs } };
    }
  }
  // The index's words are counted file by file as the files are read, while the parse workers
  // go on with the next ones: on 2 cores that hides much of the index build behind the parse.
  const indexing = new TalkIndexBuilder();
  const { content, stats, merged } = await parseScanned(scanned, {
    pool,
    cache,
    refresh,
    keepLastGood: request.keepLastGood === true,
    // A one-off load ends with this thread: nothing it counted would be used again.
    onTalks: (talks, parse) =>
      indexing.add(talks, request.last ? undefined : countOnce(talks, parse)),
  });
  // After parsing many files the workers' heaps (tens of MB each, mostly garbage) are not kept
  // through the index build; after an edit (one file) the worker stays for the next edit.
  if (stats.parsed + stats.failed > 1) {
    await pool.close();
    if (background && !request.last) readyForEdits(scanned.files, request.pool?.spareAfterMs);
  }
  const { library, files, problems } = content;
  if (library.events.length === 0) return { id, files, problems, stats };
  const built = performance.now();
  // Talks two files wrote up joined into one: the talks counted as they came are not the library's.
  const index = new TalkIndex(library, merged ? undefined : indexing).snapshot();
  const bytes = encodeSnapshot({ files, library, index, problems });
  const buildMs = performance.now() - built;
  const cacheable = cacheDir !== undefined && scanned.key !== undefined && !problems.some(isError);
  // A one-off load's caller writes the snapshot while it decodes it: its first answer does not
  // wait for the write.
  if (cacheable && request.last)
    return {
      id,
      bytes,
      stats,
      key: scanned.key,
      timings: { readMs: stats.readMs, parseMs: stats.parseMs, buildMs },
    };
  // Written before the reply, which transfers the bytes away: into the page cache this costs
  // tens of ms, where a copy kept for a later write cost as many MB as the snapshot.
  if (cacheable && cacheDir && scanned.key) {
    const write = writeSnapshot(cacheDir, scanned.key, bytes).finally(() => writes.delete(write));
    writes.add(write);
    await write;
  }
  return {
    id,
    bytes,
    stats,
    timings: { readMs: stats.readMs, parseMs: stats.parseMs, buildMs },
  };
}

/**
 * The modules of a load, imported after the parse workers were asked to start: with tsx a thread
 * takes ~0.2 s to load them, and the workers load their own meanwhile instead of after.
 */
let loaded: Promise<typeof import('./load-steps.ts')> | undefined;
function steps() {
  loaded ??= import('./load-steps.ts');
  return loaded;
}
