import type { Answer } from './answer.ts';
import type { Config, PlatformConfig } from './config.ts';
import type { Deduper } from './dedupe.ts';
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
   * Where the conversation is (a Slack channel or thread, a Discord channel or DM, a terminal
   * session): with `user`, whose last answer a follow-up ("who gave it?") is read against.
   * Several: the answer continues in each (a Slack mention in a channel is answered in a new
   * thread under it), and a follow-up is read in the first. Without it nothing is remembered.
   */
  place?: string | readonly string[];
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
  /** The core's settings plus each platform's, under its key (`config.slack`, `config.discord`). */
  config: Config;
  logger: Logger;
  /** Count failed platform API calls in `metrics.platformErrors`. */
  metrics: Metrics;
  /**
   * "Already handled?" for retried or twice-delivered events, shared by every process of the
   * deployment when REDIS_URL is set. Absent in tests that build a surface alone.
   */
  deduper?: Deduper;
}

/**
 * A surface's connection as /healthz reports it. `reconnecting` is healthy for a while (gateways
 * and sockets drop routinely); `closed` means the platform ended it for good (a revoked token,
 * intents not allowed): only a restart with new settings helps.
 */
export interface SurfaceHealth {
  state: 'connected' | 'reconnecting' | 'closed';
  /** Since when it is not connected (performance.now() milliseconds). */
  since?: number;
  reason?: string;
}

/** A chat platform connection (Slack, Discord, the terminal): started once, stopped on shutdown. */
export interface Surface {
  readonly name: string;
  start(): Promise<void>;
  /** Stop taking new events, let answers in flight finish, disconnect. */
  stop(): Promise<void>;
  /** Connected to the platform right now (for GET /healthz); assumed true when absent. */
  connected?(): boolean;
  /** The connection in more detail than `connected()`; preferred by GET /healthz when present. */
  health?(): SurfaceHealth;
  /** Metrics of processes the surface runs (Discord shards), merged into GET /metrics. */
  metrics?(): Promise<MetricsJson[]>;
  /** Resolves when the surface ends by itself (the terminal chat's user typed quit). */
  readonly finished?: Promise<void>;
}

/** Builds a surface when its credentials are configured, or returns undefined. */
export type SurfaceFactory = (context: SurfaceContext) => Surface | undefined;

/**
 * A chat platform as the composition root sees it: its own variables (read by `loadConfig`) and
 * its surface, imported only when the platform is configured, so `qcon ask` never loads Bolt.
 */
export interface Platform extends PlatformConfig {
  surface(): Promise<SurfaceFactory>;
}

/**
 * Why a surface could not start, for the exit code: `config` (a token refused, a setting wrong:
 * exit 2) or `unreachable` (the platform could not be reached: exit 3). Its message is the one
 * line shown, without a stack trace.
 */
export class StartError extends Error {
  constructor(
    readonly kind: 'config' | 'unreachable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartError';
  }
}

/** Exit codes of `qcon start` / `qcon chat` (docs/deploying.md, "Exit codes"). */
export const EXIT = { ok: 0, failed: 1, config: 2, unreachable: 3 } as const;

/** Connection failures as Node and undici name them: the platform was not reached at all. */
export function isNetworkError(error: unknown): boolean {
  for (
    let e = error as { code?: string; cause?: unknown; name?: string } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (e.name === 'AbortError' || e.name === 'TimeoutError' || e.name === 'ConnectTimeoutError')
      return true;
    if (
      typeof e.code === 'string' &&
      /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_\w+)$/.test(
        e.code,
      )
    )
      return true;
    if (e instanceof TypeError && /fetch failed/.test(e.message)) return true;
  }
  return false;
}

/** The innermost cause's words: "connect ECONNREFUSED 127.0.0.1:9", not "fetch failed". */
export function networkReason(error: unknown): string {
  let e = error as { message?: string; cause?: unknown; original?: unknown } | undefined;
  let reason = String(e?.message ?? error);
  for (let i = 0; e && i < 6; i++, e = (e.cause ?? e.original) as typeof e) {
    if (e.message) reason = e.message;
  }
  return reason;
}
