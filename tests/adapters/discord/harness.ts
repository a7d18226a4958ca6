import { EventEmitter } from 'node:events';
import pino from 'pino';
import { discordSurface } from '../../../adapters/discord/index.ts';
import { Metrics } from '../../../src/metrics.ts';
import type { Asker, Surface } from '../../../src/surface.ts';
import {
  type FakeDiscord,
  type RecordedRequest,
  waitUntil,
} from '../../fakes/discord/fake-discord.ts';

/** A token of the shape the config accepts; the fake checks it on REST and Identify. */
export const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEd.fake-discord-token-for-tests-only';

export interface LogLine {
  level: number;
  msg: string;
  code?: number;
  what?: string;
}

/** Log lines kept in memory, so a test can wait for the one that says a failure was handled. */
export function memoryLog() {
  const lines: LogLine[] = [];
  const events = new EventEmitter();
  const logger = pino(
    { level: 'debug', base: undefined },
    {
      write: (line: string) => {
        lines.push(JSON.parse(line) as LogLine);
        events.emit('line');
      },
    },
  );
  const waitFor = (matches: (line: LogLine) => boolean) =>
    waitUntil(events, 'line', () => lines.find(matches));
  return { logger, lines, waitFor };
}

/** The Discord surface as `qcon start` builds it, pointed at the fake. */
export async function startSurface(fake: FakeDiscord, bot: Asker, guildId?: string) {
  const log = memoryLog();
  const metrics = new Metrics();
  const surface = discordSurface({
    asker: bot,
    config: {
      contentDir: '',
      logLevel: 'debug',
      healthHost: '127.0.0.1',
      rateLimit: { questions: 1000, seconds: 1 },
      shutdownMs: 10_000,
      discord: { token: TOKEN, apiUrl: fake.apiUrl, ...(guildId ? { guildId } : {}) },
    },
    logger: log.logger,
    metrics,
  }) as Surface;
  await surface.start();
  return { surface, log, metrics };
}

/** The bot's reply to one message: the channel message that references it. */
export function replyTo(messageId: string) {
  return (r: RecordedRequest) =>
    r.method === 'POST' &&
    /^\/channels\/\d+\/messages$/.test(r.path) &&
    r.body?.message_reference?.message_id === messageId;
}

/** The callback answering one interaction. */
export function callbackOf(interactionId: string) {
  return (r: RecordedRequest) => r.path.startsWith(`/interactions/${interactionId}/`);
}
