/**
 * `npm run bench`: the core's speed at the shipped content and synthetic corpora of 1k and 10k
 * talks (`-- --sizes 1000,10000,100000` for others). Each step runs in its own process; the
 * table is printed and written to bench/results/latest.json. See bench/README.md.
 */

import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { makeBundles } from '../src/thread-bundle.ts';
import { type Corpus, writeCorpus } from './corpus.ts';
import { questionSet } from './queries.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = `${ROOT}node_modules/.cache/qcon-bench`;
const SNAPSHOTS = `${CACHE}/snapshots`;
/** The flags `npm start` runs the bot with: a small young generation, a small steady footprint. */
const START_FLAGS = ['--max-semi-space-size=2'];
/** The documented constant of the memory bound (docs/benchmarks-content.md): threads, no content. */
const RSS_CONSTANT_MB = 300;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    // Parsing 100k talks takes minutes: reuse the snapshot (and the parse/build times
    // measured when it was made) of sizes at least this big.
    'reuse-from': { type: 'string', default: '100000' },
    // A running bot's edit → answerable time and event-loop stalls, at these sizes.
    'reload-sizes': { type: 'string', default: '10000' },
  },
});
const reloadSizes = (values['reload-sizes'] ?? '').split(',').filter(Boolean).map(Number);
const sizes = (values.sizes ?? '').split(',').filter(Boolean).map(Number);
const reuseFrom = Number(values['reuse-from']);

interface Row {
  corpus: string;
  talks: number;
  parseMs?: number;
  buildMs?: number;
  /** A first build (no cache at all): process start of the load to the first answer. */
  firstAnswerMs?: number;
  /** markdown-it's `parse` alone over the same files on one thread, in the same run. */
  tokenizeMs?: number;
  /** The whole parse of the same files (`parseFile`) on one thread, warm. */
  parseAloneMs?: number;
  contentMB?: number;
  /** Peak resident memory of the first build, all threads. */
  buildPeakMB?: number;
  reload?: {
    firstEditMs: number;
    warmEditMs: number;
    pausedEditMs?: number;
    restartEditMs?: number;
    maxStallMs: number;
    lost: number;
    asked: number;
    peakRssMB: number;
  };
  snapshotMs: number;
  coldStartMs: number;
  queryP50: number;
  queryP99: number;
  completeP99: number;
  rssMB: number;
  /** Resident memory with Node's default flags, for comparison. */
  rssDefaultMB: number;
  /** True when parse/build come from an earlier run that made the snapshot. */
  reused?: boolean;
}

