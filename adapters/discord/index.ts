import { type Client, DiscordjsErrorCodes, Events, Status } from 'discord.js';
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
      // Not events.once: it would reject on an 'error' event while login is still pending.
      const ready = new Promise((resolve) => client?.once(Events.ClientReady, resolve));
      await client.login(settings.token).catch((error: unknown) => {
        throw loginError(error);
      });
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

/** A refused token is a configuration problem: say which variable to fix, not where it was thrown. */
function loginError(error: unknown): Error {
  if ((error as { code?: string }).code === DiscordjsErrorCodes.TokenInvalid) {
    return new Error(
      'DISCORD_TOKEN was refused by Discord: reset it in the Developer Portal (Bot → Reset Token) and update DISCORD_TOKEN',
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
