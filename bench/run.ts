/**
 * `npm run bench`: the core's speed at the shipped content and synthetic corpora of 1k and 10k
 * talks (`-- --sizes 1000,10000,100000` for others). Each size runs in its own process; the table
 * is printed and written to bench/results/latest.json.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { type Corpus, writeCorpus } from './corpus.ts';
import { questionSet } from './queries.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = `${ROOT}node_modules/.cache/qcon-bench`;
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = (values.sizes ?? '').split(',').filter(Boolean).map(Number);

interface Row {
  corpus: string;
  talks: number;
  parseMs: number;
  buildMs: number;
  coldStartMs: number;
  queryP50: number;
  queryP99: number;
  completeP99: number;
  rssMB: number;
}

const rows: Row[] = [];
await mkdir(CACHE, { recursive: true });
rows.push(await measure('shipped', `${ROOT}content`, undefined, 'microservices'));
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
  rows.push(await measure(`synthetic ${size}`, dir, queriesFile, corpus.words[10] ?? 'x'));
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
): Promise<Row> {
  process.stderr.write(`measuring ${name}…\n`);
  const args = [
    '--import',
    'tsx',
    '--expose-gc',
    `${ROOT}bench/measure.ts`,
    dir,
    ...(queries ? [queries] : []),
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: ROOT,
    maxBuffer: 2 ** 26,
  });
  const m = JSON.parse(stdout) as {
    talks: number;
    parseMs: number;
    buildMs: number;
    query: { p50: number; p99: number };
    complete: { p99: number };
    rssMB: number;
  };
  const cold = [];
  for (let i = 0; i < 3; i++) cold.push(await coldStart(dir, question));
  cold.sort((a, b) => a - b);
  return {
    corpus: name,
    talks: m.talks,
    parseMs: m.parseMs,
    buildMs: m.buildMs,
    coldStartMs: cold[1] ?? 0,
    queryP50: m.query.p50,
    queryP99: m.query.p99,
    completeP99: m.complete.p99,
    rssMB: m.rssMB,
  };
}

/** Wall time of `qcon ask` from process start to its answer on stdout: what a user waits. */
function coldStart(dir: string, question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [`${ROOT}adapters/qcon.js`, 'ask', '--json', '--content', dir, question],
      {
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.once('data', () => resolve(performance.now() - start));
    child.on('error', reject);
  });
}

function printTable(table: Row[], machine: string): void {
  const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3));
  const header = [
    'corpus',
    'talks',
    'parse ms',
    'build ms',
    'cold start ms',
    'query p50 ms',
    'query p99 ms',
    'complete p99 ms',
    'RSS MB',
  ];
  const lines = table.map((r) => [
    r.corpus,
    String(r.talks),
    ms(r.parseMs),
    ms(r.buildMs),
    ms(r.coldStartMs),
    ms(r.queryP50),
    ms(r.queryP99),
    ms(r.completeP99),
    r.rssMB.toFixed(0),
  ]);
  process.stdout.write(
    `\n${machine}\n\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`,
  );
  for (const line of lines) process.stdout.write(`| ${line.join(' | ')} |\n`);
}
