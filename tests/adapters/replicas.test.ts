import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { commandPayload } from '../fakes/discord/payloads.ts';
import { freePort } from '../helpers.ts';
import { HOW_TO_RUN, REDIS_SERVER, startRedis } from '../redis-server.ts';
import { callbackOf, TOKEN } from './discord/harness.ts';
import { run } from './discord/run.ts';

if (!REDIS_SERVER) console.warn(HOW_TO_RUN);

/**
 * Two `qcon start` processes on one Redis, both connected to Discord as the same shard (what a
 * rolling deploy or a mistaken second replica does): every event reaches both, yet each is
 * answered once, and a user's questions draw on one budget whichever process answers them.
 */
describe.skipIf(!REDIS_SERVER)('two replicas sharing REDIS_URL', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let fake: FakeDiscord;
  const bots: ReturnType<typeof run>[] = [];

  beforeAll(async () => {
    [redis, fake] = await Promise.all([startRedis(), FakeDiscord.start({ token: TOKEN })]);
    for (let i = 0; i < 2; i++) {
      const healthPort = await freePort();
      const bot = run(['adapters/qcon.js', 'start'], {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        REDIS_URL: redis.url,
        RATE_LIMIT: '3/60s',
        CACHE_DIR: 'off',
        HEALTH_PORT: String(healthPort),
        HEALTH_HOST: '127.0.0.1',
      });
      bots.push(bot);
      // One at a time, so connection 0 is the first process and 1 the second.
      await fake.waitForOp(2, i + 1);
      await until(async () => {
        const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
        const body = (await response.json()) as {
          surfaces: Record<string, string>;
          shared?: { state: string };
        };
        return body.surfaces.discord === 'connected' && body.shared?.state === 'ok'
          ? true
          : undefined;
      });
    }
  }, 60_000);

  afterAll(async () => {
    for (const bot of bots) bot.child.kill('SIGTERM');
    await Promise.all(bots.map((bot) => bot.exited));
    await Promise.all([fake?.close(), redis?.stop()]);
    for (const bot of bots) expect(bot.output().stderr).not.toContain(TOKEN);
  });

  /** Sends an interaction to one process (0, 1) or both, and returns its callbacks once answered. */
  async function ask(query: string, to: 0 | 1 | 'all') {
    const interaction = commandPayload(query);
    fake.dispatch('INTERACTION_CREATE', interaction, to);
    await fake.waitForRequest(callbackOf(interaction.id));
    return interaction;
  }

  it('answers an event delivered to both processes once, and a late redelivery not at all', async () => {
    const both = await ask('netflix', 'all');
    // The same event reaching the second process after the first answered it.
    const late = await ask('uber', 0);
    fake.dispatch('INTERACTION_CREATE', late, 1);
    // Each process handles its events in order: once a later one is answered, these were seen.
    await ask('kubernetes', 1);
    await ask('kubernetes', 0);
    expect(fake.requests.filter(callbackOf(both.id))).toHaveLength(1);
    expect(fake.requests.filter(callbackOf(late.id))).toHaveLength(1);
  });

  it('spends one rate-limit budget per user across both processes', async () => {
    // The user (the fake's HUMAN) asked 4 questions above, each answered once: over 3 per 60 s
    // shared, so every further question, on either process, is "slow down".
    for (const to of [0, 1] as const) {
      const interaction = await ask('microservices', to);
      const [callback] = fake.requests.filter(callbackOf(interaction.id));
      expect(JSON.stringify(callback?.body)).toMatch(/Slow down/);
    }
  });
});

async function until<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out');
}
