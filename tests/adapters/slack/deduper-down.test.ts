import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import type { Deduper } from '../../../src/dedupe.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { eventCallback, mention, slashCommand } from '../../fakes/slack/payloads.ts';
import {
  capturedLogger,
  countingBot,
  FORM,
  form,
  postSigned,
  startSurface,
  visibleText,
} from './harness.ts';

/**
 * The shared store behind retry de-duplication (Redis) out of reach: a claim that never answers
 * or fails. The bot keeps answering (fails open) and says so in the log.
 */
let fake: FakeSlack;
let surface: SlackSurface;
let mode: 'hang' | 'fail' = 'hang';
const log = capturedLogger();
const unreachable: Deduper = {
  claim: () =>
    mode === 'hang' ? new Promise(() => {}) : Promise.reject(new Error('ECONNREFUSED')),
};

beforeAll(async () => {
  fake = await FakeSlack.start();
  surface = await startSurface(fake, 'http', (await countingBot()).asker, log.logger, undefined, {
    deduper: unreachable,
  });
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

describe('Slack with its de-duplication store out of reach', () => {
  for (const broken of ['hang', 'fail'] as const) {
    it(`answers /qcon and a mention when every claim ${broken === 'hang' ? 'hangs' : 'fails'}`, async () => {
      mode = broken;
      const started = performance.now();
      const response = await postSigned(
        surface.port,
        form(slashCommand(fake, 'zipkin', `d-${broken}`)),
        FORM,
      );
      expect(response.status).toBe(200);
      expect(visibleText(await response.json())).toContain('Think before you tool');
      expect(performance.now() - started).toBeLessThan(2000);
      const ts = broken === 'hang' ? '1700000990.000001' : '1700000990.000002';
      const event = eventCallback(mention('<@UQCONBOT> netflix', ts), `down-${broken}`);
      expect(
        (await postSigned(surface.port, JSON.stringify(event), 'application/json')).status,
      ).toBe(200);
      const reply = await fake.waitFor(() => fake.calls.find((c) => c.args.thread_ts === ts));
      expect(visibleText(reply.args)).toContain('Container mgmt at Netflix');
      // Said in the log, once a minute at most however many claims fail.
      await log.waitFor((l) => /retry de-duplication (did not answer in time|failed)/.test(l.msg));
      expect(log.lines.filter((l) => l.includes('retry de-duplication')).length).toBe(1);
    });
  }
});
