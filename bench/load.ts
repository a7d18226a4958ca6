/**
 * `npm run bench:load`: a burst of signed /qcon slash commands (2000, 200 at once, each from
 * another user) at the Slack surface in HTTP mode, and the same burst at a baseline Bolt app that
 * only acks and posts one static message to the response_url, in the same run; then both again
 * at 100 at once. Checks the issue's targets at 200 at once and prints a table. Three processes
 * (load generator, servers, Slack sink), all on 127.0.0.1; everything stops by itself. Writes
 * bench/results/load.json. See docs/benchmarks.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { SIGNING_SECRET, signedCommand } from './signed-command.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The issue's burst by default; `-- --commands 500 --at-once 50,20` for a quick look at another.
const { values } = parseArgs({
  options: {
    commands: { type: 'string', default: '2000' },
    'at-once': { type: 'string', default: '200,100' },
  },
});
const COMMANDS = Math.min(100_000, Math.max(1, Number(values.commands) || 2000));
const CONCURRENCIES = values['at-once']
  .split(',')
  .map((n) => Math.min(1000, Math.max(1, Number(n) || 0)))
  .filter((n) => n > 0);
/** Untimed commands per server first, so the JIT and connection pools are settled. */
const WARMUP_COMMANDS = 1000;
/** Longest wait for the last answers to reach the sink after the burst. */
const DRAIN_MS = 10_000;
/** Slack's deadline for an acknowledgement; autocannon gives up on a request after this too. */
const SLACK_DEADLINE_S = 3;
const PROFILES = `${ROOT}bench/results/profiles`;
/** Commands sent so far: each is numbered, so each has its own user and response_url. */
let n = 0;

const children: ChildProcess[] = [];
try {
  const { url: sink } = await startChild<{ url: string }>('bench/slack-sink.ts', []);
  const ports = await startChild<{ bot: number; noop: number }>('bench/load-server.ts', [
    sink,
    SIGNING_SECRET,
  ]);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const loadBefore = loadavg()[0] ?? 0;
  const bursts: Burst[] = [];
  for (const atOnce of CONCURRENCIES) {
    const noop = await burst(sink, 'noop', ports.noop, atOnce);
    const bot = await burst(sink, 'bot', ports.bot, atOnce);
    bursts.push({ atOnce, noop, bot });
  }
  const verdicts = targets(bursts[0]);
  print(machine, loadBefore, bursts, verdicts);
  await mkdir(`${ROOT}bench/results`, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    machine,
    loadAverage1m: loadBefore,
    settings: { commands: COMMANDS, concurrencies: CONCURRENCIES, warmupCommands: WARMUP_COMMANDS },
    bursts,
    targets: verdicts,
  };
  await writeFile(`${ROOT}bench/results/load.json`, `${JSON.stringify(report, null, 2)}\n`);
  if (verdicts.some((v) => !v.met)) process.exitCode = 1;
} finally {
  // Closing stdin is the children's signal to exit, whatever happened here.
  for (const child of children) child.stdin?.end();
}

/** Starts `node --import tsx <script>` and resolves with the JSON line it prints once listening. */
async function startChild<T>(script: string, args: string[]): Promise<T> {
  // BENCH_PROF=1: CPU profiles of each process, for Chrome DevTools or speedscope.
  const profile = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${PROFILES}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', `${ROOT}${script}`, ...args],
    {
      cwd: ROOT,
      // The servers log each question to stderr, as in production; the benchmark discards it.
      stdio: ['pipe', 'pipe', 'ignore'],
    },
  );
  children.push(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`${script} exited with code ${code} before listening`);
  });
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  return JSON.parse(line) as T;
}

