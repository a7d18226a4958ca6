import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { visibleText } from './harness.ts';

const QCON = fileURLToPath(new URL('../../../adapters/qcon.js', import.meta.url));

/** The environment a user would have, minus any platform settings of the machine running the tests. */
function userEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(SLACK_|DISCORD_|PORT$|HEALTH_PORT$)/.test(key),
    ),
  );
  return { ...env, ...settings };
}

/** `qcon start` as a user runs it (npm start runs the same), from a folder with no .env. */
function start(settings: Record<string, string>): {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [QCON, 'start'], {
    cwd: tmpdir(),
    env: userEnv(settings),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  child.stdout?.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake?.close();
});

describe('qcon start with Slack configured', () => {
  it('connects over Socket Mode, answers /qcon, and stops cleanly on SIGTERM without logging tokens', async () => {
    const run = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'debug',
    });
    try {
      await fake.waitForConnections(1);
      const reply = await fake.send('slash_commands', slashCommand(fake, 'haproxy', 'p1'));
      expect(visibleText(reply)).toContain('What they do not tell you about microservices');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    const log = run.stderr();
    expect(log).toContain('connected to Slack over Socket Mode');
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(APP_TOKEN);
    expect(log).not.toMatch(/xox[bp]-|xapp-/);
  });

  it('refuses a malformed SLACK_BOT_TOKEN with exit code 2, naming the variable, without a stack trace', async () => {
    const run = start({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_APP_TOKEN: APP_TOKEN });
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toContain('SLACK_BOT_TOKEN');
    expect(run.stderr()).toContain('xoxb-');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });
});
