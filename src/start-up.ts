import { config as loadDotenv } from 'dotenv';
import type { Bot } from './bot.ts';
import { type Config, loadConfig } from './config.ts';
import { type LoadedBot, loadBot } from './load-bot.ts';
import { createLogger, type Logger } from './log.ts';
import { formatProblem, isError } from './model.ts';
import { EXIT, type Platform } from './surface.ts';

/**
 * The one start-up path of every serving process — `qcon start`, `qcon chat`, a Discord shard —
 * and of `npm run discord:register`: `.env`, then the configuration of the core and of the given
 * platforms (every problem at once, exit 2), then the logger and, when asked, the content (file
 * and line of each problem, exit 1).
 */

/** `.env` into process.env; variables already set win. */
export function loadEnvironment(): void {
  loadDotenv({ quiet: true });
}

export interface Settings {
  config: Config;
  logger: Logger;
}

export interface Started extends Settings {
  content: LoadedBot;
  bot: Bot;
}

/** The configuration and logger, or the exit code after saying what is wrong on stderr. */
export function configure(
  platforms: readonly Platform[],
  options: { name?: string; env?: NodeJS.ProcessEnv; contentDir?: string } = {},
): Settings | number {
  const name = options.name ?? 'qcon';
  const loaded = loadConfig(options.env ?? process.env, platforms);
  if (!loaded.ok) {
    process.stderr.write(
      `${name}: the configuration has ${loaded.problems.length === 1 ? 'a problem' : 'problems'}:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.\n`,
    );
    return EXIT.config;
  }
  const config = options.contentDir
    ? { ...loaded.config, contentDir: options.contentDir }
    : loaded.config;
  return { config, logger: createLogger(config.logLevel) };
}

/** `configure`, then the content (from the snapshot cache when it is current). */
export async function startUp(
  platforms: readonly Platform[],
  options: { name?: string; env?: NodeJS.ProcessEnv; contentDir?: string } = {},
): Promise<Started | number> {
  const settings = configure(platforms, options);
  if (typeof settings === 'number') return settings;
  const { config } = settings;
  const content = await loadBot(config.contentDir, config.cacheDir);
  // Every problem is shown; only content of which nothing at all could be read stops the start.
  if (content.problems.length > 0)
    process.stderr.write(`${content.problems.map(formatProblem).join('\n')}\n`);
  if (!content.bot || content.library.talks.length === 0) {
    const errors = content.problems.filter(isError).length;
    process.stderr.write(
      `${options.name ?? 'qcon'}: no talks could be read from ${config.contentDir}${errors > 0 ? `; fix the ${errors === 1 ? 'error' : `${errors} errors`} above and try again` : ''}.\n`,
    );
    return EXIT.failed;
  }
  return { ...settings, content, bot: content.bot };
}

/** The settings of the platforms that are configured: the ones whose surfaces to create. */
export function configuredPlatforms(config: Config, platforms: readonly Platform[]): Platform[] {
  return platforms.filter(
    (platform) => (config as unknown as Record<string, unknown>)[platform.key] !== undefined,
  );
}
