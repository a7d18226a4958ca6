/**
 * One benchmark step for one corpus in its own process, so resident memory is its own.
 * Prints one JSON line.
 *   build <content dir> <snapshot dir>: parse (worker threads) and index, write the snapshot,
 *     with no cache at all (a first build), and report the time to the first answer and the
 *     process's peak resident memory (every thread);
 *   tokenize <content dir>: markdown-it's `parse` alone over the same files, on one thread, then
 *     the whole parse of each file (`parseFile`) on the same thread, warm;
 *   reload <content dir> <snapshot dir>: a running bot (watching the folder) while one file is
 *     edited three times: time from the write to the edit being answerable, the longest
 *     event-loop stall and questions lost meanwhile; then the bot started again and edited once;
 *   serve <content dir> <snapshot dir> [queries json]: start from that snapshot as a replica
 *     does, then time questions and autocomplete, and report resident memory.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import pino from 'pino';
import { parseFile } from '../src/content/parse-file.ts';
import { LiveBot } from '../src/live-bot.ts';
import { loadBot } from '../src/load-bot.ts';
import { Metrics } from '../src/metrics.ts';
import { Probe, sleep } from './probe.ts';

const [mode, dir = 'content', snapshots = '', queriesFile] = process.argv.slice(2);
/** The pause before the third edit of `reload`. */
const PAUSE_MS = 15_000;

if (mode === 'build') {
  const started = performance.now();
  const loaded = await loadBot(dir, snapshots, { refresh: true });
  loaded.bot?.ask('talks');
  const firstAnswerMs = performance.now() - started;
  const { parseMs, buildMs, snapshotMs } = loaded.timings;
  print({
    talks: loaded.library.talks.length,
    problems: loaded.problems.length,
    parseMs,
    buildMs,
    decodeMs: snapshotMs,
    firstAnswerMs,
    contentMB: (await contentBytes(dir)) / 2 ** 20,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  });
} else if (mode === 'tokenize') {
  const md = new MarkdownIt();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  const texts = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  const started = performance.now();
  for (const text of texts) md.parse(text, {});
  const tokenizeMs = performance.now() - started;
  // The whole parse of the same files (tokens → talks, front matter, summaries) on this
  // one thread, warm (through tsx, not from a bundle): what a parse worker does per file,
  // without threads, caches or the index.
  const files = names.map((n, i) => ({ path: join(dir, n), text: Buffer.from(texts[i] ?? '') }));
  for (const file of files.slice(0, Math.max(1, files.length / 10))) parseFile(file);
  const parsing = performance.now();
  for (const file of files) parseFile(file);
  print({ tokenizeMs, parseAloneMs: performance.now() - parsing });
} else if (mode === 'reload') {
  print(await reload());
} else {
  const loaded = await loadBot(dir, snapshots);
  if (!loaded.bot || !loaded.fromCache) throw new Error(`no snapshot of ${dir} in ${snapshots}`);
  const bot = loaded.bot;
  const queries = queriesFile
    ? (JSON.parse(await readFile(queriesFile, 'utf8')) as { search: string[]; complete: string[] })
    : {
        search: ['microservices', 'netflix', 'cryptocurency', 'micro', 'Ryan Lane', 'kubernetes'],
        complete: ['mic', 'sec', 'net', 'culture le', 'd'],
      };
  // Warm up the JIT the way a running bot is warm (and build what is built on first use),
  // then time each question once per round. No answer cache is involved: every ask is computed.
  for (const q of queries.search.slice(0, 200)) bot.ask(q);
  for (const q of queries.complete.slice(0, 50)) bot.complete(q);
  const search = time(queries.search, (q) => bot.ask(q), 3);
  const complete = time(queries.complete, (q) => bot.complete(q), 3);
  if (typeof globalThis.gc === 'function') globalThis.gc();
  print({
    talks: loaded.library.talks.length,
    snapshotMs: (loaded.timings.readMs ?? 0) + (loaded.timings.snapshotMs ?? 0),
    query: stats(search),
    complete: stats(complete),
    rssMB: process.memoryUsage().rss / 2 ** 20,
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
  });
}

