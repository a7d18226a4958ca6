import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { BOT_USER, messagePayload } from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { replyTo, startSurface, TOKEN } from './harness.ts';

/** Gateway connections drop; the bot must come back on its own and answer the next mention. */
let bot: Bot;
let fake: FakeDiscord | undefined;
let surface: Surface | undefined;

beforeAll(async () => {
  bot = await shippedBot();
});

afterEach(async () => {
  await surface?.stop();
  await fake?.close();
});

async function answersAfterDrop(acceptResume: boolean) {
  fake = await FakeDiscord.start({ token: TOKEN, acceptResume });
  ({ surface } = await startSurface(fake, bot));
  fake.dropConnection();
  return fake;
}

async function mentionAnswered(fake: FakeDiscord) {
  const message = messagePayload(`<@${BOT_USER.id}> uber`, { mentions: [BOT_USER] });
  fake.dispatch('MESSAGE_CREATE', message);
  const reply = await fake.waitForRequest(replyTo(message.id));
  expect(reply.body.embeds.length).toBeGreaterThan(0);
}

describe('Discord surface: gateway disconnects', () => {
  it('resumes the session after the socket drops and answers the next mention', async () => {
    const fake = await answersAfterDrop(true);
    const resume = await fake.waitForOp(6);
    expect(resume.d.token).toBe(TOKEN);
    expect(resume.d.seq).toBeGreaterThanOrEqual(2); // READY and GUILD_CREATE were seen
    // The fake answers a Resume with RESUMED at once, so what it dispatches next reaches the new socket.
    await mentionAnswered(fake);
  });

  it('identifies anew when Discord refuses to resume, and answers the next mention', async () => {
    const fake = await answersAfterDrop(false);
    await fake.waitForOp(6);
    await fake.waitForOp(2, 2); // a second Identify after Invalid Session, answered with READY
    await mentionAnswered(fake);
  });
});
