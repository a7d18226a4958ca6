import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type Conversation, conversationKey, MemoryConversations } from '../../src/conversation.ts';
import { LiveBot } from '../../src/live-bot.ts';
import { createLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { memoryState } from '../../src/shared-state.ts';
import { CONTENT_DIR, shippedBot } from '../helpers.ts';
import { HOW_TO_RUN, REDIS_SERVER } from '../redis-server.ts';
import { replicasOnRedis } from '../replicas.ts';

if (!REDIS_SERVER) console.warn(HOW_TO_RUN);

/** The conversation memory: what each asker's last answer was, for a while, in a bounded store. */
const opened = (ref: string): Conversation => ({ opened: ref });

describe('conversations in memory', () => {
  it('forget a conversation once its time is up', async () => {
    let now = 1_000;
    const store = new MemoryConversations({ ttlMs: 60_000, max: 10 }, () => now);
    await store.set('k', opened('fjord/one'));
    now += 59_000;
    expect(await store.get('k')).toEqual(opened('fjord/one'));
    now += 2_000;
    expect(await store.get('k')).toBeUndefined();
  });

  it('keep at most so many, forgetting the least recent first', async () => {
    const store = new MemoryConversations({ ttlMs: 60_000, max: 2 });
    await store.set('a', opened('x/a'));
    await store.set('b', opened('x/b'));
    await store.set('a', opened('x/a2'));
    await store.set('c', opened('x/c'));
    expect(store.size).toBe(2);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toEqual(opened('x/a2'));
  });

  it('keep two users, places and surfaces apart, and never a raw user id', () => {
    const key = conversationKey('slack', 'C1', 'U123');
    expect(key).not.toContain('U123');
    expect(
      new Set([
        key,
        conversationKey('slack', 'C1', 'U124'),
        conversationKey('slack', 'C2', 'U123'),
        conversationKey('discord', 'C1', 'U123'),
      ]).size,
    ).toBe(4);
  });

  it('last as long as CONVERSATION_TTL says, for as many as CONVERSATION_MAX', () => {
    const read = loadConfig({ CONVERSATION_TTL: '90s', CONVERSATION_MAX: '50' });
    expect(read.ok && read.config.conversation).toEqual({ ttlMs: 90_000, max: 50 });
    const wrong = loadConfig({ CONVERSATION_MAX: 'lots' });
    expect(wrong.ok ? [] : wrong.problems.join(' ')).toMatch(/CONVERSATION_MAX/);
  });

  it('end with their time in a live bot: a follow-up then asks which talk', async () => {
    const state = memoryState({
      rateLimit: { questions: 100, seconds: 60 },
      conversation: { ttlMs: 1, max: 10 },
    });
    const live = new LiveBot(await shippedBot(), {
      contentDir: CONTENT_DIR,
      logger: createLogger('silent'),
      metrics: new Metrics(),
      conversations: state.conversations,
    });
    const where = { surface: 'discord', place: 'chan', user: 'u1' };
    await live.ask('netflix', where);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await live.ask('who gave it?', where)).toMatchObject({ reason: 'which-talk' });
    await live.close();
  });
});

/**
 * Two "processes" (each its own shared state and LiveBot, as serve() builds them) on one Redis:
 * a follow-up answered by the other one reads the same last answer.
 */
describe.skipIf(!REDIS_SERVER)('conversations in Redis (REDIS_URL)', () => {
  const processes = replicasOnRedis();

  const replica = async () => (await processes.start()).live;

  it('answers a follow-up on another replica, for the same user and place only', async () => {
    const [a, b] = [await replica(), await replica()];
    const user = `u-${Math.random()}`;
    const where = { surface: 'slack', place: 'C9', user };
    const list = await a.ask('netflix', where);
    expect(list.kind).toBe('talks');
    const who = await b.ask('who gave it?', where);
    expect(who).toMatchObject({ kind: 'talk', focus: 'speakers', followUp: { position: 1 } });
    expect(who.kind === 'talk' && who.talk.title).toBe('Container mgmt at Netflix');
    const other = await b.ask('who gave it?', { ...where, user: `${user}-2` });
    expect(other).toMatchObject({ kind: 'none', reason: 'which-talk' });
  });

  it('still answers when Redis is down, as if there were no earlier answer elsewhere', async () => {
    const [a, b] = [await replica(), await replica()];
    const where = { surface: 'discord', place: 'D1', user: `u-${Math.random()}` };
    await processes.redis().stop();
    try {
      expect((await a.ask('netflix', where)).kind).toBe('talks');
      // Another process has no earlier answer: today's "which talk?".
      expect(await b.ask('who gave it?', where)).toMatchObject({ reason: 'which-talk' });
      // The process that answered remembers it by itself.
      expect(await a.ask('who gave it?', where)).toMatchObject({ kind: 'talk' });
    } finally {
      await processes.redis().restart();
    }
  });
});
