/**
 * One benchmark size in its own process (so resident memory is this size's alone):
 * parse, index build, query and autocomplete latency, RSS. Prints one JSON line.
 * Usage: tsx bench/measure.ts <content dir> <queries json>
 */
import { readFile } from 'node:fs/promises';
import { Bot } from '../src/bot.ts';
import { loadContent } from '../src/content/load-content.ts';

const [dir = 'content', queriesFile] = process.argv.slice(2);
const queries = queriesFile
  ? (JSON.parse(await readFile(queriesFile, 'utf8')) as Queries)
  : undefined;

interface Queries {
  search: string[];
  complete: string[];
}

const t0 = performance.now();
const content = await loadContent(dir);
const t1 = performance.now();
const bot = new Bot(content.library);
const t2 = performance.now();

const search = queries?.search ?? [
  'microservices',
  'netflix',
  'cryptocurency',
  'micro',
  'Ryan Lane',
  'kubernetes',
];
const complete = queries?.complete ?? ['mic', 'sec', 'net', 'culture le', 'd'];
// Warm up the JIT the way a running bot is warm, then measure each question once per round.
for (const q of search.slice(0, 200)) bot.ask(q);
const searchTimes = time(search, (q) => bot.ask(q), 3);
const completeTimes = time(complete, (q) => bot.complete(q), 3);
if (typeof globalThis.gc === 'function') globalThis.gc();

process.stdout.write(
  `${JSON.stringify({
    talks: content.library.talks.length,
    problems: content.problems.length,
    parseMs: t1 - t0,
    buildMs: t2 - t1,
    query: stats(searchTimes),
    complete: stats(completeTimes),
    rssMB: process.memoryUsage().rss / 2 ** 20,
  })}\n`,
);

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
