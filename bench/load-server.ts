/**
 * The two servers `npm run bench:load` measures, in a process of their own so the load generator
 * does not share their event loop: the Slack surface in HTTP mode as `npm start` runs it (live
 * bot over the shipped content, question log, metrics, rate limit) and a baseline Bolt app
 * (Bolt's own HTTPReceiver, a /qcon listener that acks and posts a static message to the
 * response_url). Prints their ports as one JSON line; exits when
 * its parent closes stdin, so it never outlives the benchmark.
 * Usage (by bench/load.ts): node --import tsx bench/load-server.ts <sink URL> <signing secret>
 */
import { fileURLToPath } from 'node:url';
import { App, HTTPReceiver } from '@slack/bolt';
import { boltLogger, createScrubber } from '../adapters/slack/bolt-logger.ts';
import { createSlackSurface } from '../adapters/slack/index.ts';
import { LiveBot } from '../src/live-bot.ts';
import { loadBot } from '../src/load-bot.ts';
import { createLogger } from '../src/log.ts';
import { Metrics } from '../src/metrics.ts';
import { QuestionLimiter } from '../src/rate-limit.ts';

const [sink = '', signingSecret = ''] = process.argv.slice(2);
const CONTENT = fileURLToPath(new URL('../content', import.meta.url));
const BOT_TOKEN = 'xoxb-0000000000-0000000000000-benchbottokenvalue';
const apiUrl = `${sink}/api/`;

// What the process writes for each question, to stderr as in production (the parent discards it).
const logger = createLogger('info', { pretty: false });
const loaded = await loadBot(CONTENT);
if (!loaded.bot) throw new Error(`content problems: ${JSON.stringify(loaded.problems)}`);
const metrics = new Metrics();
const live = new LiveBot(loaded.bot, {
  contentDir: CONTENT,
  logger,
  metrics,
  limiter: new QuestionLimiter({ questions: 10, seconds: 30 }),
});

const bot = createSlackSurface(
  { botToken: BOT_TOKEN, signingSecret, apiUrl, command: '/qcon', port: 0 },
  { asker: live, logger, metrics },
  { host: '127.0.0.1' },
);
await bot.start();

// The baseline: everything Bolt does for a signed slash command (signature check, body parsing,
// middleware, ack) and the least a real app does after it, one static message to the
// response_url, and nothing of ours.
const noopReceiver = new HTTPReceiver({
  signingSecret,
  logger: boltLogger(logger, createScrubber([BOT_TOKEN, signingSecret])),
});
const noop = new App({
  token: BOT_TOKEN,
  receiver: noopReceiver,
  clientOptions: { slackApiUrl: apiUrl },
  deferInitialization: true,
  // As adapters/slack/app.ts configures Bolt, so the baseline differs from the bot only in work.
  convoStore: false,
});
noop.command('/qcon', async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: 'ephemeral', text: 'Thanks, noted.' });
});
await noop.init();
const server = await noopReceiver.start({ port: 0, host: '127.0.0.1' });
const noopPort = (server.address() as { port: number }).port;

process.stdout.write(`${JSON.stringify({ bot: bot.port, noop: noopPort })}\n`);

process.stdin.resume();
process.stdin.on('end', async () => {
  // A keep-alive connection left open must not keep the benchmark waiting.
  setTimeout(() => process.exit(0), 2000).unref();
  await Promise.allSettled([bot.stop(), noop.stop(), live.close()]);
  process.exit(0);
});
