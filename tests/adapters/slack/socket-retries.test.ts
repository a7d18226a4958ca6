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

  it('acknowledges a burst of 2000 slash commands, 200 at once, each within Slack’s 3 seconds, and answers each once', async () => {
    const questions = ['microservices', 'netflix', 'talk uber', 'topics', 'zipkin', 'kubernets'];
    const COMMANDS = 2000;
    const latencies: number[] = [];
    // The commands whose ack came without the answer: on a machine too busy to answer within the
    // ack budget, the answer must then come once at the command's response_url.
    const late: string[] = [];
    let next = 0;
    // 200 senders, each sending its next command as soon as the last one is acknowledged.
    await Promise.all(
      Array.from({ length: 200 }, async () => {
        while (next < COMMANDS) {
          const i = next++;
          const command = {
            ...slashCommand(fake, questions[i % questions.length] ?? '', `burst-${i}`),
            user_id: `UB${i}`,
          };
          const sent = performance.now();
          const ack = (await fake.send('slash_commands', command)) as { blocks?: unknown[] };
          latencies.push(performance.now() - sent);
          if (!ack.blocks?.length) late.push(`burst-${i}`);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    const slowest = latencies.at(-1) ?? 0;
    process.stderr.write(
      `Socket Mode burst: ${latencies.length} acks, p99 ${Math.round(p99)} ms, slowest ${Math.round(slowest)} ms, ${late.length} answered after the ack\n`,
    );
    expect(latencies).toHaveLength(COMMANDS);
    expect(slowest).toBeLessThan(3000);
    for (const id of late) expect((await fake.response(id)).body).toHaveProperty('blocks');
    await sleep(200);
    const responded = fake.responses.filter((r) => r.id.startsWith('burst-')).map((r) => r.id);
    // Answered once: in the ack, or (only when the ack had none) once at the response_url.
    expect(responded.sort()).toEqual([...late].sort());
  }, 60_000);
});
