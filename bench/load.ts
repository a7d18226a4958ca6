/**
 * `npm run bench:load`: signed /qcon slash commands from autocannon (200 connections, 10 s) at
 * the Slack surface in HTTP mode, and the same at a no-op Bolt app in the same run, so the ratio
 * says what our work costs on top of Bolt's own. Three processes (load generator, servers, Slack
 * sink), all on 127.0.0.1; everything stops by itself. Prints a table and writes
 * bench/results/load.json. See bench/README.md.
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
// The load by default; `-- --connections 50 --seconds 5` for a quick look at another.
const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
  },
});
const CONNECTIONS = Math.min(1000, Math.max(1, Number(values.connections) || 200));
const SECONDS = Math.min(60, Math.max(1, Number(values.seconds) || 10));
/** Untimed warm-up per server, so the JIT and connection pools are settled before measuring. */
const WARMUP_SECONDS = 2;
/** Longest wait for the last answers to reach the sink after the load stops. */
const DRAIN_MS = 10_000;
const PROFILES = `${ROOT}bench/results/profiles`;

const children: ChildProcess[] = [];
try {
  const { url: sink } = await startChild<{ url: string }>('bench/slack-sink.ts', []);
  const ports = await startChild<{ bot: number; noop: number }>('bench/load-server.ts', [
    sink,
    SIGNING_SECRET,
  ]);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const loadBefore = loadavg()[0] ?? 0;

  const noop = summary(await measure('no-op Bolt app', ports.noop, `${sink}/respond/noop`));
  const bot = summary(await measure('qcon-bot', ports.bot, `${sink}/respond/bot`));
  // A command the client gave up on (timeout) is still answered once the bot gets to it.
  const delivered = await answersAt(sink, 'bot', bot.acknowledged + bot.timeouts);
  const ratio = bot.requestsPerSecond / noop.requestsPerSecond;
  const answers = { acknowledged: bot.acknowledged, delivered };
  print(machine, loadBefore, { noop, bot }, ratio, answers);
  await mkdir(`${ROOT}bench/results`, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    machine,
    loadAverage1m: loadBefore,
    settings: { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS },
    noop,
    bot,
    ratio,
    answers,
  };
  await writeFile(`${ROOT}bench/results/load.json`, `${JSON.stringify(report, null, 2)}\n`);
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

async function measure(name: string, port: number, responseUrl: string): Promise<Result> {
  let n = 0;
  const run = (duration: number, url: string) =>
    autocannon({
      url: `http://127.0.0.1:${port}/slack/events`,
      connections: CONNECTIONS,
      duration,
      // Each request signed afresh, as Slack does, for another user and question.
      requests: [{ method: 'POST', setupRequest: (r) => ({ ...r, ...signedCommand(++n, url) }) }],
    });
  process.stderr.write(`${name}: warming up ${WARMUP_SECONDS} s, then ${SECONDS} s…\n`);
  await run(WARMUP_SECONDS, `${responseUrl}-warmup`);
  return run(SECONDS, responseUrl);
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

function summary(result: Result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    acknowledged: result['2xx'],
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

type Row = ReturnType<typeof summary>;

function print(
  machine: string,
  load: number,
  rows: { noop: Row; bot: Row },
  ratio: number,
  answers: { acknowledged: number; delivered: number },
): void {
  const header = ['server', 'req/s', 'acked', 'p50 ms', 'p99 ms', 'errors', 'timeouts', 'non-2xx'];
  const line = (name: string, r: Row) =>
    `| ${[name, r.requestsPerSecond, r.acknowledged, r.p50Ms, r.p99Ms, r.errors, r.timeouts, r.non2xx].join(' | ')} |`;
  process.stdout.write(
    [
      '',
      `${machine}; 1-minute load average before the run ${load.toFixed(2)}`,
      `${CONNECTIONS} connections, ${SECONDS} s each, signed /qcon slash commands over HTTP`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      line('no-op Bolt app', rows.noop),
      line('qcon-bot', rows.bot),
      '',
      `ratio qcon-bot / no-op: ${ratio.toFixed(2)} of the requests per second`,
      `answers posted to response_urls: ${answers.delivered} (${answers.acknowledged} commands acknowledged within the run, ${rows.bot.timeouts} timed out)`,
      '',
    ].join('\n'),
  );
}
