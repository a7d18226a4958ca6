import type { Server } from 'node:http';
import type { Bot } from './bot.ts';
import type { Config } from './config.ts';
import { startHealthServer } from './health.ts';
import { LiveBot } from './live-bot.ts';
import type { LoadedBot } from './load-bot.ts';
import type { Logger } from './log.ts';
import { Metrics } from './metrics.ts';
import { QuestionLimiter } from './rate-limit.ts';
import type { Asker, Surface, SurfaceFactory } from './surface.ts';

/** Longest a shutdown may take before the process exits anyway. */
export const SHUTDOWN_MS = 5000;

export interface ServeOptions {
  bot: Bot;
  content: LoadedBot;
  config: Config;
  logger: Logger;
  factories: SurfaceFactory[];
  /** The terminal chat, when no surface is configured. */
  chat: (asker: Asker) => Promise<void>;
  /** LOG_LEVEL was set: otherwise the terminal chat only shows warnings, not a log per question. */
  explicitLogLevel: boolean;
  /** Given by a process that reports its metrics elsewhere (a Discord shard to its parent). */
  metrics?: Metrics;
}

/**
 * `npm start`: every surface whose credentials are configured, in one process sharing one live
 * index, plus the health server; with no surface, the terminal chat. Returns the exit code.
 */
export async function serve(options: ServeOptions): Promise<number> {
  const { config, logger, content } = options;
  const metrics = options.metrics ?? new Metrics();
  const live = new LiveBot(options.bot, {
    contentDir: config.contentDir,
    ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}),
    logger,
    metrics,
    limiter: new QuestionLimiter(config.rateLimit),
  });
  const surfaces = options.factories
    .map((factory) => factory({ asker: live, config, logger, metrics }))
    .filter((surface): surface is Surface => surface !== undefined);
  // A platform client's background promise (a reconnect, say) must not take every surface down.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled rejection in a background task; still running');
  });
  live.watch();
  if (surfaces.length === 0) {
    if (!options.explicitLogLevel) logger.level = 'warn';
    await options.chat(live);
    await live.close();
    return 0;
  }

  const library = content.library;
  logger.info(
    {
      events: library.events.map((e) => e.id),
      talks: library.talks.length,
      fromCache: content.fromCache,
    },
    `content: ${library.talks.length} talks from ${library.events.length} event(s) in ${config.contentDir}`,
  );
  let health: Server | undefined;
  try {
    if (config.healthPort) {
      health = await startHealthServer(config.healthPort, config.healthHost, {
        live,
        surfaces,
        metrics,
      });
      logger.info({ port: config.healthPort }, 'health and metrics: GET /healthz, GET /metrics');
    }
    for (const surface of surfaces) await surface.start();
  } catch (error) {
    logger.error({ err: error }, `could not start: ${(error as Error).message}`);
    await shutdown(surfaces, health, live, logger);
    return 1;
  }
  logger.info(
    { surfaces: surfaces.map((s) => s.name), startupMs: Math.round(performance.now()) },
    `running: ${surfaces.map((s) => s.name).join(', ')}`,
  );

  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    logger.error(`shutdown took longer than ${SHUTDOWN_MS} ms; exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_MS);
  force.unref();
  await shutdown(surfaces, health, live, logger);
  clearTimeout(force);
  logger.info('stopped');
  return 0;
}

async function shutdown(
  surfaces: Surface[],
  health: Server | undefined,
  live: LiveBot,
  logger: Logger,
): Promise<void> {
  const results = await Promise.allSettled(surfaces.map((surface) => surface.stop()));
  results.forEach((result, i) => {
    if (result.status === 'rejected')
      logger.warn(
        { err: result.reason, surface: surfaces[i]?.name },
        'surface did not stop cleanly',
      );
  });
  await new Promise<void>((resolve) => (health ? health.close(() => resolve()) : resolve()));
  health?.closeAllConnections();
  await live.close();
}
