import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { eventCallback, mention, slashCommand } from '../../fakes/slack/payloads.ts';
import { countingBot, startSurface, visibleText } from './harness.ts';

/** Socket Mode under Slack's retries and under a burst, through the real Bolt app. */
let fake: FakeSlack;
let surface: SlackSurface;
let delay: { ms: number };

beforeAll(async () => {
  fake = await FakeSlack.start();
  const counting = await countingBot();
  delay = counting.delay;
  surface = await startSurface(fake, 'socket', counting.asker);
  await fake.waitForConnections(1);
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

describe('Slack over Socket Mode: retries and bursts', () => {
  it('acknowledges every delivery of an app_mention retried twice while slow, and replies once', async () => {
    const ts = '1700000950.000001';
    const event = eventCallback(mention('<@UQCONBOT> cryptocurrency', ts), 'sock-retry');
    delay.ms = 300;
    try {
      const acks = await Promise.all(
        [0, 1, 2].map(async (attempt) => {
          await sleep(attempt * 20);
          return fake.send(
            'events_api',
            event,
            attempt > 0 ? { retry_attempt: attempt, retry_reason: 'timeout' } : undefined,
          );
        }),
      );
      expect(acks).toHaveLength(3);
      await fake.waitFor(() => fake.calls.find((c) => c.args.thread_ts === ts));
      await sleep(500);
    } finally {
      delay.ms = 0;
    }
    const replies = fake.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts,
    );
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0]?.args)).toContain('Cryptocurrency key storage');
  });

  it('acknowledges 200 slash commands sent at once, each within Slack’s 3 seconds and with its answer', async () => {
    const questions = ['microservices', 'netflix', 'talk uber', 'topics', 'zipkin'];
    const sent = performance.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const command = {
          ...slashCommand(fake, questions[i % 5] ?? '', `burst-${i}`),
          user_id: `UB${i}`,
        };
        const ack = (await fake.send('slash_commands', command)) as { blocks?: unknown[] };
        return { ms: performance.now() - sent, blocks: ack.blocks?.length ?? 0 };
      }),
    );
    const slowest = Math.max(...results.map((r) => r.ms));
    expect(slowest).toBeLessThan(3000);
    expect(results.filter((r) => r.blocks === 0)).toEqual([]);
    expect(fake.responses.filter((r) => r.id.startsWith('burst-'))).toEqual([]);
  });
});
