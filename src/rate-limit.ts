import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimit {
  questions: number;
  seconds: number;
}

/**
 * Questions per user per surface. Past the limit the asker gets a short private "slow down"
 * answer with the wait, never silence. In memory: each replica limits what it serves, which is
 * what protects it.
 */
export class QuestionLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(limit: RateLimit) {
    this.limiter = new RateLimiterMemory({ points: limit.questions, duration: limit.seconds });
  }

  /** Resolves to undefined when the question may be asked, else to the seconds to wait. */
  async take(surface: string, user: string): Promise<number | undefined> {
    try {
      await this.limiter.consume(`${surface}:${user}`);
      return undefined;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
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
