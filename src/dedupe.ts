import { LRUCache } from 'lru-cache';

/**
 * "Has this already been handled?" across retries: Slack re-sends an event it did not see
 * acknowledged in time, and a replayed request must not be answered twice. The first caller to
 * `claim` a key within `ttlMs` gets true; every later one gets false. In memory by default; a
 * shared store (Redis) makes replicas and shards claim from one set.
 */
export interface Deduper {
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** One process's memory: bounded, so a flood of distinct keys cannot grow it without limit. */
export class MemoryDeduper implements Deduper {
  private readonly seen: LRUCache<string, true>;

  constructor(max = 100_000) {
    this.seen = new LRUCache({ max, ttlAutopurge: false });
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.seen.has(key)) return false;
    this.seen.set(key, true, { ttl: ttlMs });
    return true;
  }
}
