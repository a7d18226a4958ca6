import type { Answer } from './answer.ts';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';
import type { Metrics, MetricsJson } from './metrics.ts';
import type { Completion } from './search/completions.ts';

/** Who asks, from where: for per-user rate limits, logs (user hashed) and metrics. */
export interface AskOptions {
  page?: number;
  /** `slack`, `discord`, `console`… */
  surface?: string;
  /** The platform's user id; never logged as is. */
  user?: string;
  /**
   * Turns the platform's raw text into the question (Slack's `<@U1>` and `&lt;`, say). The Asker
   * runs it only once the rate limit has let the user through, so a refused flood costs no text
   * work; an Asker without a limit runs it first thing.
   */
  prepare?: (raw: string) => string;
}

/** What a surface may ask of the core: text in, Answer out. Adapters see nothing else. */
export interface Asker {
  ask(text: string, options?: AskOptions): Answer | Promise<Answer>;
  complete(typed: string, limit?: number): Completion[];
}

export interface SurfaceContext {
  asker: Asker;
  config: Config;
  logger: Logger;
  /** Count failed platform API calls in `metrics.platformErrors`. */
  metrics: Metrics;
}

/** A chat platform connection (Slack, Discord): started once, stopped on shutdown. */
export interface Surface {
  readonly name: string;
  start(): Promise<void>;
  /** Stop taking new events, let answers in flight finish, disconnect. */
  stop(): Promise<void>;
  /** Connected to the platform right now (for GET /healthz); assumed true when absent. */
  connected?(): boolean;
  /** Metrics of processes the surface runs (Discord shards), merged into GET /metrics. */
  metrics?(): Promise<MetricsJson[]>;
}

/** Builds a surface when its credentials are configured, or returns undefined. */
export type SurfaceFactory = (context: SurfaceContext) => Surface | undefined;
