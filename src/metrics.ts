import {
  AggregatorRegistry,
  Counter,
  collectDefaultMetrics,
  Gauge,
  Histogram,
  Registry,
} from 'prom-client';

/** A registry's metrics as data: what a shard process sends its parent. */
export type MetricsJson = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

/**
 * What an operator watches, in Prometheus format on GET /metrics. One registry per process
 * (not prom-client's global one), so tests can build as many as they like.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly questions = new Counter({
    name: 'qcon_questions_total',
    help: 'Questions answered, by surface and answer kind',
    labelNames: ['surface', 'kind'] as const,
    registers: [this.registry],
  });
  readonly noHit = new Counter({
    name: 'qcon_questions_no_hit_total',
    help: 'Questions no talk matched: what people look for and do not find',
    labelNames: ['surface'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'qcon_answer_seconds',
    help: 'Time to answer a question in the core',
    labelNames: ['surface'] as const,
    buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'qcon_rate_limited_total',
    help: 'Questions refused because the asker was over the rate limit',
    labelNames: ['surface'] as const,
    registers: [this.registry],
  });
  readonly reloads = new Counter({
    name: 'qcon_content_reloads_total',
    help: 'Content reloads, by result (ok, failed)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly platformErrors = new Counter({
    name: 'qcon_platform_api_errors_total',
    help: 'Failed calls to a chat platform API',
    labelNames: ['surface'] as const,
    registers: [this.registry],
  });
  readonly redisDegraded = new Gauge({
    name: 'qcon_redis_degraded',
    help: '1 while REDIS_URL is set and Redis fails: limits and de-duplication fall back to this process',
    registers: [this.registry],
  });
  readonly surfaceUp = new Gauge({
    name: 'qcon_surface_up',
    help: '1 while a chat surface is connected (or reconnecting within the grace period), else 0',
    labelNames: ['surface'] as const,
    registers: [this.registry],
  });
  readonly talks = new Gauge({
    name: 'qcon_talks',
    help: 'Talks in the index being served',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

/**
 * This process's metrics with those of its child processes (Discord shards) summed in, the way
 * prom-client aggregates a cluster's workers.
 */
export async function aggregatedMetrics(
  metrics: Metrics,
  children: MetricsJson[],
): Promise<string> {
  if (children.length === 0) return metrics.registry.metrics();
  const own = await metrics.registry.getMetricsAsJSON();
  return AggregatorRegistry.aggregate([own, ...children]).metrics();
}
