import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { BOT_USER, messagePayload } from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { type memoryLog, replyTo, startSurface, TOKEN } from './harness.ts';

/**
 * Gateway connections drop (1006: no close frame) or are closed by Discord (4000: unknown error,
 * reconnect); the bot must come back on its own, say so in the log, and answer the next mention.
 */
let bot: Bot;
let fake: FakeDiscord | undefined;
let surface: Surface | undefined;
let log: ReturnType<typeof memoryLog>;

beforeAll(async () => {
  bot = await shippedBot();
});

afterEach(async () => {
  await surface?.stop();
  await fake?.close();
});

async function answersAfterDrop(acceptResume: boolean, closeCode?: number) {
  fake = await FakeDiscord.start({ token: TOKEN, acceptResume });
  ({ surface, log } = await startSurface(fake, bot));
  if (closeCode) fake.closeConnection(closeCode, 'Unknown error');
  else fake.dropConnection();
  return fake;
}

async function mentionAnswered(fake: FakeDiscord) {
  const message = messagePayload(`<@${BOT_USER.id}> uber`, { mentions: [BOT_USER] });
  fake.dispatch('MESSAGE_CREATE', message);
  const reply = await fake.waitForRequest(replyTo(message.id));
  expect(reply.body.embeds.length).toBeGreaterThan(0);
}

describe('Discord surface: gateway disconnects', () => {
  it('resumes the session after the socket drops (1006) and answers the next mention', async () => {
    const fake = await answersAfterDrop(true);
    const resume = await fake.waitForOp(6);
    expect(resume.d.token).toBe(TOKEN);
    expect(resume.d.seq).toBeGreaterThanOrEqual(2); // READY and GUILD_CREATE were seen
    await log.waitFor((l) => l.msg === 'discord: gateway resumed');
    expect(await fake.waitForClosed(1)).toEqual([1006]);
    // The fake answers a Resume with RESUMED at once, so what it dispatches next reaches the new socket.
    await mentionAnswered(fake);
  });

  it('identifies anew when Discord refuses to resume, and answers the next mention', async () => {
    const fake = await answersAfterDrop(false);
    await fake.waitForOp(6);
    await fake.waitForOp(2, 2); // a second Identify after Invalid Session, answered with READY
    await mentionAnswered(fake);
  });

  it('reconnects and resumes when Discord closes with 4000 (unknown error), and answers the next mention', async () => {
    const fake = await answersAfterDrop(true, 4000);
    expect(await fake.waitForClosed(1)).toEqual([4000]);
    const resume = await fake.waitForOp(6);
    expect(resume.d.seq).toBeGreaterThanOrEqual(2);
    await log.waitFor((l) => l.msg === 'discord: gateway reconnecting');
    await log.waitFor((l) => l.msg === 'discord: gateway resumed');
    expect(fake.identifiedShards).toHaveLength(1); // resumed, not identified anew
    await mentionAnswered(fake);
  });
});
