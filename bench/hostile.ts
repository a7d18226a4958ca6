/**
 * `npm run bench:hostile`: hostile notes files dropped into the content folder of a running bot.
 * Each case runs in its own process (so its peak memory is its own): the bot serves the shipped
 * notes, a client keeps asking "microservices" every 5 ms, the hostile file is written and the
 * bot reloads. Printed per case: what the reload said about the file, its time, the process's
 * peak resident memory (all threads), the longest event-loop stall and the answers lost (must be
 * 0). Bounded: each case is stopped after 3 minutes.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pino from 'pino';
import { MAX_FILE_BYTES } from '../src/content/notes-files.ts';
import { LiveBot } from '../src/live-bot.ts';
import { loadBot } from '../src/load-bot.ts';
import { Metrics } from '../src/metrics.ts';
import { makeBundles } from '../src/thread-bundle.ts';
import { Probe, sleep } from './probe.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CASE_LIMIT_MS = 180_000;
/** The documented constant of the memory bound (docs/benchmarks-content.md): threads, no content. */
const RSS_CONSTANT_MB = 300;
const STALL_LIMIT_MS = 50;

/** Each case: the file name and a function writing it. */
const CASES: Record<string, (path: string) => Promise<void>> = {
  '200 MB file': (path) => big(path, 200),
  '10 MB file': (path) => big(path, 10),
  '50,000 nested "- " (100 KB)': (path) => writeFile(path, `## Deep\n${'- '.repeat(50_000)}x\n`),
  '2,000 nested "- " (4 KB)': (path) => writeFile(path, `## Deep\n${'- '.repeat(2_000)}x\n`),
  '50,000 "> " (100 KB)': (path) => writeFile(path, `## Quoted\n${'> '.repeat(50_000)}x\n`),
  'YAML alias bomb': (path) => writeFile(path, `---\n${aliasBomb()}---\n## A talk\n* notes\n`),
  '100,000 headings': (path) =>
    writeFile(path, Array.from({ length: 100_000 }, (_, i) => `## Heading ${i}\n`).join('')),
  '100,000 bullets in one talk': (path) =>
    writeFile(
      path,
      `## One long talk\n${Array.from({ length: 100_000 }, (_, i) => `- point ${i}\n`).join('')}`,
    ),
  '30,000 times "## Keynote"': (path) => writeFile(path, '## Keynote\nNotes.\n\n'.repeat(30_000)),
  'a paragraph citing 20,000 talks (1 MB)': (path) =>
    writeFile(
      path,
      `## Talks\n\n${Array.from({ length: 20_000 }, (_, i) => `"Talk ${i}" (Jane Doe, Acme) said it.`).join(' ')}\n`,
    ),
};

const [mode, name] = process.argv.slice(2);
if (mode === 'case' && name) {
  process.stdout.write(`${JSON.stringify(await runCase(name))}\n`);
  process.exit(0);
} else {
  // As in bench/run.ts: the threads' code bundled once, as for every start after the first.
  await makeBundles();
  const rows: string[][] = [];
  for (const label of Object.keys(CASES)) {
    process.stderr.write(`${label}…\n`);
    rows.push(await spawnCase(label));
  }
  const header = [
    'case',
    'reload says',
    'reload s',
    'peak RSS MB',
    `budget MB (5 × notes read + ${RSS_CONSTANT_MB})`,
    `max stall ms (≤ ${STALL_LIMIT_MS})`,
    'lost / asked',
  ];
  process.stdout.write(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
}

async function spawnCase(label: string): Promise<string[]> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', `${ROOT}bench/hostile.ts`, 'case', label],
      { cwd: ROOT, timeout: CASE_LIMIT_MS, maxBuffer: 2 ** 24 },
    );
    const r = JSON.parse(stdout.trim().split('\n').at(-1) as string);
    const budget = 5 * r.notesMB + RSS_CONSTANT_MB;
    return [
      label,
      r.says,
      (r.reloadMs / 1000).toFixed(1),
      r.peakRssMB.toFixed(0),
      `${budget.toFixed(0)} ${r.peakRssMB <= budget ? 'within' : 'OVER'}`,
      `${r.maxStallMs.toFixed(0)} ${r.maxStallMs <= STALL_LIMIT_MS ? '' : 'OVER'}`.trim(),
      `${r.lost} / ${r.asked}`,
    ];
  } catch (error) {
    const failed = `case failed: ${(error as Error).message.split('\n')[0]}`;
    return [label, failed, '–', '–', '–', '–', '–'];
  }
}

async function runCase(label: string) {
  const work = await mkdtemp(join(tmpdir(), 'qcon-hostile-'));
  const dir = join(work, 'content');
  try {
    await cp(`${ROOT}content`, dir, { recursive: true });
    const loaded = await loadBot(dir);
    if (!loaded.bot) throw new Error('the shipped content did not load');
    // The reload's problems, as the log shows them.
    const messages: string[] = [];
    const logger = pino(
      { level: 'warn' },
      {
        write: (line: string) => {
          const problem = (JSON.parse(line) as { problem?: string }).problem;
          if (problem) messages.push(problem);
        },
      },
    );
    const live = new LiveBot(loaded.bot, { contentDir: dir, logger, metrics: new Metrics() });
    // A running bot: what the process's first question builds once is not the hostile file's.
    await live.warmed;
    const probe = new Probe(() => live.ask('microservices')).start();
    await sleep(200);
    await (CASES[label] as (path: string) => Promise<void>)(join(dir, 'hostile.md'));
    const started = performance.now();
    await live.reload();
    const reloadMs = performance.now() - started;
    await sleep(500);
    const probed = probe.stop();
    await live.close();
    const says = messages.find((m) => m.includes('hostile.md')) ?? 'no problem reported';
    return {
      says: says.replace(/^.*hostile\.md:?/, 'hostile.md:'),
      reloadMs,
      notesMB: (await notesBytes(dir)) / 2 ** 20,
      ...probed,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The notes a reload reads: files over the size limit are refused unread and cost nothing. */
async function notesBytes(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md'));
  const sizes = await Promise.all(names.map(async (n) => (await stat(join(dir, n))).size));
  return sizes.filter((size) => size <= MAX_FILE_BYTES).reduce((a, b) => a + b, 0);
}

/** Written a megabyte at a time, as a copy would: the benchmark itself must not stall or bloat. */
async function big(path: string, mb: number): Promise<void> {
  const line = '* a line of notes about a talk that goes on and on\n';
  const chunk = Buffer.from(`## A big talk\n${line.repeat(Math.ceil(2 ** 20 / line.length))}`);
  const file = await open(path, 'w');
  try {
    for (let i = 0; i < mb; i++) await file.write(chunk);
  } finally {
    await file.close();
  }
}

/** "Billion laughs": ten levels of ten aliases, a few hundred bytes that expand to 10^10. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) {
    const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ');
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  lines.push('title: *a9');
  return `${lines.join('\n')}\n`;
}
