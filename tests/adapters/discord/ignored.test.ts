import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { BOT_USER, messagePayload, OTHER_BOT } from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { replyTo, startSurface, TOKEN } from './harness.ts';

/**
 * Only people ask questions: messages from bots, from webhooks (integrations, relays — which may
 * echo the bot's own answers) and Discord's system messages are never answered, even when they
 * mention the bot, so nothing can make two bots talk in circles.
 */
let fake: FakeDiscord;
let surface: Surface;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  ({ surface } = await startSurface(fake, await shippedBot()));
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

describe('Discord messages that are not questions', () => {
  it('ignores bots, webhooks and system messages that mention the bot, and answers a person', async () => {
    const text = `<@${BOT_USER.id}> netflix`;
    const ignored = [
      messagePayload(text, { mentions: [BOT_USER], author: OTHER_BOT }),
      messagePayload(text, { mentions: [BOT_USER], webhookId: '1700000000000000007' }),
      messagePayload(text, { mentions: [BOT_USER], type: 7 }), // "joined the server"
      messagePayload(text, { mentions: [BOT_USER], type: 6 }), // "pinned a message"
    ];
    for (const message of ignored) fake.dispatch('MESSAGE_CREATE', message);
    // A person's question after them: once it is answered, the others were seen and skipped.
    const person = messagePayload(text, { mentions: [BOT_USER] });
    fake.dispatch('MESSAGE_CREATE', person);
    await fake.waitForRequest(replyTo(person.id));
    for (const message of ignored) expect(fake.requests.filter(replyTo(message.id))).toEqual([]);
  });

  it('answers a message delivered twice (a replayed event) once', async () => {
    const message = messagePayload(`<@${BOT_USER.id}> uber`, { mentions: [BOT_USER] });
    fake.dispatch('MESSAGE_CREATE', message);
    fake.dispatch('MESSAGE_CREATE', message);
    await fake.waitForRequest(replyTo(message.id));
    const next = messagePayload(`<@${BOT_USER.id}> kubernetes`, { mentions: [BOT_USER] });
    fake.dispatch('MESSAGE_CREATE', next);
    await fake.waitForRequest(replyTo(next.id));
    expect(fake.requests.filter(replyTo(message.id))).toHaveLength(1);
  });
});
