/**
 * One benchmark step for one corpus in its own process, so resident memory is its own.
 * Prints one JSON line.
 *   build <content dir> <snapshot dir>: parse (worker threads) and index, write the snapshot;
 *   serve <content dir> <snapshot dir> [queries json]: start from that snapshot as a replica
 *     does, then time questions and autocomplete, and report resident memory.
 */
import { readFile } from 'node:fs/promises';
import { loadBot } from '../src/load-bot.ts';

const [mode, dir = 'content', snapshots = '', queriesFile] = process.argv.slice(2);

if (mode === 'build') {
  const loaded = await loadBot(dir, snapshots, { refresh: true });
  const { parseMs, buildMs } = loaded.timings;
  print({ talks: loaded.library.talks.length, problems: loaded.problems.length, parseMs, buildMs });
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

function print(result: object): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
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
