import type { Redis } from 'ioredis';
import {
  type Conversation,
  type ConversationLimits,
  type ConversationStore,
  MemoryConversations,
} from './conversation.ts';

/**
 * Conversations in Redis (`SET qcon:conversation:<hashed key> json PX ttl`), so a follow-up
 * answered by another replica or Discord shard reads the same last answer. Each one is kept in
 * this process's memory too: while Redis is unreachable, a follow-up answered here still works,
 * and one answered elsewhere is read as if there were no earlier answer. Never throws.
 */
export class RedisConversations implements ConversationStore {
  private readonly local: MemoryConversations;

  constructor(
    private readonly client: Redis,
    private readonly limits: ConversationLimits,
    private readonly onError: (error: unknown) => void,
  ) {
    this.local = new MemoryConversations(limits);
  }

  async get(key: string): Promise<Conversation | undefined> {
    if (this.client.status !== 'ready') return this.local.read(key);
    try {
      const stored = await this.client.get(`qcon:conversation:${key}`);
      return stored ? parsed(stored) : undefined;
    } catch (error) {
      this.onError(error);
      return this.local.read(key);
    }
  }

  async set(key: string, conversation: Conversation): Promise<void> {
    this.local.write(key, conversation);
    if (this.client.status !== 'ready' || this.limits.ttlMs <= 0) return;
    try {
      const ttl = Math.max(1, Math.round(this.limits.ttlMs));
      await this.client.set(`qcon:conversation:${key}`, JSON.stringify(conversation), 'PX', ttl);
    } catch (error) {
      this.onError(error);
    }
  }
}

/** A stored conversation, or nothing when it is not one (written by another version, say). */
function parsed(stored: string): Conversation | undefined {
  try {
    const value = JSON.parse(stored) as Conversation;
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}
