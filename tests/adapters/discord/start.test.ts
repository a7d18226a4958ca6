import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import {
  APPLICATION_ID,
  BOT_USER,
  GUILD_ID,
  messagePayload,
} from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { replyTo, startSurface, TOKEN } from './harness.ts';
import { run } from './run.ts';

/** `npm start` (`node adapters/qcon.js start`) with the Discord variables, as a user runs it. */
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});

afterAll(async () => {
  await fake?.close();
});

describe('qcon start with DISCORD_TOKEN', () => {
  it('connects, registers the guild commands, answers a mention, and stops on SIGTERM', async () => {
    const bot = run(['adapters/qcon.js', 'start'], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: GUILD_ID,
    });
    await fake.waitForRequest(
      (r) =>
        r.method === 'PUT' &&
        r.path === `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
    );
    const message = messagePayload(`<@${BOT_USER.id}> microservices`, { mentions: [BOT_USER] });
    fake.dispatch('MESSAGE_CREATE', message);
    const reply = await fake.waitForRequest(replyTo(message.id));
    expect(reply.body.embeds.length).toBe(4);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const { stderr } = bot.output();
    expect(stderr).toContain('running: discord');
    expect(stderr).toContain('stopped');
    expect(stderr).not.toContain(TOKEN);
  });

  it('exits with code 2 naming DISCORD_TOKEN when the token is malformed, without a stack trace', async () => {
    const bot = run(['adapters/qcon.js', 'start'], { DISCORD_TOKEN: 'not-a-bot-token' });
    expect(await bot.exited).toBe(2);
    const { stderr } = bot.output();
    expect(stderr).toContain('DISCORD_TOKEN');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('not-a-bot-token');
  });

  it('fails to start with a message naming DISCORD_TOKEN when Discord refuses the token', async () => {
    const strict = await FakeDiscord.start({ token: `${TOKEN}-another` });
    try {
      await expect(startSurface(strict, await shippedBot())).rejects.toThrow(
        /^DISCORD_TOKEN was refused by Discord/,
      );
    } finally {
      await strict.close();
    }
  });
});
