import type { Config } from './config.ts';
import {
  type ConversationStore,
  DEFAULT_CONVERSATION,
  MemoryConversations,
} from './conversation.ts';
import { type Deduper, MemoryDeduper } from './dedupe.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { QuestionLimiter } from './rate-limit.ts';

/**
 * What the processes of one deployment must agree on: how many questions each user has asked
 * (rate limits) and which events were already handled (retry de-duplication). In this process's
 * memory unless REDIS_URL is set; then in Redis, shared by every replica and Discord shard.
 * Created once by the composition root (serve) and handed to every surface.
 */
export interface SharedState {
  /** `memory` or `redis`: for /healthz and the log. */
  readonly store: 'memory' | 'redis';
  readonly limiter: QuestionLimiter;
  readonly deduper: Deduper;
  /** The last answer of each conversation, for follow-ups ("who gave it?"). */
  readonly conversations: ConversationStore;
  /** Why the shared store is not working right now (the bot keeps answering), or undefined. */
  problem(): string | undefined;
  close(): Promise<void>;
}

export function memoryState(config: Pick<Config, 'rateLimit' | 'conversation'>): SharedState {
  return {
    store: 'memory',
    limiter: new QuestionLimiter(config.rateLimit),
    deduper: new MemoryDeduper(),
    conversations: new MemoryConversations(config.conversation ?? DEFAULT_CONVERSATION),
    problem: () => undefined,
    close: async () => {},
  };
}

/** Redis when REDIS_URL is set (ioredis loads only then), else memory. */
export async function createSharedState(
  config: Pick<Config, 'rateLimit' | 'redisUrl' | 'conversation'>,
  logger: Logger,
  metrics: Metrics,
): Promise<SharedState> {
  if (!config.redisUrl) return memoryState(config);
  const { redisState } = await import('./redis-state.ts');
  return redisState(config.redisUrl, config.rateLimit, logger, metrics, config.conversation);
}
