import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

/** Anything shaped like a Slack token: bot, user, app-level, refresh, configuration. */
const TOKEN = /\b(?:xox[a-z]|xapp|xoxe(?:\.xox[a-z])?)-[A-Za-z0-9-]+/g;
/** response_urls and webhooks let anyone post as the app for a while; Socket Mode tickets open a socket. */
const CAPABILITY_URL = /(https:\/\/hooks\.slack\.com\/)[^\s"'\\]+|([?&]ticket=)[^\s"'&\\]+/g;

/**
 * Removes secrets from text before it is logged. pino's redaction only sees object keys, and Bolt,
 * the Web API client and Socket Mode log plain strings (request bodies and URLs at debug level), so
 * their strings are scrubbed here: every token-shaped word and each configured secret.
 */
export function createScrubber(secrets: (string | undefined)[]): (text: string) => string {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return (text) => {
    let clean = text
      .replace(TOKEN, '[redacted]')
      .replace(
        CAPABILITY_URL,
        (_m, hook?: string, ticket?: string) => `${hook ?? ticket}[redacted]`,
      );
    for (const secret of known) clean = clean.split(secret).join('[redacted]');
    return clean;
  };
}

/** Bolt's Logger interface over the project's pino logger, so every line is one JSON log line. */
export function boltLogger(logger: Logger, scrub: (text: string) => string): BoltLogger {
  let level = toBoltLevel(logger.level);
  // Bolt and the Web API client log several debug lines per request (bodies as JSON); building and
  // scrubbing them only when the level is on keeps that cost off every request at `info`.
  const log = (at: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]) => {
    if (logger.isLevelEnabled(at)) logger[at](scrub(parts.map(describe).join(' ')));
  };
  return {
    debug: (...parts) => log('debug', parts),
    info: (...parts) => log('info', parts),
    warn: (...parts) => log('warn', parts),
    error: (...parts) => log('error', parts),
    setLevel: (next) => {
      // The process's LOG_LEVEL decides; Bolt asking for another level is remembered, not obeyed.
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

function toBoltLevel(level: string): LogLevel {
  switch (level) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}
