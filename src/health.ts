import { createServer, type Server } from 'node:http';
import type { LiveBot } from './live-bot.ts';
import { aggregatedMetrics, type Metrics } from './metrics.ts';
import type { SharedState } from './shared-state.ts';
import type { Surface, SurfaceHealth } from './surface.ts';

/** A gateway or socket reconnecting for longer than this makes the process unhealthy. */
export const RECONNECT_GRACE_MS = 60_000;

export interface HealthDeps {
  live: Pick<LiveBot, 'status'>;
  surfaces: Surface[];
  metrics: Metrics;
  /** The shared store (Redis): failing makes the process `degraded`, still 200. */
  shared?: Pick<SharedState, 'store' | 'problem'>;
  reconnectGraceMs?: number;
}

/**
 * GET /healthz — 200 `ok` when the index is loaded and every surface is connected (or has been
 * reconnecting for less than the grace period); 200 `degraded` when Redis fails (the bot still
 * answers, from this process's memory); 503 `unavailable` when a surface was closed for good or
 * has been reconnecting too long, so a supervisor restarts the process. The JSON body says which
 * and why. GET /metrics — Prometheus text. Nothing here answers questions.
 */
export function startHealthServer(port: number, host: string, deps: HealthDeps): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      const report = healthReport(deps);
      response
        .writeHead(report.status === 'unavailable' ? 503 : 200, {
          'content-type': 'application/json',
        })
        .end(JSON.stringify(report));
    } else if (path === '/metrics') {
      healthReport(deps); // keeps qcon_surface_up current for scrapers that never ask /healthz
      const children = await Promise.all(deps.surfaces.map((s) => s.metrics?.() ?? []));
      const body = await aggregatedMetrics(deps.metrics, children.flat());
      response.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(body);
    } else {
      response
        .writeHead(404, { 'content-type': 'text/plain' })
        .end('not found: try /healthz or /metrics\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

export function healthReport(deps: HealthDeps) {
  const grace = deps.reconnectGraceMs ?? RECONNECT_GRACE_MS;
  const now = performance.now();
  let down = false;
  const surfaces: Record<string, string> = {};
  const reasons: string[] = [];
  for (const surface of deps.surfaces) {
    const health = surfaceHealth(surface);
    const tooLong = health.state === 'reconnecting' && now - (health.since ?? now) > grace;
    const failed = health.state === 'closed' || tooLong;
    surfaces[surface.name] = health.state === 'closed' ? 'closed' : health.state;
    deps.metrics.surfaceUp.set({ surface: surface.name }, failed ? 0 : 1);
    if (failed) {
      down = true;
      reasons.push(
        `${surface.name}: ${health.reason ?? health.state}${tooLong ? ` for ${Math.round((now - (health.since ?? now)) / 1000)} s` : ''}`,
      );
    }
  }
  const index = deps.live.status;
  if (index.talks === 0) {
    down = true;
    reasons.push('no talks loaded');
  }
  const problem = deps.shared?.problem();
  if (problem) reasons.push(problem);
  const shared = deps.shared
    ? { store: deps.shared.store, state: problem ? 'degraded' : 'ok' }
    : undefined;
  return {
    status: down ? 'unavailable' : problem ? 'degraded' : 'ok',
    ...(reasons.length > 0 ? { reasons } : {}),
    index,
    surfaces,
    ...(shared ? { shared } : {}),
  };
}

function surfaceHealth(surface: Surface): SurfaceHealth {
  if (surface.health) return surface.health();
  // Without details: down counts as closed, as before there was a grace period.
  return surface.connected?.() === false
    ? { state: 'closed', reason: 'disconnected' }
    : { state: 'connected' };
}
