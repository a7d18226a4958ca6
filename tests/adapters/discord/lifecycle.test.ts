import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeDiscord, type RecordedRequest } from '../../fakes/discord/fake-discord.ts';
import {
  BOT_USER,
  commandPayload,
  issuedTokens,
  messagePayload,
} from '../../fakes/discord/payloads.ts';
import { freePort } from '../../helpers.ts';
import { callbackOf, replyTo, TOKEN } from './harness.ts';
import { run } from './run.ts';

/**
 * `qcon start` with Discord as an operator lives with it: /healthz tells a supervisor the truth
 * about the gateway, SIGTERM ends the process within SHUTDOWN_TIMEOUT whatever Discord does, the
 * log never holds an interaction token, and an unreachable Discord is said to be one.
 */
let fake: FakeDiscord | undefined;
let bot: ReturnType<typeof run> | undefined;
// Each test starts `qcon start` as a process of its own: on a busy 2-core machine (the suite
// runs files side by side) that alone took over 15 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
afterEach(async () => {
  bot?.child.kill('SIGKILL');
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 40_000) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function start(env: Record<string, string> = {}) {
  fake = await FakeDiscord.start({ token: TOKEN });
  const healthPort = await freePort();
  bot = run(['adapters/qcon.js', 'start'], {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    HEALTH_PORT: String(healthPort),
    HEALTH_HOST: '127.0.0.1',
    CACHE_DIR: 'off',
    ...env,
  });
  const healthz = async () => {
    const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  await until('discord connected', async () => {
    const health = await healthz();
    return (health.body.surfaces as Record<string, string>).discord === 'connected'
      ? true
      : undefined;
  });
  return { fake, bot, healthz };
}

const sendTo = (message: { id: string }) => replyTo(message.id);

describe('qcon start with Discord: health', () => {
  for (const [code, words] of [
    [4004, /authentication failed \(4004\)/],
    [4014, /disallowed intents \(4014\)/],
  ] as const) {
    it(`answers /healthz with 503 once Discord closes the gateway for good (${code})`, async () => {
      const { fake, healthz } = await start();
      expect((await healthz()).status).toBe(200);
      fake.closeConnection(code, 'closed for good');
      const down = await until('an unhealthy process', async () => {
        const health = await healthz();
        return health.status === 503 ? health.body : undefined;
      });
      expect(down).toMatchObject({
        status: 'unavailable',
        surfaces: { discord: 'closed' },
        reasons: [expect.stringMatching(words)],
      });
    });
  }

  it('stays healthy through a brief reconnect, and is 503 once it lasts past HEALTH_RECONNECT_GRACE', async () => {
    const { fake, healthz } = await start({ HEALTH_RECONNECT_GRACE: '1500ms' });
    // The gateway cannot be reached again: the fake is gone.
    await fake.close();
    const reconnecting = await until('reconnecting', async () => {
      const health = await healthz();
      return (health.body.surfaces as Record<string, string>).discord === 'reconnecting'
        ? health
        : undefined;
    });
    expect(reconnecting.status).toBe(200);
    const down = await until('unhealthy after the grace period', async () => {
      const health = await healthz();
      return health.status === 503 ? health.body : undefined;
    });
    expect(down).toMatchObject({
      status: 'unavailable',
      reasons: [expect.stringMatching(/^discord: gateway reconnecting for \d+ s$/)],
    });
  });
});

describe('qcon start with Discord: shutdown', () => {
  it('finishes an answer in flight on SIGTERM, then exits 0', async () => {
    const { fake, bot } = await start();
    const message = messagePayload(`<@${BOT_USER.id}> netflix`, { mentions: [BOT_USER] });
    // Discord takes a second to accept the reply; SIGTERM arrives meanwhile.
    fake.holdNext(sendTo(message), 1000);
    fake.dispatch('MESSAGE_CREATE', message);
    await fake.waitForRequest(sendTo(message));
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(fake.requests.filter(sendTo(message))).toHaveLength(1);
    expect(bot.output().stderr).toContain('stopped');
  });

  it('exits within SHUTDOWN_TIMEOUT when a call to Discord hangs', async () => {
    const { fake, bot } = await start({ SHUTDOWN_TIMEOUT: '1500ms' });
    const message = messagePayload(`<@${BOT_USER.id}> netflix`, { mentions: [BOT_USER] });
    fake.holdNext(sendTo(message));
    fake.dispatch('MESSAGE_CREATE', message);
    await fake.waitForRequest(sendTo(message));
    const signalled = performance.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(1);
    const took = performance.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(4000);
    expect(bot.output().stderr).toMatch(/shutdown took longer than 1500 ms; exiting anyway/);
  });
});

describe('qcon start with Discord: logs', () => {
  it('never contain an interaction token, even from calls that failed', async () => {
    const { fake, bot } = await start({ LOG_LEVEL: 'debug' });
    const before = issuedTokens.length;
    const failing = (r: RecordedRequest) => /^\/(interactions|webhooks)\//.test(r.path);
    // The first answer's callback fails for good (500s), the second's interaction is unknown.
    for (let i = 0; i < 4; i++)
      fake.failNext(failing, 500, { code: 0, message: '500: Internal Server Error' });
    const lost = commandPayload('netflix');
    fake.dispatch('INTERACTION_CREATE', lost);
    await until('the failure logged', async () =>
      /discord: (reply|answer|command|interaction)[^"]* failed/.test(bot.output().stderr)
        ? true
        : undefined,
    );
    fake.failNext(failing, 404, { code: 10062, message: 'Unknown interaction' });
    const unknown = commandPayload('uber');
    fake.dispatch('INTERACTION_CREATE', unknown);
    await fake.waitForRequest(callbackOf(unknown.id));
    const fine = commandPayload('kubernetes');
    fake.dispatch('INTERACTION_CREATE', fine);
    await fake.waitForRequest(callbackOf(fine.id));
    bot.child.kill('SIGTERM');
    await bot.exited;
    const { stderr } = bot.output();
    // The failed call's URL is in the log, without its token.
    expect(stderr).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
    expect(issuedTokens.length - before).toBe(3);
    for (const token of issuedTokens) expect(stderr).not.toContain(token);
    expect(stderr).not.toContain(TOKEN);
  });
});

describe('qcon start when Discord cannot be reached', () => {
  it('says so and exits 3, without a stack trace', async () => {
    const closed = await freePort();
    const bot = run(['adapters/qcon.js', 'start'], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: `http://127.0.0.1:${closed}/api`,
      CACHE_DIR: 'off',
    });
    expect(await bot.exited).toBe(3);
    const { stderr } = bot.output();
    expect(stderr).toMatch(/could not reach Discord: .*ECONNREFUSED/);
    expect(stderr).not.toMatch(/refused by Discord|^\s+at /m);
    expect(stderr).not.toContain('"stack"');
  });
});
