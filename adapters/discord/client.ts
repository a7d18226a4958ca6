import {
  Client,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  Partials,
  type RESTOptions,
} from 'discord.js';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { Asker } from '../../src/surface.ts';
import { autocompleteHandler } from './handlers/autocomplete.ts';
import { commandHandler } from './handlers/command.ts';
import { componentHandler } from './handlers/component.ts';
import { mentionHandler } from './handlers/mention.ts';
import { logFailure } from './respond.ts';

export type DiscordSettings = NonNullable<Config['discord']>;

/**
 * REST options shared by the client and the registration script. `makeRequest` goes through the
 * global fetch because Bolt's undici 7 replaces the process-wide dispatcher and discord.js's own
 * undici 6 then fails its sends (nodejs/undici#5520); `api` lets a proxy or the test fake stand in.
 * A 429 is logged there: discord.js waits and retries on its own, and the log says why an answer
 * came late, and 429s count towards Discord's limit of invalid requests (10,000 per 10 minutes).
 */
export function restOptions(settings: DiscordSettings, logger?: Logger): Partial<RESTOptions> {
  return {
    ...(settings.apiUrl ? { api: settings.apiUrl.replace(/\/+$/, '') } : {}),
    makeRequest: async (url, init) => {
      const response = await fetch(url, init as RequestInit);
      if (response.status === 429)
        logger?.warn(
          {
            method: init.method,
            // Interaction and webhook URLs carry a token: keep it out of the log.
            path: new URL(url).pathname.replace(
              /\/(interactions|webhooks)\/(\d+)\/[^/]+/,
              '/$1/$2/…',
            ),
            retryAfter: response.headers.get('retry-after'),
            scope: response.headers.get('x-ratelimit-scope'),
          },
          'discord: rate limited (429); discord.js waits and retries',
        );
      return response;
    },
  };
}

/**
 * The discord.js client with its listeners. No MessageContent intent: mentions and DMs carry
 * their content without it, and that is all the bot reads. `Partials.Channel` lets DMs arrive
 * for channels the client has not cached.
 */
export function createDiscordClient(
  settings: DiscordSettings,
  asker: Asker,
  logger: Logger,
  metrics?: Metrics,
) {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: restOptions(settings, logger),
  });
  const sink = metrics ? { logger, metrics } : { logger };
  const onMessage = mentionHandler(asker, sink);
  const onCommand = commandHandler(asker, sink);
  const onAutocomplete = autocompleteHandler(asker, sink);
  const onComponent = componentHandler(asker, sink);
  // A listener that throws must not take the process down: log and carry on with the next event.
  const guard = (what: string, work: Promise<void>) =>
    work.catch((error: unknown) => logFailure(logger, error, what));

  client.on(Events.MessageCreate, (message) => guard('mention', onMessage(message)));
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) return guard('command', onCommand(interaction));
    if (interaction.isAutocomplete()) return guard('autocomplete', onAutocomplete(interaction));
    if (interaction.isButton() || interaction.isStringSelectMenu())
      return guard('component', onComponent(interaction));
  });
  // Without an error listener an EventEmitter error would be thrown; discord.js recovers itself.
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn(`discord: ${message}`));
  // Gateway and REST chatter (discord.js censors the token in it), for LOG_LEVEL=debug.
  client.on(Events.Debug, (message) => logger.debug(`discord.js: ${message}`));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, 'discord: gateway closed for good'),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    logger.info({ shard }, 'discord: gateway reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'discord: gateway resumed'),
  );
  return client;
}

/** A refused token is a configuration problem: say which variable to fix, not where it was thrown. */
export function loginError(error: unknown): Error {
  const refused =
    (error as { code?: string }).code === DiscordjsErrorCodes.TokenInvalid ||
    (error as { status?: number }).status === 401;
  if (refused) {
    return new Error(
      'DISCORD_TOKEN was refused by Discord: reset it in the Developer Portal (Bot → Reset Token) and update DISCORD_TOKEN',
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
