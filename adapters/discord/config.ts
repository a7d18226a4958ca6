import { z } from 'zod';
import { optional, readEnv } from '../../src/config.ts';
import type { Platform } from '../../src/surface.ts';

/** Discord's variables: DISCORD_TOKEN enables it. */
const discordSchema = z
  .object({
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
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_SHARDS && !env.DISCORD_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARDS'],
        message:
          'DISCORD_SHARDS is set but DISCORD_TOKEN is not: sharding needs the bot token, or unset DISCORD_SHARDS',
      });
    }
  });

export interface DiscordSettings {
  token: string;
  apiUrl?: string;
  guildId?: string;
  /** Run under discord.js's ShardingManager, one process per shard; absent: one client in this process. */
  shards?: number | 'auto';
}

declare module '../../src/config.ts' {
  interface Config {
    /** Set when DISCORD_TOKEN is (adapters/discord/config.ts). */
    discord?: DiscordSettings;
  }
}

export function readDiscordSettings(
  env: NodeJS.ProcessEnv,
): { ok: true; settings?: DiscordSettings } | { ok: false; problems: string[] } {
  const read = readEnv(discordSchema, env);
  if (!read.ok) return read;
  const e = read.data;
  if (!e.DISCORD_TOKEN) return { ok: true };
  const settings: DiscordSettings = { token: e.DISCORD_TOKEN };
  if (e.DISCORD_API_URL) settings.apiUrl = e.DISCORD_API_URL;
  if (e.DISCORD_GUILD_ID) settings.guildId = e.DISCORD_GUILD_ID;
  if (e.DISCORD_SHARDS)
    settings.shards = e.DISCORD_SHARDS === 'auto' ? 'auto' : Number(e.DISCORD_SHARDS);
  return { ok: true, settings };
}

/** What the composition root needs of Discord: its variables, and its surface, loaded only when configured. */
export const discordPlatform: Platform = {
  key: 'discord',
  read: readDiscordSettings,
  surface: async () => (await import('./index.ts')).discordSurface,
};
