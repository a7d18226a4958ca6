import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from '../fakes/slack/fake-slack.ts';
import { freePort } from '../helpers.ts';
import { run } from './discord/run.ts';

const QCON = fileURLToPath(new URL('../../adapters/qcon.js', import.meta.url));

/**
 * `qcon chat` and `npm start` go through one start-up path: the terminal chat is a surface like
 * Slack and Discord, with the same cache and /healthz. Start-up failures say what
 * is wrong in one line with an exit code an operator can act on: 2 configuration, 3 unreachable.
 * The terminal alone has no rate limit: it is the operator's own.
 */
describe('qcon chat', () => {
  it('serves /healthz on HEALTH_PORT, and answers questions piped in past the rate limit', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [QCON, 'chat'], {
      env: {
        PATH: process.env.PATH ?? '',
        HEALTH_PORT: String(port),
        HEALTH_HOST: '127.0.0.1',
        RATE_LIMIT: '2/60s',
        CACHE_DIR: 'off',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = once(child, 'exit');
    try {
      const health = await until(async () => {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        return response.status === 200 ? await response.json() : undefined;
      });
      expect(health).toMatchObject({
        status: 'ok',
        surfaces: { console: 'connected' },
        shared: { store: 'memory' },
      });
      child.stdin.write('netflix\nuber\nsecurity\n');
      await until(async () => (/Access and Secret Management/.test(stdout) ? true : undefined));
      expect(stdout).toContain('Container mgmt at Netflix');
      expect(stdout).not.toMatch(/Slow down/);
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toContain('qcon_questions_total{surface="console",kind="talks"} 3');
      expect(metrics).not.toContain('qcon_rate_limited_total{surface="console"}');
      child.stdin.end();
      const [code] = await exited;
      expect(code).toBe(0);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('qcon start when a platform cannot be used', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await FakeSlack.start();
  });
  afterAll(async () => {
    await slack?.close();
  });

  it('exits 3 saying Slack could not be reached, not that the token was rejected', async () => {
    const closed = await freePort();
    const bot = run(['adapters/qcon.js', 'start'], {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: `http://127.0.0.1:${closed}/api/`,
      CACHE_DIR: 'off',
    });
    expect(await bot.exited).toBe(3);
    const { stderr } = bot.output();
    expect(stderr).toMatch(/could not reach Slack: .*ECONNREFUSED/);
    expect(stderr).not.toMatch(/did not accept|^\s+at |"stack"/m);
    expect(stderr).not.toContain(BOT_TOKEN);
  });

  it('exits 2 naming SLACK_BOT_TOKEN when Slack refuses it', async () => {
    const bot = run(['adapters/qcon.js', 'start'], {
      SLACK_BOT_TOKEN: 'xoxb-0000000000-0000000000000-notthetokenslackknows',
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: slack.apiUrl,
      CACHE_DIR: 'off',
    });
    expect(await bot.exited).toBe(2);
    const { stderr } = bot.output();
    expect(stderr).toMatch(/Slack did not accept SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(stderr).not.toMatch(/^\s+at |"stack"/m);
    expect(stderr).not.toContain('notthetokenslackknows');
  });
});

async function until<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}
