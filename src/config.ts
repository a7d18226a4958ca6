import { z } from 'zod';
import { type ConversationLimits, DEFAULT_CONVERSATION } from './conversation.ts';
import {
  DEFAULT_CACHE_DIR,
  DEFAULT_CONTENT_DIR,
  DEFAULT_HEALTH_HOST,
  DEFAULT_RATE_LIMIT,
  DEFAULT_SHUTDOWN_MS,
} from './core-config.ts';
import { parseRateLimit, type RateLimit } from './rate-limit.ts';

export { DEFAULT_CACHE_DIR, DEFAULT_CONTENT_DIR };

/**
 * All configuration comes from the environment (and `.env`, read by the entry point with dotenv;
 * real environment variables win). Validated once, every problem reported at once, each naming
 * the variable and what to put there. This file knows only the core's variables: each platform
 * adapter declares its own (adapters/<platform>/config.ts) and the composition root hands them to
 * `loadConfig`, which adds their settings under the platform's key.
 */

/** An unset or empty variable is absent. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const port = (name: string) =>
  z.preprocess(
    (value) => (value === '' || value === undefined ? undefined : Number(value)),
    z
      .number({ error: `${name} must be a port number, e.g. 3000` })
      .int({ error: `${name} must be a whole number` })
      .min(1, { error: `${name} must be between 1 and 65535` })
      .max(65535, { error: `${name} must be between 1 and 65535` })
      .optional(),
  );

const duration = (name: string, example: string) =>
  optional(
    z.string().regex(/^\d{1,6}(\.\d{1,3})?\s*(ms|s)?$/, {
      error: `${name} must be a duration such as ${example} or 2500ms`,
    }),
  );

const coreSchema = z.object({
  CONTENT_DIR: optional(z.string()),
  CACHE_DIR: optional(z.string()),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  HEALTH_PORT: port('HEALTH_PORT'),
  HEALTH_HOST: z.string().min(1).default(DEFAULT_HEALTH_HOST),
  RATE_LIMIT: z
    .string()
    .default(`${DEFAULT_RATE_LIMIT.questions}/${DEFAULT_RATE_LIMIT.seconds}s`)
    .transform((text, ctx) => {
      const limit = parseRateLimit(text);
      if (!limit) {
        ctx.addIssue({
          code: 'custom',
          message: 'RATE_LIMIT must be questions per seconds, such as 10/30s',
        });
        return z.NEVER;
      }
      return limit;
    }),
  REDIS_URL: optional(
    z.url({
      protocol: /^rediss?$/,
      error: 'REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379',
    }),
  ),
  SHUTDOWN_TIMEOUT: duration('SHUTDOWN_TIMEOUT', '10s'),
  HEALTH_RECONNECT_GRACE: duration('HEALTH_RECONNECT_GRACE', '60s'),
  CONVERSATION_TTL: duration('CONVERSATION_TTL', '1800s'),
  CONVERSATION_MAX: optional(
    z.coerce
      .number({ error: 'CONVERSATION_MAX must be a whole number' })
      .int({ error: 'CONVERSATION_MAX must be a whole number' })
      .min(0, { error: 'CONVERSATION_MAX must be 0 or more' }),
  ),
});

/**
 * The core's settings. A platform adapter adds its own key with declaration merging
 * (`declare module '…/src/config.ts' { interface Config { slack?: SlackSettings } }`), so the
 * core compiles without knowing it and a surface reads `context.config.slack`.
 */
export interface Config {
  contentDir: string;
  /** Where index snapshots are kept; undefined when caching is off (`CACHE_DIR=off`). */
  cacheDir?: string;
  logLevel: z.infer<typeof coreSchema>['LOG_LEVEL'];
  healthPort?: number;
  healthHost: string;
  /** Questions per user per surface. */
  rateLimit: RateLimit;
  /** Shared rate limits and de-duplication for several processes; memory when absent. */
  redisUrl?: string;
  /** Longest a shutdown may take (SHUTDOWN_TIMEOUT) before the process exits anyway. */
  shutdownMs: number;
  /** How long a surface may reconnect before /healthz fails (HEALTH_RECONNECT_GRACE; default 60 s). */
  reconnectGraceMs?: number;
  /**
   * How long the last answer of a conversation is remembered for follow-ups (CONVERSATION_TTL;
   * default 30 min) and how many conversations a process keeps (CONVERSATION_MAX; default 10,000).
   */
  conversation?: ConversationLimits;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** One platform adapter's variables: read from the environment into its settings. */
export interface PlatformConfig {
  /** Where its settings go in Config (`slack`, `discord`). */
  readonly key: string;
  /** Settings when the platform is configured, undefined when it is not, problems when wrong. */
  read(
    env: NodeJS.ProcessEnv,
  ): { ok: true; settings?: unknown } | { ok: false; problems: string[] };
}

/** Validates `env` with `schema`: the data, or every problem phrased for a person. */
export function readEnv<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv,
): { ok: true; data: z.infer<T> } | { ok: false; problems: string[] } {
  const parsed = schema.safeParse(env);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
    }),
  };
}

/** The core's variables and those of each platform given, every problem at once. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  platforms: readonly PlatformConfig[] = [],
): ConfigResult {
  const core = readEnv(coreSchema, env);
  const problems = core.ok ? [] : [...core.problems];
  const settings: Record<string, unknown> = {};
  for (const platform of platforms) {
    const read = platform.read(env);
    if (!read.ok) problems.push(...read.problems);
    else if (read.settings !== undefined) settings[platform.key] = read.settings;
  }
  if (!core.ok || problems.length > 0) return { ok: false, problems };
  const e = core.data;
  const config: Config = {
    contentDir: e.CONTENT_DIR ?? DEFAULT_CONTENT_DIR,
    logLevel: e.LOG_LEVEL,
    healthHost: e.HEALTH_HOST,
    rateLimit: e.RATE_LIMIT,
    shutdownMs: e.SHUTDOWN_TIMEOUT ? durationMs(e.SHUTDOWN_TIMEOUT) : DEFAULT_SHUTDOWN_MS,
    ...settings,
  };
  if (e.CACHE_DIR !== 'off') config.cacheDir = e.CACHE_DIR ?? DEFAULT_CACHE_DIR;
  if (e.HEALTH_PORT) config.healthPort = e.HEALTH_PORT;
  if (e.REDIS_URL) config.redisUrl = e.REDIS_URL;
  if (e.HEALTH_RECONNECT_GRACE) config.reconnectGraceMs = durationMs(e.HEALTH_RECONNECT_GRACE);
  if (e.CONVERSATION_TTL || e.CONVERSATION_MAX !== undefined)
    config.conversation = {
      ttlMs: e.CONVERSATION_TTL ? durationMs(e.CONVERSATION_TTL) : DEFAULT_CONVERSATION.ttlMs,
      max: e.CONVERSATION_MAX ?? DEFAULT_CONVERSATION.max,
    };
  return { ok: true, config };
}

/** "10s", "10" (seconds) or "2500ms" → milliseconds. */
function durationMs(text: string): number {
  const value = Number.parseFloat(text);
  return Math.round(/ms\s*$/.test(text) ? value : value * 1000);
}
