import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import {
  BOT_USER,
  commandPayload,
  type FakeUser,
  member,
  messagePayload,
} from '../../fakes/discord/payloads.ts';
import { CONTENT_DIR, shippedBot } from '../../helpers.ts';
import { callbackOf, replyTo, startSurface, TOKEN } from './harness.ts';

/**
 * Follow-ups on Discord, end to end: a user asks with /qcon, then follows up ("who gave it?",
 * by command or by mention in the same channel) and the bot answers about the talk it listed;
 * another user's "who gave it?" there has no earlier answer to go on.
 */
let fake: FakeDiscord;
let surface: Surface;
let live: LiveBot;
const BEA: FakeUser = { id: '1200000000000000099', username: 'bea' };

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  live = new LiveBot(await shippedBot(), {
    contentDir: CONTENT_DIR,
    logger: createLogger('silent'),
    metrics: new Metrics(),
  });
  ({ surface } = await startSurface(fake, live));
});

afterAll(async () => {
  await surface?.stop();
  await live?.close();
  await fake?.close();
});

/** What a person reads of a /qcon answer: its text and embeds. */
async function command(query: string, as?: FakeUser): Promise<string> {
  const interaction = {
    ...commandPayload(query),
    ...(as ? { member: { ...member(as), permissions: '68608' } } : {}),
  };
  fake.dispatch('INTERACTION_CREATE', interaction);
  const { body } = await fake.waitForRequest(callbackOf(interaction.id));
  return JSON.stringify(body.data);
}

async function mention(text: string): Promise<string> {
  const message = messagePayload(`<@${BOT_USER.id}> ${text}`, { mentions: [BOT_USER] });
  fake.dispatch('MESSAGE_CREATE', message);
  const { body } = await fake.waitForRequest(replyTo(message.id));
  return JSON.stringify(body);
}

const NETFLIX = 'Container mgmt at Netflix';

describe('Discord: follow-ups', () => {
  it('answers a follow-up about the talk just listed, in the same channel, for that user only', async () => {
    expect(await command('netflix')).toContain(NETFLIX);
    const who = await command('who gave it?');
    expect(who).toContain(`About “${NETFLIX}”, number 1 of your last list`);
    expect(who).toContain('Andrew Spyker');
    // A mention in the same channel follows the same conversation.
    const recorded = await mention('was it recorded?');
    expect(recorded).toContain(`About “${NETFLIX}”, the talk you opened`);
    // Bea, in the same channel, asked nothing before.
    const bea = await command('who gave it?', BEA);
    expect(bea).toMatch(/Which talk\?/);
    expect(bea).not.toContain('Andrew Spyker');
  });
});
