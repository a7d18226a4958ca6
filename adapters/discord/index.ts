import { once } from 'node:events';
import { type Client, Events } from 'discord.js';
import type { Surface, SurfaceFactory } from '../../src/surface.ts';
import { createDiscordClient } from './client.ts';
import { registerCommands } from './register-commands.ts';
import { logFailure } from './respond.ts';

/**
 * The Discord surface, built when DISCORD_TOKEN is configured. Start resolves once the gateway
 * is ready (guilds received), so "running" in the log means the bot answers.
 */
export const discordSurface: SurfaceFactory = ({ asker, config, logger }) => {
  const settings = config.discord;
  if (!settings) return undefined;
  const log = logger.child({ surface: 'discord' });
  let client: Client | undefined;
  const surface: Surface = {
    name: 'discord',
    async start() {
      client = createDiscordClient(settings, asker, log);
      const ready = once(client, Events.ClientReady);
      await client.login(settings.token);
      await ready;
      const application = client.application;
      log.info({ user: client.user?.tag }, 'discord: connected');
      // In a development guild commands update at once, so keep them current on every start.
      if (settings.guildId && application) {
        await registerCommands(client.rest, application.id, settings.guildId).then(
          () => log.info({ guild: settings.guildId }, 'discord: commands registered'),
          (error: unknown) => logFailure(log, error, 'command registration'),
        );
      }
    },
    async stop() {
      await client?.destroy();
      client = undefined;
    },
  };
  return surface;
};
