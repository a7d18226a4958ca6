import { config as loadDotenv } from 'dotenv';
import { Bot } from '../../src/bot.ts';
import { loadConfig } from '../../src/config.ts';
import { loadBot } from '../../src/load-bot.ts';
import { createLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { formatProblem } from '../../src/model.ts';
import { serve } from '../../src/serve.ts';
import { clientSurface } from './index.ts';
import { isMetricsRequest, METRICS_MESSAGE, type MetricsReply } from './shard-metrics.ts';

/**
 * One shard process, spawned by discord.js's ShardingManager (see sharded.ts), which passes the
 * shard in SHARDS / SHARD_COUNT; the client reads them itself. It loads configuration and content
 * exactly as `npm start` does and serves Discord only: Slack and the health server stay with the
 * parent, which also owns DISCORD_SHARDS. SIGTERM from the parent stops it like `npm start`.
 */
loadDotenv({ quiet: true });
const loaded = loadConfig(process.env);
if (!loaded.ok || !loaded.config.discord) {
  process.stderr.write(
    `discord shard: configuration problems: ${loaded.ok ? 'no DISCORD_TOKEN' : loaded.problems.join('; ')}\n`,
  );
  process.exit(2);
}
const { slack: _slack, healthPort: _health, ...config } = loaded.config;
const { shards: _shards, ...discord } = loaded.config.discord;
const logger = createLogger(config.logLevel).child({ shard: Number(process.env.SHARDS) });
const content = await loadBot(config.contentDir, config.cacheDir);
if (content.problems.length > 0) {
  for (const problem of content.problems)
    logger.error({ problem: formatProblem(problem) }, 'content problem');
  process.exit(1);
}
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
  bot: content.bot ?? new Bot(content.library),
  content,
  config: { ...config, discord },
  logger,
  explicitLogLevel: true,
  metrics,
  factories: [clientSurface],
  chat: async () => {},
});
process.exit(code);
