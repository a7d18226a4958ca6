import { type Client, Events, Status } from 'discord.js';
import { MemoryDeduper } from '../../src/dedupe.ts';
import type { Surface, SurfaceFactory, SurfaceHealth } from '../../src/surface.ts';
import { createDiscordClient, loginError } from './client.ts';
import { registerCommands } from './register-commands.ts';
import { reportFailure } from './respond.ts';
import { shardedSurface } from './sharded.ts';

/** Close codes after which Discord will not take the connection back: a person must act. */
const FATAL_CLOSE = new Map([
  [4004, 'authentication failed (4004): the token was reset or revoked'],
  [4010, 'invalid shard (4010)'],
  [4011, 'sharding required (4011): set DISCORD_SHARDS'],
  [4012, 'invalid API version (4012)'],
  [4013, 'invalid intents (4013)'],
  [4014, 'disallowed intents (4014): enable them in the Developer Portal or remove them'],
]);

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
export const clientSurface: SurfaceFactory = ({ asker, config, logger, metrics, deduper }) => {
  const settings = config.discord;
  if (!settings) return undefined;
  const log = logger.child({ surface: 'discord' });
  let client: Client | undefined;
  let drain: (() => Promise<void>) | undefined;
  // What /healthz reports, from the gateway's own events.
  let health: SurfaceHealth = {
    state: 'reconnecting',
    since: performance.now(),
    reason: 'starting',
  };
  const surface: Surface = {
    name: 'discord',
    async start() {
      ({ client, drain } = createDiscordClient(settings, asker, log, {
        metrics,
        // Shared by every process with REDIS_URL; this process's memory otherwise.
        deduper: deduper ?? new MemoryDeduper(),
      }));
      watchGateway(client);
      // Not events.once: it would reject on an 'error' event while login is still pending.
      const ready = new Promise((resolve) => client?.once(Events.ClientReady, resolve));
      await client.login(settings.token).catch((error: unknown) => {
        throw loginError(error);
      });
      await ready;
      health = { state: 'connected' };
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
    // From the gateway's events: discord.js's `ws.status` stays Ready while a shard reconnects.
    health() {
      return health;
    },
    async stop() {
      // No new questions; the answers being sent finish (each REST call has a timeout), then the
      // gateway closes.
      await drain?.();
      await client?.destroy();
      client = undefined;
    },
  };

  function watchGateway(c: Client) {
    const up = () => {
      health = { state: 'connected' };
    };
    c.on(Events.ShardReady, up);
    c.on(Events.ShardResume, up);
    c.on(Events.ShardReconnecting, () => {
      if (health.state === 'connected')
        health = {
          state: 'reconnecting',
          since: performance.now(),
          reason: 'gateway reconnecting',
        };
    });
    c.on(Events.ShardDisconnect, (event) => {
      health = {
        state: 'closed',
        since: performance.now(),
        reason: `gateway closed: ${FATAL_CLOSE.get(event.code) ?? `code ${event.code}`}`,
      };
    });
  }
  return surface;
};
