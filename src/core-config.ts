import { fileURLToPath } from 'node:url';
import type { Config, ConfigResult } from './config.ts';

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));
export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL('../node_modules/.cache/qcon-bot', import.meta.url),
);
export const DEFAULT_HEALTH_HOST = '0.0.0.0';
export const DEFAULT_RATE_LIMIT = { questions: 10, seconds: 30 };
/** How long SIGTERM may take to finish the answers in flight before the process exits anyway. */
export const DEFAULT_SHUTDOWN_MS = 10_000;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The configuration of the commands that only read content (`ask`, `talks`, `check`): the
 * content folder, the cache and the log level, checked as `loadConfig` checks them but without
 * zod, whose import alone is 70–250 ms of a ~300 ms `qcon ask`. The serving commands (`start`,
 * `chat`) validate everything with `loadConfig`.
 */
export function loadCoreConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const level = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    return { ok: false, problems: [`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`] };
  }
  const config: Config = {
    contentDir: env.CONTENT_DIR || DEFAULT_CONTENT_DIR,
    logLevel: level as Config['logLevel'],
    // Used only by `start` and `chat`, which validate these with zod.
    healthHost: DEFAULT_HEALTH_HOST,
    rateLimit: DEFAULT_RATE_LIMIT,
    shutdownMs: DEFAULT_SHUTDOWN_MS,
  };
  if (env.CACHE_DIR !== 'off') config.cacheDir = env.CACHE_DIR || DEFAULT_CACHE_DIR;
  return { ok: true, config };
}
