import { randomUUID } from 'node:crypto';
import type { Shard } from 'discord.js';
import type { MetricsJson } from '../../src/metrics.ts';

/** The IPC messages by which the parent collects each shard's metrics for its GET /metrics. */
export const METRICS_MESSAGE = 'qcon:metrics';
const ANSWER_WITHIN_MS = 1000;

interface MetricsRequest {
  kind: typeof METRICS_MESSAGE;
  id: string;
}

export interface MetricsReply extends MetricsRequest {
  metrics: MetricsJson;
}

export function isMetricsRequest(message: unknown): message is MetricsRequest {
  const m = message as Partial<MetricsRequest> | null;
  return m?.kind === METRICS_MESSAGE && typeof m.id === 'string' && !('metrics' in m);
}

/** One shard's metrics, or undefined when it does not answer in time (starting, or stuck). */
export function shardMetrics(shard: Shard): Promise<MetricsJson | undefined> {
  const id = randomUUID();
  return new Promise((resolve) => {
    const done = (metrics: MetricsJson | undefined) => {
      clearTimeout(timer);
      shard.off('message', listen);
      resolve(metrics);
    };
    const listen = (message: unknown) => {
      const reply = message as Partial<MetricsReply> | null;
      if (reply?.kind === METRICS_MESSAGE && reply.id === id && reply.metrics) done(reply.metrics);
    };
    const timer = setTimeout(() => done(undefined), ANSWER_WITHIN_MS);
    shard.on('message', listen);
    const request: MetricsRequest = { kind: METRICS_MESSAGE, id };
    shard.send(request).catch(() => done(undefined));
  });
}
