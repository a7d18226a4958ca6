import { type Client, Events, Status } from 'discord.js';
import type { Surface, SurfaceFactory } from '../../src/surface.ts';
import { createDiscordClient, loginError } from './client.ts';
import { registerCommands } from './register-commands.ts';
import { reportFailure } from './respond.ts';
import { shardedSurface } from './sharded.ts';

/**
 * The Discord surface, built when DISCORD_TOKEN is configured: one client in this process, or,
 * with DISCORD_SHARDS, discord.js's ShardingManager running one client process per shard.
 */
export const discordSurface: SurfaceFactory = (context) => {
  const settings = context.config.discord;
  if (!settings) return undefined;
  return settings.shards ? shardedSurface(context, settings) : clientSurface(context);
};

/**
 * One discord.js client in this process (a shard process runs exactly this). Start resolves once
 * the gateway is ready (guilds received), so "running" in the log means the bot answers.
 */
export const clientSurface: SurfaceFactory = ({ asker, config, logger, metrics }) => {
  const settings = config.discord;
  if (!settings) return undefined;
  const log = logger.child({ surface: 'discord' });
  let client: Client | undefined;
  const surface: Surface = {
    name: 'discord',
    async start() {
      client = createDiscordClient(settings, asker, log, metrics);
      // Not events.once: it would reject on an 'error' event while login is still pending.
      const ready = new Promise((resolve) => client?.once(Events.ClientReady, resolve));
      await client.login(settings.token).catch((error: unknown) => {
        throw loginError(error);
      });
      await ready;
      const application = client.application;
      log.info({ user: client.user?.tag }, 'discord: connected');
      // In a development guild commands update at once, so keep them current on every start;
      // when sharded, shard 0 alone does it (client.shard is null in a process of its own).
      const first = client.shard === null || client.shard.ids.includes(0);
      if (settings.guildId && application && first) {
        await registerCommands(client.rest, application.id, settings.guildId).then(
          () => log.info({ guild: settings.guildId }, 'discord: commands registered'),
          (error: unknown) =>
            reportFailure({ logger: log, metrics }, error, 'command registration'),
        );
      }
    },
    connected() {
      return client?.ws.status === Status.Ready;
    },
    async stop() {
      await client?.destroy();
      client = undefined;
    },
  };
  return surface;
};