async function contentBytes(folder: string): Promise<number> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.md'));
  const sizes = await Promise.all(names.map(async (n) => (await readFile(join(folder, n))).length));
  return sizes.reduce((a, b) => a + b, 0);
}

/** Three edits of one file of a running bot; the file is restored afterwards. */
async function reload() {
  const loaded = await loadBot(dir, snapshots);
  if (!loaded.bot) throw new Error(`no content in ${dir}`);
  const reloads: number[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void note(line) });
  const note = (line: string) => {
    if (line.includes('"content reloaded"')) {
      reloads.push(performance.now());
      if (process.env.BENCH_VERBOSE) process.stderr.write(line);
    }
  };
  const live = new LiveBot(loaded.bot, {
    contentDir: dir,
    cacheDir: snapshots,
    logger,
    metrics: new Metrics(),
  });
  const known = loaded.library.talks[0]?.title.split(' ')[0] ?? 'talks';
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  const path = join(dir, names[Math.floor(names.length / 2)] as string);
  const original = await readFile(path);
  live.watch();
  await sleep(1500);
  const probe = new Probe(() => live.ask(known)).start();
  const times: number[] = [];
  try {
    for (const [i, word] of [fresh(), fresh(), fresh()].entries()) {
      // The third after a pause, as an author edits again after reading the answer: longer than
      // a parse worker waited without work before 5 Dec 2026 (10 s).
      if (i === 2) await sleep(PAUSE_MS);
      const written = performance.now();
      await writeFile(path, `${original}\n### Edited talk ${word}\n* ${word} notes\n`);
      while (live.bot.ask(word).kind !== 'talks') {
        if (performance.now() - written > 120_000) throw new Error('edit never answerable');
        await sleep(5);
      }
      times.push(performance.now() - written);
      await sleep(500);
    }
  } finally {
    await writeFile(path, original);
  }
  await sleep(2000);
  const result = probe.stop();
  await live.close();
  return {
    talks: loaded.library.talks.length,
    firstEditMs: times[0],
    warmEditMs: times[1],
    pausedEditMs: times[2],
    restartEditMs: await editAfterRestart(path, original, fresh()),
    ...result,
    reloads: reloads.length,
  };
}

/**
 * The same bot started again on the same folder (the first start above was the first after a
 * build, with nothing counted per file yet), and a file edited 1.5 s after: the first edit of a
 * restarted bot, whose priming finds what the first run kept.
 */
async function editAfterRestart(path: string, original: Buffer, word: string) {
  const loaded = await loadBot(dir, snapshots);
  if (!loaded.bot) throw new Error(`no content in ${dir}`);
  const logger = pino({ level: 'silent' });
  const live = new LiveBot(loaded.bot, {
    contentDir: dir,
    cacheDir: snapshots,
    logger,
    metrics: new Metrics(),
  });
  live.watch();
  await sleep(1500);
  const written = performance.now();
  try {
    await writeFile(path, `${original}\n### Edited talk ${word}\n* ${word} notes\n`);
    while (live.bot.ask(word).kind !== 'talks') {
      if (performance.now() - written > 120_000) throw new Error('edit never answerable');
      await sleep(5);
    }
    return performance.now() - written;
  } finally {
    await writeFile(path, original);
    await sleep(1000);
    await live.close();
  }
}

/** A word never written before, so no cache can hold the edited content. */
function fresh(): string {
  const letters = Array.from({ length: 10 }, () => 97 + Math.floor(Math.random() * 26));
  return `zz${String.fromCharCode(...letters)}`;
}

function print(result: object): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // One step per process: it ends here, even if a thread or a timer of the code under test
  // would keep it alive (the run must stay bounded in time).
  process.stdout.write('', () => process.exit(0));
}

function time(inputs: string[], run: (input: string) => unknown, rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      times.push(performance.now() - start);
    }
  }
  return times;
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}
