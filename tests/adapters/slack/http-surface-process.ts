/**
 * The Slack surface in HTTP mode in a process of its own, so a test can read that process's
 * memory alone (slow-uploads.test.ts). Listens on 127.0.0.1, prints `{"port":…}` once ready, and
 * exits when its parent closes stdin. The receiver's limits come from the environment, as in
 * production (SLACK_REQUEST_TIMEOUT_MS and the others).
 * Usage: node --import tsx tests/adapters/slack/http-surface-process.ts <fake Slack API URL>
 */
import { createSlackSurface } from '../../../adapters/slack/index.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { BOT_TOKEN } from '../../fakes/slack/fake-slack.ts';
import { shippedBot } from '../../helpers.ts';
import { SIGNING_SECRET } from './harness.ts';

const [apiUrl = ''] = process.argv.slice(2);
const bot = await shippedBot();
const surface = createSlackSurface(
  { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl, command: '/qcon', port: 0 },
  { asker: bot, logger: createLogger('warn', { pretty: false }), metrics: new Metrics() },
  { host: '127.0.0.1' },
);
await surface.start();
process.stdout.write(`${JSON.stringify({ port: surface.port })}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
