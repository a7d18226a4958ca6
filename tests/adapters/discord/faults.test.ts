import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metrics } from '../../../src/metrics.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord, type RecordedRequest } from '../../fakes/discord/fake-discord.ts';
import { BOT_USER, CHANNEL_ID, messagePayload } from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { type memoryLog, replyTo, startSurface, TOKEN } from './harness.ts';

/**
 * Discord's REST API failing under the real client: 5xx answers and rate limits. In each case the
 * bot survives, the log says what happened, and the next question is answered.
 */
let fake: FakeDiscord;
let surface: Surface;
let log: ReturnType<typeof memoryLog>;
let metrics: Metrics;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  ({ surface, log, metrics } = await startSurface(fake, await shippedBot()));
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

const send = (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`;

function mention(text: string) {
  const message = messagePayload(`<@${BOT_USER.id}> ${text}`, { mentions: [BOT_USER] });
  fake.dispatch('MESSAGE_CREATE', message);
  return message;
}

async function platformErrors(): Promise<number> {
  const metric = await metrics.platformErrors.get();
  return metric.values.find((v) => v.labels.surface === 'discord')?.value ?? 0;
}

/** Waits for the `attempts`-th send of the reply (a retried one: 2) and returns them all. */
async function answered(text: string, attempts = 1) {
  const message = mention(text);
  const sends = await fake.waitForRequests(replyTo(message.id), attempts);
  for (const send of sends) expect(send.body.embeds.length).toBeGreaterThan(0);
  return sends;
}

const SERVER_ERROR = { code: 0, message: '500: Internal Server Error' };

describe('Discord REST faults', () => {
  it('retries a send answered with one 500, so the user still gets the answer', async () => {
    fake.failNext(send, 500, SERVER_ERROR);
    // The failed attempt and the retry both carry the reply; nothing is counted as an error.
    const [failed, retried] = await answered('uber', 2);
    expect(retried?.body).toEqual(failed?.body);
    expect(await platformErrors()).toBe(0);
  });

  it('logs and counts a send that keeps failing with 500, and answers the next mention', async () => {
    // discord.js tries a request 1 + 3 times on a 5xx before it gives up.
    for (let i = 0; i < 4; i++) fake.failNext(send, 500, SERVER_ERROR);
    const lost = mention('microservices');
    const line = await log.waitFor((l) => l.what === 'reply' && l.level === 50);
    expect(line.msg).toBe('discord: reply failed');
    expect(fake.requests.filter(replyTo(lost.id))).toHaveLength(4);
    expect(await platformErrors()).toBe(1);
    await answered('uber');
  });

  it('waits out a 429 with Retry-After and X-RateLimit headers, then sends, and keeps answering', async () => {
    fake.failNext(
      send,
      429,
      { message: 'You are being rate limited.', retry_after: 0.2, global: false, code: 0 },
      {
        'retry-after': '0.2',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': '0.2',
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': 'user',
      },
    );
    const before = await platformErrors();
    await answered('uber', 2);
    await log.waitFor((l) => l.msg === 'discord: rate limited (429); discord.js waits and retries');
    expect(await platformErrors()).toBe(before);
    await answered('microservices');
  });
});
