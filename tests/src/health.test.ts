import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer } from '../../src/health.ts';
import { LiveBot } from '../../src/live-bot.ts';
import { Metrics } from '../../src/metrics.ts';
import type { Surface } from '../../src/surface.ts';
import { CONTENT_DIR, shippedBot } from '../helpers.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
});

async function serveHealth(surfaces: Surface[]) {
  const metrics = new Metrics();
  const live = new LiveBot(await shippedBot(), {
    contentDir: CONTENT_DIR,
    logger: pino({ level: 'silent' }),
    metrics,
  });
  server = await startHealthServer(0, '127.0.0.1', { live, surfaces, metrics });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { live, base };
}

const surface = (name: string, connected: boolean): Surface => ({
  name,
  start: async () => {},
  stop: async () => {},
  connected: () => connected,
});

describe('GET /healthz', () => {
  it('is 200 when the index is loaded and every surface is connected', async () => {
    const { base } = await serveHealth([surface('slack', true), surface('discord', true)]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      index: { talks: 10, events: 1 },
      surfaces: { slack: 'connected', discord: 'connected' },
    });
  });

  it('is 503 and says which surface is down', async () => {
    const { base } = await serveHealth([surface('slack', true), surface('discord', false)]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      surfaces: { discord: 'disconnected' },
    });
  });
});

describe('GET /metrics', () => {
  it('counts questions by surface and kind in Prometheus format', async () => {
    const { base, live } = await serveHealth([]);
    await live.ask('netflix', { surface: 'slack' });
    await live.ask('kubernetes', { surface: 'slack' });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('qcon_questions_total{surface="slack",kind="talks"} 1');
    expect(text).toContain('qcon_questions_no_hit_total{surface="slack"} 1');
    expect(text).toMatch(/qcon_answer_seconds_bucket\{le="0\.1",surface="slack"\} 2/);
    expect(text).toContain('qcon_talks 10');
  });

  it('answers anything else with 404', async () => {
    const { base } = await serveHealth([]);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
