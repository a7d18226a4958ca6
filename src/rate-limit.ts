import { RateLimiterMemory, type RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimit {
  questions: number;
  seconds: number;
}

/**
 * Questions per user per surface. Past the limit the asker gets a short private "slow down"
 * answer with the wait, never silence. In memory by default (each process limits what it serves);
 * with REDIS_URL the counts live in Redis, so every replica and Discord shard spends one budget.
 */
export class QuestionLimiter {
  private readonly memory: RateLimiterMemory;

  /**
   * `store`: a limiter over a shared store (Redis, see redis-state.ts), with `onStoreError` told
   * when it fails; this process's memory when absent.
   */
  constructor(
    limit: RateLimit,
    private readonly store?: RateLimiterRedis,
    private readonly onStoreError?: (error: unknown) => void,
  ) {
    this.memory = new RateLimiterMemory({ points: limit.questions, duration: limit.seconds });
  }

  /**
   * Resolves to undefined when the question may be asked, else to the seconds to wait. When the
   * shared store fails, this process's own count decides: the bot keeps answering (a limiter that
   * is down must not silence it) and still slows down one user flooding this process.
   */
  async take(surface: string, user: string): Promise<number | undefined> {
    const key = `${surface}:${user}`;
    if (this.store) {
      try {
        return waitOf(await this.store.consume(key).then(() => undefined));
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return waitOf(rejection);
        this.onStoreError?.(rejection);
      }
    }
    try {
      await this.memory.consume(key);
      return undefined;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return waitOf(rejection);
      return undefined;
    }
  }
}

/** "10/30s" → 10 questions per 30 seconds. */
export function parseRateLimit(text: string): RateLimit | undefined {
  const match = /^(\d{1,6})\s*\/\s*(\d{1,6})\s*s?$/.exec(text.trim());
  if (!match) return undefined;
  const limit = { questions: Number(match[1]), seconds: Number(match[2]) };
  return limit.questions > 0 && limit.seconds > 0 ? limit : undefined;
}

function waitOf(rejection: RateLimiterRes | undefined): number | undefined {
  return rejection ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : undefined;
}
