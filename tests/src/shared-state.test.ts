import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/health.ts';
import { Metrics } from '../../src/metrics.ts';
import { createSharedState } from '../../src/shared-state.ts';
import { HOW_TO_RUN, REDIS_SERVER } from '../redis-server.ts';
import { replicasOnRedis } from '../replicas.ts';

if (!REDIS_SERVER) console.warn(HOW_TO_RUN);

/**
 * Several processes on one Redis behave as one: one rate-limit budget per user, one answer per
 * retried event. Each "process" here is a full stack as serve() builds it — its own Metrics,
 * shared state and LiveBot — against a real redis-server started for the test.
 */
describe.skipIf(!REDIS_SERVER)('shared state in Redis (REDIS_URL)', () => {
  const processes = replicasOnRedis();

  async function replica(questions = 3) {
    const started = await processes.start(questions);
    const { live, metrics, shared } = started;
    const health = () =>
      healthReport({ live, surfaces: [], metrics, shared, reconnectGraceMs: 1000 });
    return { ...started, health };
  }

  it('spends one rate-limit budget per user across processes', async () => {
    const [a, b] = [await replica(3), await replica(3)];
    const user = `u-${Math.random()}`;
    const kinds = [];
    for (const stack of [a, b, a, b])
      kinds.push((await stack.live.ask('netflix', { surface: 'slack', user })).kind);
    expect(kinds).toEqual(['talks', 'talks', 'talks', 'error']);
    // Another user, and the same user on another surface, have budgets of their own.
    expect((await b.live.ask('netflix', { surface: 'slack', user: `${user}-2` })).kind).toBe(
      'talks',
    );
    expect((await b.live.ask('netflix', { surface: 'discord', user })).kind).toBe('talks');
    expect(a.shared.store).toBe('redis');
    expect(a.health()).toMatchObject({ status: 'ok', shared: { store: 'redis', state: 'ok' } });
  });

  it('lets exactly one process claim a retried event', async () => {
    const [a, b] = [await replica(), await replica()];
    const key = `slack:event:Ev${Math.random()}`;
    expect(await a.shared.deduper.claim(key, 60_000)).toBe(true);
    expect(await b.shared.deduper.claim(key, 60_000)).toBe(false);
    expect(await a.shared.deduper.claim(key, 60_000)).toBe(false);
    // The claim expires with its time to live: a new event much later is new again.
    const short = `slack:event:Ev${Math.random()}`;
    expect(await a.shared.deduper.claim(short, 50)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await b.shared.deduper.claim(short, 50)).toBe(true);
  });

  it('keeps answering while Redis is down, reports degraded once in the log, and recovers by itself', async () => {
    const stack = await replica(1000);
    const ask = (user: string) => stack.live.ask('uber', { surface: 'slack', user });
    expect((await ask('before')).kind).toBe('talks');

    await processes.redis().stop();
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect((await ask(`during-${i}`)).kind).toBe('talks');
    // Never waiting on a dead Redis: 20 answers well inside a second.
    expect(performance.now() - started).toBeLessThan(2000);
    // A retry reaching this process again is still caught, from its memory.
    expect(await stack.shared.deduper.claim('during', 60_000)).toBe(true);
    expect(await stack.shared.deduper.claim('during', 60_000)).toBe(false);
    await until(() => /^redis unreachable/.test(stack.health().reasons?.[0] ?? ''));
    expect(stack.health()).toMatchObject({
      status: 'degraded',
      reasons: [expect.stringMatching(/^redis unreachable \(127\.0\.0\.1:\d+\)/)],
      shared: { state: 'degraded' },
    });
    expect(await stack.metrics.registry.getSingleMetricAsString('qcon_redis_degraded')).toMatch(
      /qcon_redis_degraded 1/,
    );
    const warnings = stack.lines.filter((l) => l.msg.startsWith('redis unreachable'));
    expect(warnings).toHaveLength(1);

    await processes.redis().restart();
    await until(() => stack.health().status === 'ok', 10_000);
    expect(stack.lines.some((l) => l.msg.startsWith('redis reachable again'))).toBe(true);
    expect(await stack.metrics.registry.getSingleMetricAsString('qcon_redis_degraded')).toMatch(
      /qcon_redis_degraded 0/,
    );
    // Shared again: a second stack sees this one's count.
    const other = await replica(1000);
    const user = `after-${Math.random()}`;
    await ask(user);
    expect((await other.shared.deduper.claim('after', 60_000)) && true).toBe(true);
    expect(await stack.shared.deduper.claim('after', 60_000)).toBe(false);
    expect(stack.health().status).toBe('ok');
  });
});

describe('shared state without REDIS_URL', () => {
  it("is this process's memory, and healthy", async () => {
    const shared = await createSharedState(
      { rateLimit: { questions: 1, seconds: 60 } },
      pino({ level: 'silent' }),
      new Metrics(),
    );
    expect(shared.store).toBe('memory');
    expect(await shared.limiter.take('slack', 'u')).toBeUndefined();
    expect(await shared.limiter.take('slack', 'u')).toBeGreaterThan(0);
    expect(await shared.deduper.claim('k', 1000)).toBe(true);
    expect(await shared.deduper.claim('k', 1000)).toBe(false);
    expect(shared.problem()).toBeUndefined();
  });
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