/** `count` signed commands, `atOnce` in flight; answers counted in ack bodies and at the sink. */
async function fire(port: number, responseUrl: string, count: number, atOnce: number) {
  let inAck = 0;
  // From the first command built to the last response: autocannon's own clock ticks in seconds.
  let first: number | undefined;
  let last = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/slack/events`,
    connections: atOnce,
    amount: count,
    timeout: SLACK_DEADLINE_S,
    requests: [
      {
        method: 'POST',
        // Each request signed afresh, as Slack does, for another user and question.
        setupRequest: (r) => {
          first ??= performance.now();
          return { ...r, ...signedCommand(++n, responseUrl) };
        },
        onResponse: (status, body) => {
          last = performance.now();
          if (status === 200 && body.includes('"blocks"')) inAck += 1;
        },
      },
    ],
  });
  return { result, inAck, seconds: (last - (first ?? last)) / 1000 };
}

async function burst(sink: string, server: 'bot' | 'noop', port: number, atOnce: number) {
  const run = `${server}-${atOnce}`;
  process.stderr.write(
    `${server}: ${WARMUP_COMMANDS} commands to warm up, then ${COMMANDS}, ${atOnce} at once…\n`,
  );
  await fire(port, `${sink}/respond/${run}-warmup`, WARMUP_COMMANDS, atOnce);
  const { result, inAck, seconds } = await fire(port, `${sink}/respond/${run}`, COMMANDS, atOnce);
  const atSink = await answersAt(sink, run, COMMANDS - inAck);
  return summary(result, seconds, inAck, atSink);
}

/** Answers the sink got for a run, once they reach `count` or DRAIN_MS has passed. */
async function answersAt(sink: string, run: string, count: number): Promise<number> {
  const deadline = performance.now() + DRAIN_MS;
  for (;;) {
    const { answers } = (await (await fetch(`${sink}/answers/${run}`)).json()) as {
      answers: number;
    };
    if (answers >= count || performance.now() > deadline) return answers;
    await sleep(100);
  }
}

function summary(result: Result, seconds: number, inAck: number, atSink: number) {
  return {
    commands: COMMANDS,
    perSecond: Math.round(result['2xx'] / Math.max(seconds, 0.001)),
    acked: result['2xx'],
    failed: COMMANDS - result['2xx'],
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    answersInAck: inAck,
    answersAtResponseUrl: atSink,
    delivered: inAck + atSink,
  };
}

type Row = ReturnType<typeof summary>;
interface Burst {
  atOnce: number;
  noop: Row;
  bot: Row;
}

/** The issue's targets, at the first (largest) concurrency. */
function targets(burst: Burst | undefined) {
  if (!burst) return [];
  const { noop, bot } = burst;
  return [
    { target: '0 failed acks', met: bot.failed === 0 },
    { target: 'every answer delivered', met: bot.delivered >= bot.commands },
    { target: 'p99 ack ≤ 1500 ms', met: bot.p99Ms <= 1500 },
    {
      target: `p99 ack ≤ 2.5 × baseline (${(2.5 * noop.p99Ms).toFixed(0)} ms)`,
      met: bot.p99Ms <= 2.5 * noop.p99Ms,
    },
    {
      target: `throughput ≥ 0.5 × baseline (${Math.round(0.5 * noop.perSecond)}/s)`,
      met: bot.perSecond >= 0.5 * noop.perSecond,
    },
  ];
}

function print(
  machine: string,
  load: number,
  bursts: Burst[],
  verdicts: ReturnType<typeof targets>,
): void {
  const header = [
    'at once',
    'server',
    'cmd/s',
    'acked',
    'failed',
    'p50 ms',
    'p99 ms',
    'max ms',
    'answers (in ack + response_url)',
  ];
  const line = (atOnce: number, name: string, r: Row) =>
    `| ${[atOnce, name, r.perSecond, r.acked, r.failed, r.p50Ms, r.p99Ms, r.maxMs, `${r.delivered} (${r.answersInAck} + ${r.answersAtResponseUrl})`].join(' | ')} |`;
  const rows = bursts.flatMap((b) => [
    line(b.atOnce, 'baseline Bolt app', b.noop),
    line(b.atOnce, 'qcon-bot', b.bot),
  ]);
  const ratios = bursts.map(
    (b) =>
      `${b.atOnce} at once: qcon-bot / baseline = ${(b.bot.perSecond / b.noop.perSecond).toFixed(2)} of the throughput, ${(b.bot.p99Ms / Math.max(1, b.noop.p99Ms)).toFixed(2)} × the p99`,
  );
  process.stdout.write(
    [
      '',
      `${machine}; 1-minute load average before the run ${load.toFixed(2)}`,
      `${COMMANDS} signed /qcon slash commands over HTTP per row, each from another user`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows,
      '',
      ...ratios,
      '',
      ...verdicts.map((v) => `${v.met ? 'met    ' : 'MISSED '} ${v.target}`),
      '',
    ].join('\n'),
  );
}
