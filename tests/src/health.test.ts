import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer } from '../../src/health.ts';
import { LiveBot } from '../../src/live-bot.ts';
import { Metrics } from '../../src/metrics.ts';
import type { Surface, SurfaceHealth } from '../../src/surface.ts';
import { CONTENT_DIR, shippedBot } from '../helpers.ts';

const servers: Server[] = [];
let server: Server | undefined;
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function serveHealth(
  surfaces: Surface[],
  more: { shared?: { store: 'memory' | 'redis'; problem(): string | undefined } } = {},
) {
  const metrics = new Metrics();
  const live = new LiveBot(await shippedBot(), {
    contentDir: CONTENT_DIR,
    logger: pino({ level: 'silent' }),
    metrics,
  });
  server = await startHealthServer(0, '127.0.0.1', {
    live,
    surfaces,
    metrics,
    reconnectGraceMs: 3000,
    ...more,
  });
  servers.push(server);
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
      surfaces: { discord: 'closed' },
    });
  });

  const reporting = (name: string, health: SurfaceHealth): Surface => ({
    name,
    start: async () => {},
    stop: async () => {},
    health: () => health,
  });

  it('stays 200 while a surface reconnects briefly, and is 503 once it reconnects too long', async () => {
    const slack: SurfaceHealth = { state: 'reconnecting' };
    const { base } = await serveHealth([
      reporting('slack', slack),
      reporting('discord', { state: 'connected' }),
    ]);
    // Reconnecting from now on (a busy machine may take a while to start the server).
    slack.since = performance.now();
    const brief = await fetch(`${base}/healthz`);
    expect(brief.status).toBe(200);
    expect(await brief.json()).toMatchObject({ status: 'ok', surfaces: { slack: 'reconnecting' } });
    const { base: later } = await serveHealth([
      reporting('slack', {
        state: 'reconnecting',
        since: performance.now() - 10_000,
        reason: 'socket dropped',
      }),
    ]);
    const long = await fetch(`${later}/healthz`);
    expect(long.status).toBe(503);
    expect(await long.json()).toMatchObject({
      status: 'unavailable',
      reasons: [expect.stringMatching(/^slack: socket dropped for \d+ s$/)],
    });
  });

  it('is 503 at once when a platform closed the connection for good, saying why', async () => {
    const { base } = await serveHealth([
      reporting('discord', {
        state: 'closed',
        reason: 'gateway closed: disallowed intents (4014)',
      }),
    ]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      reasons: ['discord: gateway closed: disallowed intents (4014)'],
    });
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'qcon_surface_up{surface="discord"} 0',
    );
  });

  it('is 200 "degraded" with the reason while the shared store fails: the bot still answers', async () => {
    let problem: string | undefined = 'redis unreachable (cache:6379): connect ECONNREFUSED';
    const { base } = await serveHealth([surface('slack', true)], {
      shared: { store: 'redis', problem: () => problem },
    });
    const degraded = await fetch(`${base}/healthz`);
    expect(degraded.status).toBe(200);
    expect(await degraded.json()).toMatchObject({
      status: 'degraded',
      reasons: ['redis unreachable (cache:6379): connect ECONNREFUSED'],
      shared: { store: 'redis', state: 'degraded' },
    });
    problem = undefined;
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({
      status: 'ok',
      shared: { store: 'redis', state: 'ok' },
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
