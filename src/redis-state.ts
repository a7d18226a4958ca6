import { once } from 'node:events';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { type ConversationLimits, DEFAULT_CONVERSATION } from './conversation.ts';
import { type Deduper, MemoryDeduper } from './dedupe.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { QuestionLimiter, type RateLimit } from './rate-limit.ts';
import { RedisConversations } from './redis-conversations.ts';
import type { SharedState } from './shared-state.ts';

/** A Redis command slower than this counts as failed: an answer must not wait on Redis. */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2000;
/** The longest pause between reconnection attempts: Redis coming back is noticed this fast. */
const MAX_RETRY_DELAY_MS = 2000;
/** A failed command keeps /healthz degraded this long, even if the connection looks fine. */
const FAILURE_MEMORY_MS = 30_000;
/** The log says Redis is unreachable at most this often, however many commands fail. */
const LOG_EVERY_MS = 60_000;

/**
 * Rate limits and de-duplication in Redis, shared by every process pointed at it. Redis going
 * away must not take the bot with it: commands are never queued while disconnected (they fail at
 * once) and time out quickly; each failure falls back to this process's memory (limits per process,
 * de-duplication per process: fail open), /healthz says `degraded`, the gauge
 * `qcon_redis_degraded` is 1, and ioredis reconnects by itself.
 */
export async function redisState(
  url: string,
  limit: RateLimit,
  logger: Logger,
  metrics: Metrics,
  conversation: ConversationLimits = DEFAULT_CONVERSATION,
): Promise<SharedState> {
  const where = safeAddress(url);
  const log = logger.child({ redis: where });
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RETRY_DELAY_MS),
    // The rate limiter's Lua script is defined on the client; nothing else to set up.
    lazyConnect: false,
  });
  let lastError: string | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  let loggedAt = Number.NEGATIVE_INFINITY;
  let down = false;
  const failed = (error: unknown) => {
    const message = (error as Error)?.message ?? String(error);
    // ioredis's words for "not connected right now" are about its queue, not about Redis.
    lastError = /isn't writeable|Connection is closed|not ready/i.test(message)
      ? 'connection lost'
      : message;
    failedAt = performance.now();
    metrics.redisDegraded.set(1);
    if (failedAt - loggedAt >= LOG_EVERY_MS) {
      loggedAt = failedAt;
      log.warn(
        { reason: lastError },
        'redis unreachable: rate limits and de-duplication fall back to this process',
      );
    }
  };
  // Without an error listener ioredis would print every failed reconnection itself.
  client.on('error', (error) => failed(error));
  client.on('close', () => {
    if (!closing) {
      down = true;
      failed(new Error(lastError ?? 'connection closed'));
    }
  });
  client.on('ready', () => {
    if (down) log.info('redis reachable again: limits and de-duplication shared once more');
    down = false;
    failedAt = Number.NEGATIVE_INFINITY;
    metrics.redisDegraded.set(0);
  });
  let closing = false;

  const store = new RateLimiterRedis({
    storeClient: client,
    points: limit.questions,
    duration: limit.seconds,
    keyPrefix: 'qcon:limit',
    // Fail at once instead of waiting for a timeout while the connection is down.
    rejectIfRedisNotReady: true,
  });
  const limiter = new QuestionLimiter(limit, store, failed);
  const deduper = new RedisDeduper(client, failed);
  const conversations = new RedisConversations(client, conversation, failed);

  // Start with the shared store if it is there; otherwise answer from memory until it is.
  await Promise.race([
    once(client, 'ready'),
    new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS).unref()),
  ]).catch(() => undefined);
  if (client.status === 'ready') log.info('redis: limits and de-duplication shared');

  return {
    store: 'redis',
    limiter,
    deduper,
    conversations,
    problem() {
      if (client.status !== 'ready')
        return `redis unreachable (${where}): ${lastError ?? client.status}`;
      if (performance.now() - failedAt < FAILURE_MEMORY_MS)
        return `redis commands failing (${where}): ${lastError}`;
      return undefined;
    },
    async close() {
      closing = true;
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}

/**
 * `SET key 1 NX PX ttl`: the first process to claim a key gets true, all others false until the
 * key expires. Claims are also kept in memory, so a retry reaching this process again is caught
 * even while Redis is unreachable.
 */
export class RedisDeduper implements Deduper {
  private readonly local = new MemoryDeduper();

  constructor(
    private readonly client: Redis,
    private readonly onError: (error: unknown) => void,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (!(await this.local.claim(key, ttlMs))) return false;
    if (this.client.status !== 'ready') return true;
    try {
      const ttl = Math.max(1, Math.round(ttlMs));
      return (await this.client.set(`qcon:dedupe:${key}`, '1', 'PX', ttl, 'NX')) === 'OK';
    } catch (error) {
      this.onError(error);
      return true;
    }
  }
}

/** host:port only: a REDIS_URL may carry a password. */
function safeAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    return 'redis';
  }
}
