import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import {
  BOT_USER,
  commandPayload,
  componentPayload,
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
/** Words of the Netflix talk's notes (not of its card): shown only when the talk is open in full. */
const NETFLIX_NOTES = 'Image Layering';

type Row = { components: { custom_id?: string; url?: string; options?: { value: string }[] }[] };

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

  it('answers one fact about a talk already seen briefly, with a way to open it in full', async () => {
    const me: FakeUser = { id: '1200000000000000077', username: 'cy' };
    const asked = async (query: string) => {
      const interaction = {
        ...commandPayload(query),
        member: { ...member(me), permissions: '68608' },
      };
      fake.dispatch('INTERACTION_CREATE', interaction);
      return (await fake.waitForRequest(callbackOf(interaction.id))).body;
    };
    expect(JSON.stringify((await asked(`talk ${NETFLIX}`)).data)).toContain(NETFLIX_NOTES);
    const slides = await asked('and the slides?');
    const text = JSON.stringify(slides.data);
    expect(text).toContain(`About “${NETFLIX}”, the talk you opened`);
    expect(text).not.toContain(NETFLIX_NOTES);
    const parts = (slides.data.components as Row[]).flatMap((row) => row.components);
    expect(parts.some((p) => p.url?.includes('schedulingfullerhouse_nflx.pdf'))).toBe(true);
    const menu = parts.find((p) => p.options?.length === 1);
    const value = menu?.options?.[0]?.value as string;
    const click = componentPayload(slides.data, menu?.custom_id as string, [value]);
    fake.dispatch('INTERACTION_CREATE', {
      ...click,
      member: { ...member(me), permissions: '68608' },
    });
    const whole = await fake.waitForRequest(callbackOf(click.id));
    expect(JSON.stringify(whole.body.data)).toContain(NETFLIX_NOTES);
  });
});
