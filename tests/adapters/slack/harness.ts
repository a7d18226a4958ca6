import { createHmac } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import {
  createSlackSurface,
  type SlackSurface,
  type SlackSurfaceOptions,
} from '../../../adapters/slack/index.ts';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { LiveBot, type LiveBotOptions } from '../../../src/live-bot.ts';
import { REDACT_PATHS } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import type { Asker, AskOptions } from '../../../src/surface.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack, waitUntil } from '../../fakes/slack/fake-slack.ts';
import { shippedBot } from '../../helpers.ts';

export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

export const FORM = 'application/x-www-form-urlencoded';
export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** POSTs to /slack/events as Slack does: body signed with v0 = HMAC-SHA256(secret, v0:ts:body). */
export function postSigned(
  port: number | undefined,
  body: string,
  type: string,
  options: { timestamp?: number; secret?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { ...signedHeaders(body, type, options), ...options.headers },
    body,
  });
}

/** The headers Slack sends with `body`: its type, the timestamp and the v0 signature. */
export function signedHeaders(
  body: string,
  type: string,
  options: { timestamp?: number; secret?: string } = {},
): Record<string, string> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return {
    'content-type': type,
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': `v0=${signature}`,
  };
}

/**
 * The real bot, counting questions, so a test can tell that a request never reached the core.
 * `delay.ms` above 0 makes every answer that much late, as a slow shared store would.
 */
export async function countingBot(): Promise<{
  asker: Asker;
  asked: string[];
  delay: { ms: number };
}> {
  const bot = await shippedBot();
  const asked: string[] = [];
  const delay = { ms: 0 };
  return {
    asked,
    delay,
    asker: {
      // As the live bot does: the platform's text is prepared (unescaped) before answering.
      ask: (text: string, options?: AskOptions): Answer | Promise<Answer> => {
        const question = options?.prepare ? options.prepare(text) : text;
        asked.push(question);
        const answer = bot.ask(question, options?.page ? { page: options.page } : {});
        return delay.ms > 0 ? sleep(delay.ms).then(() => answer) : answer;
      },
      complete: (typed, limit) => bot.complete(typed, limit),
    },
  };
}

/** One JSON log line, with the fields the fault tests look at. */
export interface LogLine {
  level: number;
  msg: string;
  what?: string;
  reason?: string;
  status?: number;
  retryAfter?: number;
}

/**
 * A pino logger like the process's (same redaction), writing JSON lines into an array; `waitFor`
 * resolves with the first line that matches, now or once it is written.
 */
export function capturedLogger() {
  const lines: string[] = [];
  const written = new EventEmitter();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      written.emit('line');
      done();
    },
  });
  const logger = pino(
    { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    sink,
  );
  const waitFor = (matches: (line: LogLine) => boolean) =>
    waitUntil(written, 'line', () => lines.map((l) => JSON.parse(l) as LogLine).find(matches));
  return { logger, lines, waitFor };
}

/**
 * The project's Slack surface against the fake, in Socket Mode or HTTP mode on 127.0.0.1, with
 * Socket Mode's own ping timeout: at a shortened one a burst on a busy machine had the client
 * miss a pong, drop the connection and reconnect mid-test (tests of reconnecting shorten it).
 */
export async function startSurface(
  fake: FakeSlack,
  mode: 'socket' | 'http',
  asker: Asker,
  logger = capturedLogger().logger,
  metrics = new Metrics(),
  options: SlackSurfaceOptions = {},
): Promise<SlackSurface> {
  const surface = createSlackSurface(
    {
      botToken: BOT_TOKEN,
      ...(mode === 'socket' ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET }),
      apiUrl: fake.apiUrl,
      command: '/qcon',
      port: 0,
    },
    { asker, logger, metrics },
    { host: '127.0.0.1', ...options },
  );
  await surface.start();
  return surface;
}

/** The fake Slack, the real LiveBot over `bot` and the Socket Mode surface between them. */
export interface LiveSlack {
  fake: FakeSlack;
  surface: SlackSurface;
  live: LiveBot;
  log: ReturnType<typeof capturedLogger>;
  close(): Promise<void>;
}

/**
 * A connected Socket Mode surface over a LiveBot answering from `bot` (the way `npm start`
 * serves), for tests of what users see; `close()` stops all three.
 */
export async function liveSlack(
  bot: Bot,
  options: Omit<LiveBotOptions, 'logger' | 'metrics'>,
): Promise<LiveSlack> {
  const log = capturedLogger();
  const metrics = new Metrics();
  const live = new LiveBot(bot, { ...options, logger: log.logger, metrics });
  const fake = await FakeSlack.start();
  const surface = await startSurface(fake, 'socket', live, log.logger, metrics);
  await fake.waitForConnections(1);
  return {
    fake,
    surface,
    live,
    log,
    close: async () => {
      await surface.stop();
      await live.close();
      await fake.close();
    },
  };
}

/** Every text a person could read in a message or view, for "what the user sees" assertions. */
export function visibleText(message: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown, key?: string) => {
    if (typeof node === 'string' && key === 'text') texts.push(node);
    else if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) if (k !== 'value') walk(v, k);
    }
  };
  walk(message);
  return texts.join('\n');
}

/** The buttons of a message, by their label. */
export function buttons(message: {
  blocks?: unknown;
}): { label: string; action_id: string; value?: string; url?: string }[] {
  const found: { label: string; action_id: string; value?: string; url?: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'button') {
        found.push({
          label: String((n.text as { text: string }).text),
          action_id: String(n.action_id),
          ...(typeof n.value === 'string' ? { value: n.value } : {}),
          ...(typeof n.url === 'string' ? { url: n.url } : {}),
        });
      }
      for (const v of Object.values(n)) walk(v);
    }
  };
  walk(message.blocks);
  return found;
}
