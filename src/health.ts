import { createServer, type Server } from 'node:http';
import type { LiveBot } from './live-bot.ts';
import { aggregatedMetrics, type Metrics } from './metrics.ts';
import type { Surface } from './surface.ts';

/**
 * GET /healthz — 200 when the index is loaded and every surface is connected, 503 otherwise,
 * with a JSON body saying which; GET /metrics — Prometheus text. For load balancers and
 * orchestrators; nothing here answers questions.
 */
export function startHealthServer(
  port: number,
  host: string,
  deps: { live: LiveBot; surfaces: Surface[]; metrics: Metrics },
): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      const surfaces = Object.fromEntries(
        deps.surfaces.map((s) => [
          s.name,
          s.connected?.() === false ? 'disconnected' : 'connected',
        ]),
      );
      const index = deps.live.status;
      const healthy =
        index.talks > 0 && Object.values(surfaces).every((state) => state === 'connected');
      response
        .writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', index, surfaces }));
    } else if (path === '/metrics') {
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