const rows: Row[] = [];
await mkdir(CACHE, { recursive: true });
// Threads start from a bundle of their code, made once per code version (src/thread-bundle.ts):
// made here first, so every step measures what every start after the first does.
await makeBundles();
rows.push(await measure('shipped', `${ROOT}content`, undefined, 'microservices', false));
for (const size of sizes) {
  const dir = `${CACHE}/corpus-${size}`;
  const corpusFile = `${dir}.json`;
  let corpus: Corpus;
  if (existsSync(corpusFile) && existsSync(dir)) {
    corpus = JSON.parse(await readFile(corpusFile, 'utf8')) as Corpus;
  } else {
    process.stderr.write(`writing a synthetic corpus of ${size} talks…\n`);
    corpus = await writeCorpus(dir, size);
    await writeFile(corpusFile, JSON.stringify(corpus));
  }
  const queriesFile = `${dir}.queries.json`;
  await writeFile(queriesFile, JSON.stringify(questionSet(corpus)));
  const question = corpus.words[10] ?? 'x';
  const row = await measure(`synthetic ${size}`, dir, queriesFile, question, size >= reuseFrom);
  if (reloadSizes.includes(size)) {
    process.stderr.write(`synthetic ${size}: editing a file of a running bot…\n`);
    row.reload = await step(START_FLAGS, 'reload', dir);
  }
  rows.push(row);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
printTable(rows, machine);
await mkdir(`${ROOT}bench/results`, { recursive: true });
await writeFile(
  `${ROOT}bench/results/latest.json`,
  `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`,
);

async function measure(
  name: string,
  dir: string,
  queries: string | undefined,
  question: string,
  reuse: boolean,
): Promise<Row> {
  const buildFile = `${dir}.build.json`;
  let build:
    | {
        talks: number;
        parseMs: number;
        buildMs: number;
        firstAnswerMs: number;
        contentMB: number;
        peakRssMB: number;
      }
    | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: the JSON line of bench/measure.ts
  let serve: any;
  if (reuse && existsSync(buildFile)) {
    process.stderr.write(`${name}: answering from the snapshot made earlier…\n`);
    // Throws when there is no snapshot for this code and corpus: then it is made again.
    serve = await step(START_FLAGS, 'serve', dir, queries).catch(() => undefined);
    if (serve) build = JSON.parse(await readFile(buildFile, 'utf8'));
  }
  const reused = serve !== undefined;
  if (!serve || !build) {
    process.stderr.write(`${name}: parsing and indexing…\n`);
    build = await step([], 'build', dir);
    if (dir.startsWith(CACHE)) await writeFile(buildFile, JSON.stringify(build));
    process.stderr.write(`${name}: answering from the snapshot…\n`);
    serve = await step(START_FLAGS, 'serve', dir, queries);
  }
  const plain = await step([], 'serve', dir, queries);
  const { tokenizeMs, parseAloneMs } = await step([], 'tokenize', dir);
  const cold = [];
  for (let i = 0; i < 5; i++) cold.push(await coldStart(dir, question));
  cold.sort((a, b) => a - b);
  return {
    corpus: name,
    talks: serve.talks,
    parseMs: build?.parseMs,
    buildMs: build?.buildMs,
    firstAnswerMs: build?.firstAnswerMs,
    contentMB: build?.contentMB,
    buildPeakMB: build?.peakRssMB,
    tokenizeMs,
    parseAloneMs,
    snapshotMs: serve.snapshotMs,
    coldStartMs: cold[2] ?? 0,
    queryP50: serve.query.p50,
    queryP99: serve.query.p99,
    completeP99: serve.complete.p99,
    rssMB: serve.rssMB,
    rssDefaultMB: plain.rssMB,
    ...(reused ? { reused } : {}),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the JSON line of bench/measure.ts
async function step(flags: string[], mode: string, dir: string, queries?: string): Promise<any> {
  const script = `${ROOT}bench/measure.ts`;
  const argv = [...flags, '--import', 'tsx', '--expose-gc', script, mode, dir, SNAPSHOTS];
  if (queries) argv.push(queries);
  const { stdout } = await promisify(execFile)(process.execPath, argv, {
    cwd: ROOT,
    maxBuffer: 2 ** 26,
    // A step that hangs fails the run instead of stalling it (100k builds take minutes).
    timeout: 15 * 60_000,
  });
  return JSON.parse(stdout);
}

/** Wall time of `qcon ask` from process start to its answer on stdout: what a user waits. */
function coldStart(dir: string, question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [`${ROOT}adapters/qcon.js`, 'ask', '--json', '--content', dir, question],
      {
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', CACHE_DIR: SNAPSHOTS },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.once('data', () => resolve(performance.now() - start));
    child.on('error', reject);
  });
}

function printTable(table: Row[], machine: string): void {
  const ms = (n?: number) =>
    n === undefined ? '–' : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3);
  const header = [
    'corpus',
    'talks',
    'parse ms',
    'build ms',
    'snapshot load ms',
    'cold start ms',
    'query p50 ms',
    'query p99 ms',
    'complete p99 ms',
    'RSS MB (default flags)',
  ];
  const lines = table.map((r) => [
    r.corpus,
    String(r.talks),
    `${ms(r.parseMs)}${r.reused ? '*' : ''}`,
    `${ms(r.buildMs)}${r.reused ? '*' : ''}`,
    ms(r.snapshotMs),
    ms(r.coldStartMs),
    ms(r.queryP50),
    ms(r.queryP99),
    ms(r.completeP99),
    `${r.rssMB.toFixed(0)} (${r.rssDefaultMB.toFixed(0)})`,
  ]);
  process.stdout.write(
    `\n${machine}\n\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`,
  );
  for (const line of lines) process.stdout.write(`| ${line.join(' | ')} |\n`);
  if (table.some((r) => r.reused))
    process.stdout.write('\n* measured when the reused snapshot was made\n');

  const first = [
    'corpus',
    'MB of notes',
    'first answer ms (no cache)',
    'markdown-it tokenize ms (1 thread)',
    'ratio',
    'parse alone ms (1 thread, warm)',
    'peak RSS MB',
    `budget MB (5 × notes + ${RSS_CONSTANT_MB})`,
  ];
  process.stdout.write(`\n| ${first.join(' | ')} |\n|${first.map(() => '---').join('|')}|\n`);
  for (const r of table) {
    if (r.firstAnswerMs === undefined) continue;
    const ratio = r.tokenizeMs ? (r.firstAnswerMs / r.tokenizeMs).toFixed(1) : '–';
    const alone = r.tokenizeMs && r.parseAloneMs ? (r.parseAloneMs / r.tokenizeMs).toFixed(1) : '–';
    const budget = 5 * (r.contentMB ?? 0) + RSS_CONSTANT_MB;
    const perMB = `${budget.toFixed(0)} ${(r.buildPeakMB ?? 0) <= budget ? 'within' : 'OVER'}`;
    process.stdout.write(
      `| ${r.corpus} | ${(r.contentMB ?? 0).toFixed(1)} | ${ms(r.firstAnswerMs)} | ${ms(r.tokenizeMs)} | ${ratio}× | ${ms(r.parseAloneMs)} (${alone}×) | ${(r.buildPeakMB ?? 0).toFixed(0)} | ${perMB} |\n`,
    );
  }
  const reloads = table.filter((r) => r.reload);
  if (reloads.length === 0) return;
  const head = [
    'corpus',
    'edit → answerable ms (first reload)',
    'edit → answerable ms (warm)',
    'after a 15 s pause',
    'first edit after a restart',
    'max event-loop stall ms',
    'answers lost / asked',
    'peak RSS MB',
  ];
  process.stdout.write(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n`);
  for (const r of reloads) {
    const x = r.reload as NonNullable<Row['reload']>;
    process.stdout.write(
      `| ${r.corpus} | ${ms(x.firstEditMs)} | ${ms(x.warmEditMs)} | ${ms(x.pausedEditMs)} | ${ms(x.restartEditMs)} | ${ms(x.maxStallMs)} | ${x.lost} / ${x.asked} | ${x.peakRssMB.toFixed(0)} |\n`,
    );
  }
}
