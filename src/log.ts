import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks wherever a token, secret or credential header could end up in a log line. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
  'config.slack',
  'config.discord',
  // A REDIS_URL may carry a password.
  'redisUrl',
  '*.redisUrl',
];

/**
 * Discord interaction and webhook URLs carry a token valid for 15 minutes (`/interactions/<id>/
 * <token>/callback`, `/webhooks/<app>/<token>/…`) and turn up inside error objects of failed
 * calls (DiscordAPIError's `url`, stack traces, nested causes) where no path list can reach.
 * Every line is cleaned as it is written instead, wherever the URL hides in it.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d{15,25}\/)[^/\s"'?\\]+/g;

export function withoutUrlTokens(line: string): string {
  return line.replace(URL_TOKEN, '$1[redacted]');
}

/** JSON lines when not a terminal (for collectors), readable lines in one; always on stderr. */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  const base = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: undefined,
    hooks: { streamWrite: withoutUrlTokens },
  };
  if (pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return pino(base, pino.destination({ fd: 2, sync: true }));
}
