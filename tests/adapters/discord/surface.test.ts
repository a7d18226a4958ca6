import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import {
  BOT_USER,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  HUMAN,
  messagePayload,
  OTHER_BOT,
} from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { type memoryLog, replyTo, startSurface, TOKEN } from './harness.ts';

/** The real discord.js client of the project against the fake Discord: messages. */
let bot: Bot;
let fake: FakeDiscord;
let surface: Surface;
let log: ReturnType<typeof memoryLog>;

beforeAll(async () => {
  bot = await shippedBot();
  fake = await FakeDiscord.start({ token: TOKEN, heartbeatInterval: 500 });
  ({ surface, log } = await startSurface(fake, bot));
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

function mention(content: string, options: Parameters<typeof messagePayload>[1] = {}) {
  const message = messagePayload(content, { mentions: [BOT_USER], ...options });
  fake.dispatch('MESSAGE_CREATE', message);
  return message;
}

describe('Discord surface: gateway and messages', () => {
  it('connects with JSON v10, the three intents and no MessageContent, and heartbeats are acknowledged', async () => {
    const identify = await fake.waitForOp(2);
    const intents = identify.d.intents as number;
    expect(intents).toBe(1 | 512 | 4096); // Guilds, GuildMessages, DirectMessages
    expect(intents & 32768).toBe(0); // MessageContent is privileged and not needed
    expect(Object.fromEntries(fake.connections[0] ?? [])).toEqual({ v: '10', encoding: 'json' });
    // A heartbeat left unacknowledged makes discord.js drop the connection at the next beat:
    // a second beat on the first connection shows the acks arrived.
    await fake.waitForOp(1, 2);
    expect(fake.connections).toHaveLength(1);
    expect(log.lines.some((l) => l.msg === 'discord: connected')).toBe(true);
  });

  it('replies to a mention with one embed per talk, pinging nobody', async () => {
    const message = mention(`<@${BOT_USER.id}> microservices`);
    const reply = await fake.waitForRequest(replyTo(message.id));
    expect(reply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(reply.body.content).toContain('4 talks');
    expect(reply.body.embeds.map((e: { title: string }) => e.title)).toContain(
      '3. Lessons learned on Ubers journey into microservices',
    );
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('understands the nickname mention <@!id> too', async () => {
    const message = mention(`<@!${BOT_USER.id}>   topics`);
    const reply = await fake.waitForRequest(replyTo(message.id));
    expect(reply.body.embeds[0].title).toBe('Topics');
  });

  it('answers a DM as is, without a mention', async () => {
    const message = messagePayload('talk uber', { dm: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const reply = await fake.waitForRequest(replyTo(message.id));
    expect(reply.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(reply.body.embeds[0].description).toContain('Emily Reinhold');
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  it('ignores @everyone, role mentions, unaddressed messages, other bots and itself', async () => {
    const ignored = [
      messagePayload('@everyone microservices', { mentionEveryone: true }),
      messagePayload('<@&1700000000000000007> microservices', { mentionRoles: true }),
      messagePayload('microservices'),
      messagePayload(`<@${BOT_USER.id}> microservices`, {
        author: OTHER_BOT,
        mentions: [BOT_USER],
      }),
      messagePayload(`<@${BOT_USER.id}> microservices`, { author: BOT_USER, mentions: [BOT_USER] }),
    ];
    for (const message of ignored) fake.dispatch('MESSAGE_CREATE', message);
    // Events are handled in order and sends to a channel go out in order: once the reply to a
    // later message has arrived, a reply to an earlier one would have arrived before it.
    const last = mention(`<@${BOT_USER.id}> help`);
    await fake.waitForRequest(replyTo(last.id));
    const answered = fake.requests.map((r) => r.body?.message_reference?.message_id);
    for (const message of ignored) expect(answered).not.toContain(message.id);
  });

  it('answers the issue’s bad inputs without being rejected or pinging anyone', async () => {
    for (const text of [
      '',
      'x'.repeat(10_000),
      '🚀\u200b\u202e<!channel> @everyone',
      'uber\u0000',
    ]) {
      const message = mention(`<@${BOT_USER.id}> ${text}`.slice(0, 4000));
      const reply = await fake.waitForRequest(replyTo(message.id));
      expect(reply.body.content.length).toBeLessThanOrEqual(2000);
      expect(reply.body.allowed_mentions.parse).toEqual([]);
    }
  });

  it('logs a failed send and keeps answering', async () => {
    fake.failNext((r) => r.path === `/channels/${CHANNEL_ID}/messages`, 403, {
      code: 50013,
      message: 'Missing Permissions',
    });
    const refused = mention(`<@${BOT_USER.id}> uber`);
    await log.waitFor((l) => l.what === 'reply' && l.level === 50);
    const next = mention(`<@${BOT_USER.id}> uber`, { author: HUMAN });
    const reply = await fake.waitForRequest(replyTo(next.id));
    expect(reply.body.embeds.length).toBeGreaterThan(0);
    expect(refused.id).not.toBe(next.id);
  });
});
