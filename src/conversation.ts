import { createHash } from 'node:crypto';
import type { Answer } from './answer.ts';

/**
 * What the bot remembers of one conversation (a user in one place), so a follow-up ("who gave
 * it?", "the second one", "what about day 2") is read against the last answer, as a person
 * would. Only ids and the question as the bot asked it (what paging buttons carry anyway): no
 * raw message.
 */
export interface Conversation {
  /** The last list shown: its question (whole), the page shown and that page's talks, in order. */
  list?: {
    query: string;
    page: number;
    pageCount: number;
    total: number;
    /** 1-based position of `refs[0]` in the whole list. */
    first: number;
    refs: string[];
  };
  /** The talk opened last (`event/id`), by a question or from the list. */
  opened?: string;
  /**
   * "Did Zed Quill talk about kafka?" answered that no speaker has that name: the name, so "what
   * else did he say" next is about that person, never a speaker of an older list.
   */
  unknownPerson?: string;
}

/** Where conversations are kept: this process's memory, or Redis for every replica and shard. */
export interface ConversationStore {
  get(key: string): Promise<Conversation | undefined>;
  set(key: string, conversation: Conversation): Promise<void>;
}

export interface ConversationLimits {
  /** How long a conversation is remembered after its last answer. */
  ttlMs: number;
  /** How many conversations this process keeps at most (the least recent are forgotten first). */
  max: number;
}

export const DEFAULT_CONVERSATION: ConversationLimits = { ttlMs: 30 * 60_000, max: 10_000 };

/**
 * One conversation's key: the surface, the place (a channel, a thread, a DM, a terminal
 * session) and the user, hashed, so a store (or Redis) never holds a platform's user id.
 */
export function conversationKey(surface: string, place: string, user: string): string {
  return createHash('sha256')
    .update(`${surface}\u0000${place}\u0000${user}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * What to remember after an answer: a list replaces the last list (and the talk opened); a talk
 * is opened, keeping the list it may have come from (so "the third one" still picks from it).
 * A question that found nothing forgets both; other answers (help, "which talk?", what the notes
 * never record) leave the conversation as it was.
 */
export function remembered(
  answer: Answer,
  previous: Conversation | undefined,
): Conversation | undefined {
  if (answer.kind === 'talks') {
    if (answer.hits.length === 0) return previous;
    return {
      list: {
        query: answer.query,
        page: answer.page,
        pageCount: answer.pageCount,
        total: answer.total,
        first: answer.first,
        refs: answer.hits.map((hit) => hit.ref),
      },
    };
  }
  if (answer.kind === 'talk') {
    const { unknownPerson: _, ...kept } = previous ?? {};
    return { ...kept, opened: answer.talk.ref };
  }
  if (answer.kind === 'none' && answer.reason === 'unknown-speaker' && answer.name) {
    const { list } = previous ?? {};
    return { ...(list ? { list } : {}), unknownPerson: answer.name };
  }
  // "Tell me about the coffee talk" that found nothing: "who gave it?" next is about that one,
  // never the talk of an older answer, so it asks which talk. "How many came to it?" answered
  // that the notes never say (`unknown`) looked for nothing: "how long was it?" next is still
  // about the talk before.
  if (answer.kind === 'none' && !answer.reason && !answer.unknown && previous) return {};
  return undefined;
}

/** Conversations in this process's memory: expiring, and at most `max` of them (least recent out). */
export class MemoryConversations implements ConversationStore {
  private readonly kept = new Map<string, { conversation: Conversation; until: number }>();

  constructor(
    private readonly limits: ConversationLimits = DEFAULT_CONVERSATION,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<Conversation | undefined> {
    return this.read(key);
  }

  async set(key: string, conversation: Conversation): Promise<void> {
    this.write(key, conversation);
  }

  /** The same, at once: what the Redis store falls back to. */
  read(key: string): Conversation | undefined {
    const entry = this.kept.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.kept.delete(key);
      return undefined;
    }
    return entry.conversation;
  }

  write(key: string, conversation: Conversation): void {
    if (this.limits.max < 1 || this.limits.ttlMs <= 0) return;
    // Re-inserted last: a Map keeps insertion order, so its first key is the least recent.
    this.kept.delete(key);
    this.kept.set(key, { conversation, until: this.now() + this.limits.ttlMs });
    while (this.kept.size > this.limits.max) {
      const oldest = this.kept.keys().next().value;
      if (oldest === undefined) break;
      this.kept.delete(oldest);
    }
  }

  get size(): number {
    return this.kept.size;
  }
}
