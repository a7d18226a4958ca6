import { Metrics } from '../../src/metrics.ts';
import { serve } from '../../src/serve.ts';
import { loadEnvironment, startUp } from '../../src/start-up.ts';
import { discordPlatform } from './config.ts';
import { clientSurface } from './index.ts';
import { isMetricsRequest, METRICS_MESSAGE, type MetricsReply } from './shard-metrics.ts';

/**
 * One shard process, spawned by discord.js's ShardingManager (see sharded.ts), which passes the
 * shard in SHARDS / SHARD_COUNT; the client reads them itself. It starts up exactly as `npm start`
 * does (src/start-up.ts: .env, configuration, logger, content) but reads only Discord's variables
 * and serves Discord only: Slack and the health server stay with the parent, which also owns
 * DISCORD_SHARDS. With REDIS_URL every shard limits and de-duplicates against the same Redis.
 * SIGTERM from the parent stops it like `npm start`.
 */
loadEnvironment();
const started = await startUp([discordPlatform], { name: 'discord shard' });
if (typeof started === 'number') process.exit(started);
if (!started.config.discord) {
  process.stderr.write('discord shard: DISCORD_TOKEN is not set\n');
  process.exit(2);
}
const { healthPort: _health, ...config } = started.config;
const { shards: _shards, ...discord } = started.config.discord;
const logger = started.logger.child({ shard: Number(process.env.SHARDS) });
// The parent going away (even killed outright) must not leave a shard answering on its own.
process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
// serve() listens for a signal once the client runs. One that comes earlier ends a shard that has
// nothing to finish yet; one more during the shutdown must not cut it short (an abrupt exit leaves
// the gateway session open at Discord), so this listener stays and ignores it.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) > 1) stopping = true;
    else if (!stopping) process.exit(0);
  });
}
// The parent's GET /metrics asks every shard for its counts over the IPC channel and sums them.
const metrics = new Metrics();
process.on('message', async (message: unknown) => {
  if (!isMetricsRequest(message)) return;
  const reply: MetricsReply = {
    kind: METRICS_MESSAGE,
    id: message.id,
    metrics: await metrics.registry.getMetricsAsJSON(),
  };
  process.send?.(reply);
});
// Exit explicitly: the IPC channel to the parent would keep this process alive after serve returns.
const code = await serve({
  ...started,
  config: { ...config, discord },
  logger,
  explicitLogLevel: true,
  metrics,
  factories: [clientSurface],
});
process.exit(code);
