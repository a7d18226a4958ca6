import pino from 'pino';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { LiveBot } from '../src/live-bot.ts';
import { Metrics } from '../src/metrics.ts';
import { createSharedState, type SharedState } from '../src/shared-state.ts';
import { CONTENT_DIR, shippedBot } from './helpers.ts';
import { startRedis } from './redis-server.ts';

/** A process as serve() builds it, on the shipped notes: its own Metrics, shared state and LiveBot. */
export interface Replica {
  shared: SharedState;
  live: LiveBot;
  metrics: Metrics;
  /** Its log lines (info and up). */
  lines: { level: number; msg: string }[];
}

/**
 * Replicas on one Redis (see `redis-server.ts`), each with `questions` per minute per user; the
 * tests of what replicas share start several and `closeAll()` them after each test.
 */
export function replicas() {
  const open: Replica[] = [];
  async function start(redisUrl: string, questions = 100): Promise<Replica> {
    const lines: Replica['lines'] = [];
    const logger = pino(
      { level: 'info', base: undefined },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const metrics = new Metrics();
    const config = { rateLimit: { questions, seconds: 60 }, redisUrl };
    const shared = await createSharedState(config, logger, metrics);
    const live = new LiveBot(await shippedBot(), {
      contentDir: CONTENT_DIR,
      logger,
      metrics,
      limiter: shared.limiter,
      conversations: shared.conversations,
    });
    const replica = { shared, live, metrics, lines };
    open.push(replica);
    return replica;
  }
  async function closeAll(): Promise<void> {
    const all = open.splice(0);
    await Promise.all(all.map((r) => r.live.close()));
    await Promise.all(all.map((r) => r.shared.close()));
  }
  return { start, closeAll };
}

/**
 * In a `describe`: a Redis started before its tests and stopped after them, and replicas on it,
 * closed after each test. `redis()` is the server (to stop and restart it, as after a crash).
 */
export function replicasOnRedis() {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  const processes = replicas();
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(() => processes.closeAll());
  afterAll(async () => {
    await redis?.stop();
  });
  const server = () => {
    if (!redis) throw new Error('Redis was not started');
    return redis;
  };
  return { redis: server, start: (questions?: number) => processes.start(server().url, questions) };
}
