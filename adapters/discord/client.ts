import {
  Client,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  Partials,
  type RESTOptions,
} from 'discord.js';
import type { Deduper } from '../../src/dedupe.ts';
import type { Logger } from '../../src/log.ts';
import type { Metrics } from '../../src/metrics.ts';
import { type Asker, EXIT, isNetworkError, networkReason, StartError } from '../../src/surface.ts';
import type { DiscordSettings } from './config.ts';
import { autocompleteHandler } from './handlers/autocomplete.ts';
import { commandHandler } from './handlers/command.ts';
import { componentHandler } from './handlers/component.ts';
import { mentionHandler } from './handlers/mention.ts';
import { logFailure } from './respond.ts';

export type { DiscordSettings };

/**
 * Longest wait for one REST call (discord.js's default is 15 s). An answer is useless after
 * Discord's 3-second interaction window anyway, and a hung call must not hold up a shutdown.
 */
export const REST_TIMEOUT_MS = 5000;
/** How long a message id stays claimed: covers a resumed session's replay and a duplicate replica. */
const MESSAGE_CLAIM_MS = 10 * 60_000;

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
    timeout: REST_TIMEOUT_MS,
    makeRequest: async (url, init) => {
      const response = await fetch(url, init as RequestInit);
      if (response.status === 429)
        logger?.warn(
          {
            method: init.method,
            // Interaction and webhook URLs carry a token: keep it out of the log.
            path: withoutToken(new URL(url).pathname),
            retryAfter: response.headers.get('retry-after'),
            scope: response.headers.get('x-ratelimit-scope'),
          },
          'discord: rate limited (429); discord.js waits and retries',
        );
      return response;
    },
  };
}

/** Interaction and webhook URLs carry a token: the path with it replaced, for logs. */
export function withoutToken(path: string): string {
  return path.replace(/\/(interactions|webhooks)\/(\d+)\/[^/?]+/g, '/$1/$2/[token]');
}

export interface ClientOptions {
  metrics?: Metrics;
  /** Claims each message id once across processes, so two replicas never both answer it. */
  deduper?: Deduper;
}

/**
 * The discord.js client with its listeners. No MessageContent intent: mentions and DMs carry
 * their content without it, and that is all the bot reads. `Partials.Channel` lets DMs arrive
 * for channels the client has not cached. `drain()` stops taking new events and resolves once
 * the answers in flight are sent (or have failed), for a shutdown that loses nothing.
 */
export function createDiscordClient(
  settings: DiscordSettings,
  asker: Asker,
  logger: Logger,
  options: ClientOptions = {},
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
  const sink = options.metrics ? { logger, metrics: options.metrics } : { logger };
  const onMessage = mentionHandler(asker, sink);
  const onCommand = commandHandler(asker, sink);
  const onAutocomplete = autocompleteHandler(asker, sink);
  const onComponent = componentHandler(asker, sink);
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  // A listener that throws must not take the process down: log and carry on with the next event.
  const guard = (what: string, work: () => Promise<void>) => {
    if (draining) return;
    const running = work()
      .catch((error: unknown) => logFailure(logger, error, what))
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  // Each event once, however many processes received it (two replicas running the same shard
  // during a rolling deploy, a replay after a resume).
  const first = async (key: string) =>
    !options.deduper || (await options.deduper.claim(`discord:${key}`, MESSAGE_CLAIM_MS));
  client.on(Events.MessageCreate, (message) => {
    // Bots (this one included: no loops), webhooks (their author is not a bot account, but an
    // integration posting, possibly our own answers relayed) and system messages (joins, pins,
    // boosts) are never questions.
    if (message.author.bot || message.webhookId !== null || message.system) return;
    guard('mention', async () => {
      if (await first(`message:${message.id}`)) await onMessage(message);
    });
  });
  client.on(Events.InteractionCreate, (interaction) => {
    const once = (work: () => Promise<void>) => async () => {
      if (await first(`interaction:${interaction.id}`)) await work();
    };
    if (interaction.isChatInputCommand())
      return guard(
        'command',
        once(() => onCommand(interaction)),
      );
    if (interaction.isAutocomplete())
      return guard(
        'autocomplete',
        once(() => onAutocomplete(interaction)),
      );
    if (interaction.isButton() || interaction.isStringSelectMenu())
      return guard(
        'component',
        once(() => onComponent(interaction)),
      );
  });
  // Without an error listener an EventEmitter error would be thrown; discord.js recovers itself.
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn(`discord: ${message}`));
  // Gateway and REST chatter (discord.js censors the token in it), for LOG_LEVEL=debug.
  client.on(Events.Debug, (message) => logger.debug(`discord.js: ${withoutToken(message)}`));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, 'discord: gateway closed for good'),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    logger.info({ shard }, 'discord: gateway reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'discord: gateway resumed'),
  );
  return {
    client,
    /** Stops taking events; resolves when every answer in flight has been sent or has failed. */
    async drain(): Promise<void> {
      draining = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * Why Discord could not be started, for the exit code: a refused token is a configuration problem
 * (say which variable to fix), a network failure says Discord was not reached; neither is a stack
 * trace.
 */
export function loginError(error: unknown): Error {
  const refused =
    (error as { code?: string }).code === DiscordjsErrorCodes.TokenInvalid ||
    (error as { status?: number }).status === 401;
  if (refused) {
    return new StartError(
      'config',
      'DISCORD_TOKEN was refused by Discord: reset it in the Developer Portal (Bot → Reset Token) and update DISCORD_TOKEN',
      { cause: error },
    );
  }
  if (isNetworkError(error)) {
    return new StartError('unreachable', `could not reach Discord: ${networkReason(error)}`, {
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** For a script (discord:register): the message and exit code of a failure. */
export function startFailure(error: unknown): { message: string; code: number } {
  const failure = loginError(error);
  if (failure instanceof StartError)
    return {
      message: failure.message,
      code: failure.kind === 'config' ? EXIT.config : EXIT.unreachable,
    };
  return { message: `Discord refused: ${withoutToken(failure.message)}`, code: EXIT.failed };
}
