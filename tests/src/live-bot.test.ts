import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { LiveBot } from '../../src/live-bot.ts';
import { REDACT_PATHS } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { QuestionLimiter } from '../../src/rate-limit.ts';
import { CONTENT_DIR } from '../helpers.ts';

let dir: string;
let lines: Record<string, unknown>[];
let metrics: Metrics;
let live: LiveBot;

async function liveBot(
  options: { limit?: number; debounceMs?: number; pollMs?: number } = {},
): Promise<LiveBot> {
  const content = await loadContent(dir);
  const logger = pino(
    { level: 'info', redact: REDACT_PATHS },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  metrics = new Metrics();
  live = new LiveBot(new Bot(content.library), {
    contentDir: dir,
    logger,
    metrics,
    debounceMs: options.debounceMs ?? 20,
    ...(options.pollMs ? { pollMs: options.pollMs } : {}),
    ...(options.limit
      ? { limiter: new QuestionLimiter({ questions: options.limit, seconds: 30 }) }
      : {}),
  });
  return live;
}

const waitFor = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 800 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcon-live-'));
  await cp(CONTENT_DIR, dir, { recursive: true });
  lines = [];
});
afterEach(async () => {
  await live?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('live content', () => {
  it('answers from an added notes file once it is saved', async () => {
    const bot = await liveBot();
    bot.watch();
    expect((await bot.ask('serverless')).kind).toBe('none');
    await writeFile(
      join(dir, 'devconf.md'),
      '## Serverless at scale\n* cold starts matter a lot\n',
    );
    await waitFor(() => lines.some((l) => l.msg === 'content reloaded'), 'the reload');
    expect((await bot.ask('serverless')).kind).toBe('talks');
    expect(bot.status.talks).toBe(11);
  });

  it('answers from notes saved in a sub-folder, one there already and one made while it runs', async () => {
    await mkdir(join(dir, '2019'));
    const bot = await liveBot({ pollMs: 50 });
    bot.watch();
    await writeFile(join(dir, '2019', 'devconf.md'), '## Serverless at scale\n* cold starts\n');
    await waitFor(() => bot.status.talks === 11, 'the first reload');
    expect((await bot.ask('serverless')).kind).toBe('talks');
    await mkdir(join(dir, '2020', 'spring'), { recursive: true });
    await waitFor(() => lines.filter((l) => l.msg === 'content reloaded').length >= 2, 'a look');
    await writeFile(join(dir, '2020', 'spring', 'kafkaconf.md'), '## Zebra streams\n* stripes\n');
    await waitFor(() => bot.status.talks === 12, 'the reload of the new folder');
    expect((await bot.ask('zebra')).kind).toBe('talks');
    // Three reloads beside a primed loader thread: a machine busy with other tests took 21 s.
  }, 60_000);

  it('keeps a file’s last good talks after a broken edit, naming file and line', async () => {
    const bot = await liveBot();
    await writeFile(join(dir, 'devconf.md'), '## Serverless at scale\n* cold starts matter\n');
    expect(await bot.reload()).toBe(true);
    await writeFile(join(dir, 'devconf.md'), '---\ntitle: [unclosed\n---\n## Serverless\n');
    expect(await bot.reload()).toBe(true);
    expect((await bot.ask('serverless')).kind).toBe('talks');
    expect((await bot.ask('netflix')).kind).toBe('talks');
    expect(lines.find((l) => l.msg === 'content problem')?.problem).toMatch(
      /devconf\.md:\d+: front matter is not valid YAML/,
    );
    expect(lines.find((l) => l.msg === 'content warning')?.problem).toMatch(
      /devconf\.md: warning: still answering from this file as it was before the edit/,
    );
    // A new file with errors has no earlier version: it contributes nothing, the rest is served.
    await writeFile(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\n## Kafka\n');
    expect(await bot.reload()).toBe(true);
    expect((await bot.ask('kafka')).kind).toBe('none');
    expect(bot.status.talks).toBe(11);
    // Three reloads, each starting a parse worker: a machine busy with other tests took 21 s.
  }, 60_000);

  it('logs a file’s first 20 problems and how many more, not a line per problem', async () => {
    const bot = await liveBot();
    await writeFile(join(dir, 'repeats.md'), '## Keynote\nNotes.\n\n'.repeat(500));
    expect(await bot.reload()).toBe(true);
    const warnings = lines.filter((l) => l.msg === 'content warning');
    expect(warnings).toHaveLength(20);
    expect(String(warnings[0]?.problem)).toMatch(
      /repeats\.md:4: warning: repeated heading "Keynote"/,
    );
    expect(lines.find((l) => l.more === 479)?.msg).toMatch(
      /^479 more content problems in .*repeats\.md: `qcon check` lists them all$/,
    );
    expect(bot.status.talks).toBe(510);
  });

  it('keeps the last good index while the folder is gone, and reloads when it is back', async () => {
    const bot = await liveBot({ pollMs: 50 });
    bot.watch();
    await rm(dir, { recursive: true, force: true });
    await waitFor(() => lines.some((l) => /^content not reloaded/.test(String(l.msg))), 'failure');
    expect(lines.find((l) => l.msg === 'content problem')?.problem).toMatch(/does not exist/);
    expect((await bot.ask('netflix')).kind).toBe('talks');
    await cp(CONTENT_DIR, dir, { recursive: true });
    await writeFile(join(dir, 'devconf.md'), '## Serverless at scale\n* cold starts\n');
    await waitFor(() => lines.some((l) => l.msg === 'content reloaded'), 'the reload');
    await waitFor(() => bot.status.talks === 11, 'the new talk');
    expect((await bot.ask('serverless')).kind).toBe('talks');
  });

  it('follows an edit of a symlinked file’s target (a ConfigMap update), parsing only it', async () => {
    const data = join(dir, '..data');
    await mkdir(data);
    await writeFile(join(data, 'devconf.md'), '## Serverless at scale\n* cold starts\n');
    await symlink(join('..data', 'devconf.md'), join(dir, 'devconf.md'));
    const bot = await liveBot({ pollMs: 50 });
    expect(await bot.reload()).toBe(true);
    bot.watch();
    await writeFile(join(data, 'devconf.md'), '## Kafka in practice\n* partitions\n');
    await waitFor(() => lines.filter((l) => l.msg === 'content reloaded').length === 2, 'reload');
    expect((await bot.ask('kafka')).kind).toBe('talks');
    // The edited file is parsed once (by this reload, or by the background priming that
    // `watch()` starts, when it already saw the edit); the other is never parsed again.
    const reloaded = lines.filter((l) => l.msg === 'content reloaded')[1];
    expect(Number(reloaded?.parsed) + Number(reloaded?.cached)).toBe(2);
    expect(reloaded?.parsed).toBeLessThanOrEqual(1);
  });

  it('finishes a question on the index it started with while a reload swaps in another', async () => {
    const bot = await liveBot();
    const before = bot.bot;
    await writeFile(join(dir, 'devconf.md'), '## Serverless at scale\n* cold starts\n');
    const reload = bot.reload();
    const answer = await bot.ask('netflix');
    await reload;
    expect(answer.kind).toBe('talks');
    expect(bot.bot).not.toBe(before);
  });
});

describe('questions are logged once and counted', () => {
  it('logs surface, request kind, hits and latency, with the user id hashed', async () => {
    const bot = await liveBot();
    await bot.ask('netflix', { surface: 'slack', user: 'U123SECRET' });
    const logged = lines.filter((l) => l.msg === 'question');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      surface: 'slack',
      request: 'search',
      answer: 'talks',
      hits: 1,
    });
    expect(logged[0]?.ms).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain('U123SECRET');
    expect(logged[0]?.user).toMatch(/^[0-9a-f]{12}$/);
  });

  it('logs questions with no hit with the (cut) question, for content authors', async () => {
    const bot = await liveBot();
    await bot.ask(`kubernetes ${'x'.repeat(500)}`, { surface: 'discord' });
    const logged = lines.find((l) => l.msg === 'question with no hit');
    expect(String(logged?.question)).toMatch(/^kubernetes x+…$/);
    expect(String(logged?.question).length).toBeLessThanOrEqual(120);
    expect(await metrics.registry.getSingleMetricAsString('qcon_questions_no_hit_total')).toContain(
      'surface="discord"} 1',
    );
  });
});

describe('the rate limit', () => {
  it('answers a user past the limit with a short private "slow down", and others normally', async () => {
    const bot = await liveBot({ limit: 2 });
    const ask = (user: string) => bot.ask('netflix', { surface: 'slack', user });
    expect((await ask('U1')).kind).toBe('talks');
    expect((await ask('U1')).kind).toBe('talks');
    const third = await ask('U1');
    expect(third).toMatchObject({
      kind: 'error',
      reason: 'rate-limited',
      message: expect.stringMatching(/^Slow down.*\d+ seconds?\.$/),
    });
    expect((await ask('U2')).kind).toBe('talks');
    expect((await bot.ask('netflix', { surface: 'discord', user: 'U1' })).kind).toBe('talks');
  });
});
