import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import {
  REST,
  type RESTGetAPIGatewayBotResult,
  Routes,
  type Shard,
  ShardingManager,
} from 'discord.js';
import type { Surface, SurfaceContext, SurfaceHealth } from '../../src/surface.ts';
import { type DiscordSettings, loginError, restOptions } from './client.ts';
import { shardMetrics } from './shard-metrics.ts';

/** The script each shard process runs: config, content and one client, as `npm start` loads them. */
const SHARD_FILE = fileURLToPath(new URL('./shard.ts', import.meta.url));
/** Discord lets `max_concurrency` shards identify per 5 s; discord.js waits 5.5 s by default. */
const IDENTIFY_WINDOW_MS = 5500;
/** A shard's own shutdown (finish answers, close the gateway) must end this long before ours. */
const SHARD_STOP_MARGIN_MS = 1000;

/**
 * DISCORD_SHARDS: discord.js's ShardingManager spawns one child process per shard, each running
 * `shard.ts` — the same Node, through tsx, with the same content. This process only supervises:
 * discord.js respawns a shard that dies, and `connected()` is true when every shard is ready.
 */
export function shardedSurface(context: SurfaceContext, settings: DiscordSettings): Surface {
  const log = context.logger.child({ surface: 'discord' });
  let manager: ShardingManager | undefined;
  // A shard stopping on purpose reports a disconnect and a death too: those are not news.
  let stopping = false;
  /** Each shard's connection, from its events, for /healthz. */
  const states = new Map<number, SurfaceHealth>();
  return {
    name: 'discord',
    async start() {
      const gateway = await gatewayBot(settings);
      const count = settings.shards === 'auto' ? gateway.shards : (settings.shards ?? 1);
      const concurrency = gateway.session_start_limit.max_concurrency;
      manager = new ShardingManager(SHARD_FILE, {
        token: settings.token,
        totalShards: count,
        // Children are plain `node`: load tsx the way adapters/qcon.js does, by absolute URL so
        // the working directory does not matter.
        execArgv: ['--import', import.meta.resolve('tsx')],
      });
      manager.on('shardCreate', (shard) => watch(shard));
      log.info({ shards: count }, `discord: starting ${count} shard process(es)`);
      // discord.js starts the shards one after another, each once the last is ready; it need not
      // also wait out the identify window while Discord lets every shard identify at once.
      await manager.spawn({
        amount: count,
        delay: count <= concurrency ? 0 : Math.ceil(IDENTIFY_WINDOW_MS / concurrency),
      });
      log.info({ shards: count }, 'discord: every shard is ready');
    },
    metrics() {
      return Promise.all(
        [...(manager?.shards.values() ?? [])].map((shard) => shardMetrics(shard)),
      ).then((all) => all.filter((m) => m !== undefined));
    },
    connected() {
      const shards = [...(manager?.shards.values() ?? [])];
      return shards.length === manager?.totalShards && shards.every((shard) => shard.ready);
    },
    health() {
      const all = [...states.values()];
      const closed = all.find((s) => s.state === 'closed');
      if (closed) return closed;
      if (this.connected?.()) return { state: 'connected' };
      const since = Math.min(...all.map((s) => s.since ?? performance.now()), performance.now());
      return { state: 'reconnecting', since, reason: 'shards not all ready' };
    },
    async stop() {
      if (!manager) return;
      stopping = true;
      manager.respawn = false;
      await Promise.all(
        manager.shards.map(async (shard) => {
          const [code, signal] = await stopShard(
            shard,
            Math.max(1000, context.config.shutdownMs - SHARD_STOP_MARGIN_MS),
          );
          log.info({ shard: shard.id, code, signal }, 'discord: shard stopped');
        }),
      );
      manager = undefined;
    },
  };

  function watch(shard: Shard) {
    const at = { shard: shard.id };
    const down = (state: SurfaceHealth['state'], reason: string) => {
      const was = states.get(shard.id);
      states.set(shard.id, {
        state,
        since: was?.since ?? performance.now(),
        reason: `shard ${shard.id}: ${reason}`,
      });
    };
    down('reconnecting', 'starting');
    shard.on('ready', () => {
      states.set(shard.id, { state: 'connected' });
      log.info(at, 'discord: shard ready');
    });
    shard.on('reconnecting', () => {
      down('reconnecting', 'gateway reconnecting');
      if (!stopping) log.warn(at, 'discord: shard reconnecting');
    });
    // A shard's client emits this only when its gateway is closed for good (e.g. 4004, 4014).
    shard.on('disconnect', () => {
      if (stopping) return;
      states.set(shard.id, {
        state: 'closed',
        since: performance.now(),
        reason: `shard ${shard.id}: gateway closed for good`,
      });
      log.warn(at, 'discord: shard disconnected');
    });
    shard.on('death', (child) => {
      if (!stopping) down('reconnecting', 'process died');
      if (!stopping)
        log.error(
          { ...at, exitCode: 'exitCode' in child ? child.exitCode : undefined },
          'discord: shard process died; discord.js starts it again',
        );
    });
    shard.on('error', (error) => log.error({ ...at, err: error }, 'discord: shard error'));
  }
}

/** SIGTERM (shard.kill) lets the shard finish and disconnect; one that hangs is killed outright. */
async function stopShard(shard: Shard, withinMs: number): Promise<[number | null, string | null]> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null)
    return [child?.exitCode ?? null, child?.signalCode ?? null];
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  shard.kill();
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs);
  const result = await exited;
  clearTimeout(timer);
  return result;
}

/**
 * The recommended shard count and identify concurrency, asked through the same REST settings as
 * the client (discord.js's own `fetchRecommendedShardCount` ignores DISCORD_API_URL).
 */
async function gatewayBot(settings: DiscordSettings): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST(restOptions(settings)).setToken(settings.token);
  try {
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    throw loginError(error);
  }
}
