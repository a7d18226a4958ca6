import { z } from 'zod';
import {
  DEFAULT_CACHE_DIR,
  DEFAULT_CONTENT_DIR,
  DEFAULT_HEALTH_HOST,
  DEFAULT_RATE_LIMIT,
} from './core-config.ts';
import { parseRateLimit, type RateLimit } from './rate-limit.ts';

export { DEFAULT_CACHE_DIR, DEFAULT_CONTENT_DIR };

/**
 * All configuration comes from the environment (and `.env`, read by the entry point with dotenv;
 * real environment variables win). Validated once, every problem reported at once, each naming
 * the variable and what to put there.
 */

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const port = (name: string) =>
  z.preprocess(
    (value) => (value === '' || value === undefined ? undefined : Number(value)),
    z
      .number({ error: `${name} must be a port number, e.g. 3000` })
      .int({ error: `${name} must be a whole number` })
      .min(1, { error: `${name} must be between 1 and 65535` })
      .max(65535, { error: `${name} must be between 1 and 65535` })
      .optional(),
  );

const envSchema = z
  .object({
    CONTENT_DIR: optional(z.string()),
    CACHE_DIR: optional(z.string()),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    SLACK_BOT_TOKEN: optional(
      z.string().startsWith('xoxb-', {
        error:
          'SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions page of your Slack app)',
      }),
    ),
    SLACK_APP_TOKEN: optional(
      z.string().startsWith('xapp-', {
        error:
          'SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)',
      }),
    ),
    SLACK_SIGNING_SECRET: optional(
      z.string().regex(/^[0-9a-f]{16,}$/i, {
        error:
          'SLACK_SIGNING_SECRET must be the hex signing secret from Basic Information → App Credentials',
      }),
    ),
    SLACK_API_URL: optional(
      z.url({ error: 'SLACK_API_URL must be a URL such as https://slack.com/api/' }),
    ),
    SLACK_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, {
        error: 'SLACK_COMMAND must be a slash command such as /qcon',
      })
      .default('/qcon'),
    PORT: port('PORT').default(3000),
    DISCORD_TOKEN: optional(
      z.string().regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, {
        error:
          'DISCORD_TOKEN must be the bot token from the Developer Portal (Bot → Reset Token), three dot-separated parts',
      }),
    ),
    DISCORD_API_URL: optional(
      z.url({ error: 'DISCORD_API_URL must be a URL such as https://discord.com/api' }),
    ),
    DISCORD_GUILD_ID: optional(
      z.string().regex(/^\d{17,20}$/, {
        error:
          'DISCORD_GUILD_ID must be a server id (17–20 digits; Developer Mode → right-click the server → Copy Server ID)',
      }),
    ),
    DISCORD_SHARDS: optional(
      z.string().regex(/^(auto|[1-9]\d{0,4})$/, {
        error:
          'DISCORD_SHARDS must be auto (as many shards as Discord recommends) or a whole number of shards such as 2',
      }),
    ),
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
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_APP_TOKEN'],
        message:
          'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them',
      });
    }
    if (!env.SLACK_BOT_TOKEN && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message:
          'SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-…) as well as the app token or signing secret',
      });
    }
    if (env.DISCORD_SHARDS && !env.DISCORD_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARDS'],
        message:
          'DISCORD_SHARDS is set but DISCORD_TOKEN is not: sharding needs the bot token, or unset DISCORD_SHARDS',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  contentDir: string;
  /** Where index snapshots are kept; undefined when caching is off (`CACHE_DIR=off`). */
  cacheDir?: string;
  logLevel: Env['LOG_LEVEL'];
  healthPort?: number;
  healthHost: string;
  /** Questions per user per surface. */
  rateLimit: RateLimit;
  slack?: {
    botToken: string;
    appToken?: string;
    signingSecret?: string;
    apiUrl?: string;
    command: string;
    port: number;
  };
  discord?: {
    token: string;
    apiUrl?: string;
    guildId?: string;
    /** Run under discord.js's ShardingManager, one process per shard; absent: one client in this process. */
    shards?: number | 'auto';
  };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    };
  }
  const e = parsed.data;
  const config: Config = {
    contentDir: e.CONTENT_DIR ?? DEFAULT_CONTENT_DIR,
    logLevel: e.LOG_LEVEL,
    healthHost: e.HEALTH_HOST,
    rateLimit: e.RATE_LIMIT,
  };
  if (e.CACHE_DIR !== 'off') config.cacheDir = e.CACHE_DIR ?? DEFAULT_CACHE_DIR;
  if (e.HEALTH_PORT) config.healthPort = e.HEALTH_PORT;
  if (e.SLACK_BOT_TOKEN) {
    config.slack = { botToken: e.SLACK_BOT_TOKEN, command: e.SLACK_COMMAND, port: e.PORT };
    if (e.SLACK_APP_TOKEN) config.slack.appToken = e.SLACK_APP_TOKEN;
    else if (e.SLACK_SIGNING_SECRET) config.slack.signingSecret = e.SLACK_SIGNING_SECRET;
    if (e.SLACK_API_URL) config.slack.apiUrl = e.SLACK_API_URL;
  }
  if (e.DISCORD_TOKEN) {
    config.discord = { token: e.DISCORD_TOKEN };
    if (e.DISCORD_API_URL) config.discord.apiUrl = e.DISCORD_API_URL;
    if (e.DISCORD_GUILD_ID) config.discord.guildId = e.DISCORD_GUILD_ID;
    if (e.DISCORD_SHARDS)
      config.discord.shards = e.DISCORD_SHARDS === 'auto' ? 'auto' : Number(e.DISCORD_SHARDS);
  }
  return { ok: true, config };
}
