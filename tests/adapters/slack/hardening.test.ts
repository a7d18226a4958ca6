import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { eventCallback, mention, slashCommand } from '../../fakes/slack/payloads.ts';
import {
  countingBot,
  FORM,
  form,
  postSigned,
  signedHeaders,
  startSurface,
  visibleText,
} from './harness.ts';

/**
 * HTTP mode against what Slack does on a bad day (retries) and what an attacker does (replays,
 * future dates, oversized or malformed bodies), through the real Bolt app on 127.0.0.1.
 */
let fake: FakeSlack;
let surface: SlackSurface;
let asked: string[];
let delay: { ms: number };

beforeAll(async () => {
  fake = await FakeSlack.start();
  const counting = await countingBot();
  asked = counting.asked;
  delay = counting.delay;
  surface = await startSurface(fake, 'http', counting.asker);
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const JSON_TYPE = 'application/json';

/** POSTs raw bytes with the given headers and resolves with the status and the time it took. */
function rawPost(headers: Record<string, string>, body: Buffer | string) {
  const started = performance.now();
  return new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: surface.port, path: '/slack/events', method: 'POST', headers },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started });
      },
    );
    // The server may close the connection while the rest of a refused body is still being sent.
    req.on('error', (error) => (req.writableFinished ? undefined : reject(error)));
    req.end(body);
  });
}

describe('Slack over HTTP: retries and replays are answered once', () => {
  it('answers an app_mention delivered three times, slowly acknowledged, exactly once', async () => {
    const ts = '1700000900.000001';
    const body = JSON.stringify(eventCallback(mention('<@UQCONBOT> netflix', ts), 'retried'));
    delay.ms = 300;
    try {
      // Slack's first delivery, then its retries (re-signed, numbered) while the first is slow.
      const statuses = await Promise.all(
        [0, 1, 2].map(async (retry) => {
          await sleep(retry * 20);
          const headers: Record<string, string> =
            retry > 0
              ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' }
              : {};
          // Dated apart, as retries are, so each carries another signature.
          const timestamp = now() - 10 + retry;
          return (await postSigned(surface.port, body, JSON_TYPE, { headers, timestamp })).status;
        }),
      );
      expect(statuses).toEqual([200, 200, 200]);
      await fake.waitFor(() => fake.calls.find((c) => c.args.thread_ts === ts));
      await sleep(500);
    } finally {
      delay.ms = 0;
    }
    const replies = fake.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts,
    );
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0]?.args)).toContain('Container mgmt at Netflix');
  });

  it('answers the same signed /qcon replayed within five minutes once', async () => {
    const body = form(slashCommand(fake, 'zipkin', 'replay'));
    const headers = signedHeaders(body, FORM);
    const before = asked.length;
    const first = await fetch(`http://127.0.0.1:${surface.port}/slack/events`, {
      method: 'POST',
      headers,
      body,
    });
    expect(first.status).toBe(200);
    expect(visibleText(await first.json())).toContain('Think before you tool');
    const again = await fetch(`http://127.0.0.1:${surface.port}/slack/events`, {
      method: 'POST',
      headers,
      body,
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('');
    expect(asked.length - before).toBe(1);
    expect(fake.responses.map((r) => r.id)).not.toContain('replay');
  });
});

describe('Slack over HTTP: no open doors', () => {
  it('rejects a request dated beyond the clock skew in the future like a stale one, and takes a small skew', async () => {
    const before = asked.length;
    const future = await postSigned(surface.port, form(slashCommand(fake, 'uber', 'f1')), FORM, {
      timestamp: now() + 10 * 60,
    });
    expect(future.status).toBe(401);
    expect(asked.length).toBe(before);
    const skewed = await postSigned(surface.port, form(slashCommand(fake, 'uber', 'f2')), FORM, {
      timestamp: now() + 20,
    });
    expect(skewed.status).toBe(200);
    expect(asked.length).toBe(before + 1);
  });

  it('refuses an oversized body with 413 at once, declared or not, before the core sees it', async () => {
    const before = asked.length;
    const big = Buffer.alloc(1024 * 1024, 'a');
    const declared = await rawPost(
      { ...signedHeaders(big.toString(), FORM), 'content-length': String(big.length) },
      big,
    );
    expect(declared.status).toBe(413);
    // Without Content-Length (chunked): refused once the bytes pass the limit.
    const chunked = await rawPost(
      { ...signedHeaders(big.toString(), FORM), 'transfer-encoding': 'chunked' },
      big,
    );
    expect(chunked.status).toBe(413);
    expect(Math.max(declared.ms, chunked.ms)).toBeLessThan(2000);
    expect(asked.length).toBe(before);
  });

  it('answers a signed payload=null (or any body that is not an object) with 400 at once', async () => {
    for (const [body, type] of [
      ['payload=null', FORM],
      ['payload=%5B1%2C2%5D', FORM],
      ['null', JSON_TYPE],
      ['"text"', JSON_TYPE],
      ['{not json', JSON_TYPE],
    ] as const) {
      const result = await rawPost(signedHeaders(body, type), body);
      expect({ body, status: result.status }).toEqual({ body, status: 400 });
      expect(result.ms).toBeLessThan(1000);
    }
    // And the bot keeps answering.
    const next = await postSigned(surface.port, form(slashCommand(fake, 'uber', 'n1')), FORM);
    expect(visibleText(await next.json())).toContain('Uber');
  });

  it('refuses an unsigned request with 401 without reading its body', async () => {
    const result = await rawPost(
      { 'content-type': JSON_TYPE },
      JSON.stringify({ type: 'event_callback' }),
    );
    expect(result.status).toBe(401);
    // Slack's ssl_check is the one unsigned request answered.
    const check = await rawPost({ 'content-type': FORM }, 'ssl_check=1&token=x');
    expect(check.status).toBe(200);
  });
});
