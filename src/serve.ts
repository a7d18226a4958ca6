import type { Server } from 'node:http';
import type { Bot } from './bot.ts';
import type { Config } from './config.ts';
import { startHealthServer } from './health.ts';
import { LiveBot } from './live-bot.ts';
import type { LoadedBot } from './load-bot.ts';
import type { Logger } from './log.ts';
import { Metrics } from './metrics.ts';
import { createSharedState, type SharedState } from './shared-state.ts';
import {
  EXIT,
  isNetworkError,
  StartError,
  type Surface,
  type SurfaceContext,
  type SurfaceFactory,
} from './surface.ts';

export interface ServeOptions {
  bot: Bot;
  content: LoadedBot;
  config: Config;
  logger: Logger;
  /** The configured platforms' surfaces. */
  factories: SurfaceFactory[];
  /** The terminal chat, served when no platform surface is configured (and by `qcon chat`). */
  chat?: SurfaceFactory;
  /** LOG_LEVEL was set: otherwise the terminal chat only shows warnings, not a log per question. */
  explicitLogLevel: boolean;
  /** Given by a process that reports its metrics elsewhere (a Discord shard to its parent). */
  metrics?: Metrics;
  /** Resolves with the reason to stop; SIGINT or SIGTERM when absent. */
  stopSignal?: Promise<string>;
}

/**
 * `npm start` and `qcon chat`: every configured surface (the terminal chat when there is none) in
 * one process sharing one live index, one rate limiter and one de-duplication store, plus the
 * health server when HEALTH_PORT is set. Returns the exit code (see EXIT).
 */
export async function serve(options: ServeOptions): Promise<number> {
  const { config, logger, content } = options;
  const metrics = options.metrics ?? new Metrics();
  const shared = await createSharedState(config, logger, metrics);
  const live = new LiveBot(options.bot, {
    contentDir: config.contentDir,
    ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}),
    logger,
    metrics,
    limiter: shared.limiter,
    conversations: shared.conversations,
  });
  const context: SurfaceContext = { asker: live, config, logger, metrics, deduper: shared.deduper };
  let surfaces = options.factories
    .map((factory) => factory(context))
    .filter((surface): surface is Surface => surface !== undefined);
  if (surfaces.length === 0 && options.chat) {
    // A person at the terminal: a log line per question would drown the answers.
    if (!options.explicitLogLevel) logger.level = 'warn';
    const chat = options.chat(context);
    if (chat) surfaces = [chat];
  }
  // A platform client's background promise (a reconnect, say) must not take every surface down.
  const onRejection = (reason: unknown) =>
    logger.error({ err: reason }, 'unhandled rejection in a background task; still running');
  process.on('unhandledRejection', onRejection);
  live.watch();

  const library = content.library;
  logger.info(
    {
      events: library.events.map((e) => e.id),
      talks: library.talks.length,
      fromCache: content.fromCache,
      store: shared.store,
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
        shared,
        ...(config.reconnectGraceMs !== undefined
          ? { reconnectGraceMs: config.reconnectGraceMs }
          : {}),
      });
      logger.info({ port: config.healthPort }, 'health and metrics: GET /healthz, GET /metrics');
    }
    for (const surface of surfaces) await surface.start();
  } catch (error) {
    const code = startFailure(error, logger);
    await shutdown(surfaces, health, live, shared, logger);
    process.off('unhandledRejection', onRejection);
    return code;
  }
  logger.info(
    { surfaces: surfaces.map((s) => s.name), startupMs: Math.round(performance.now()) },
    `running: ${surfaces.map((s) => s.name).join(', ')}`,
  );

  const reason = await Promise.race([
    options.stopSignal ?? signal(),
    ...surfaces.flatMap((s) => (s.finished ? [s.finished.then(() => `${s.name} finished`)] : [])),
  ]);
  logger.info({ reason }, 'shutting down');
  // Bounded: surfaces stop taking work and finish what is in flight, but a platform call that
  // hangs must not keep the process up. The timer is not cleared: a handle left open after a
  // clean stop (a socket nobody closed) would otherwise keep the process alive.
  let stopped = false;
  const deadline = setTimeout(() => {
    if (!stopped) logger.error(`shutdown took longer than ${config.shutdownMs} ms; exiting anyway`);
    process.exit(stopped ? EXIT.ok : EXIT.failed);
  }, config.shutdownMs);
  deadline.unref();
  await shutdown(surfaces, health, live, shared, logger);
  stopped = true;
  process.off('unhandledRejection', onRejection);
  logger.info('stopped');
  return EXIT.ok;
}

function signal(): Promise<string> {
  return new Promise<string>((resolve) => {
    const on = (name: string) => () => {
      process.off('SIGINT', int);
      process.off('SIGTERM', term);
      resolve(name);
    };
    const int = on('SIGINT');
    const term = on('SIGTERM');
    process.once('SIGINT', int);
    process.once('SIGTERM', term);
  });
}

/** One line saying what went wrong, and the exit code for it; a stack trace only when unexpected. */
function startFailure(error: unknown, logger: Logger): number {
  if (error instanceof StartError) {
    logger.error({ kind: error.kind }, `could not start: ${error.message}`);
    return error.kind === 'config' ? EXIT.config : EXIT.unreachable;
  }
  if (isNetworkError(error)) {
    logger.error({ kind: 'unreachable' }, `could not start: ${(error as Error).message}`);
    return EXIT.unreachable;
  }
  logger.error({ err: error }, `could not start: ${(error as Error).message}`);
  return EXIT.failed;
}

async function shutdown(
  surfaces: Surface[],
  health: Server | undefined,
  live: LiveBot,
  shared: SharedState,
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
  if (health) {
    const closed = new Promise<void>((resolve) => health.close(() => resolve()));
    // A scraper's keep-alive connection would otherwise hold close() open.
    health.closeAllConnections();
    await closed;
  }
  await live.close();
  await shared.close();
}
