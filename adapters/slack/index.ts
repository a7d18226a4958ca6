import type { AddressInfo } from 'node:net';
import type { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import {
  isNetworkError,
  networkReason,
  StartError,
  type Surface,
  type SurfaceContext,
  type SurfaceFactory,
  type SurfaceHealth,
} from '../../src/surface.ts';
import { createSlackApp, type SlackAppOptions } from './app.ts';
import type { SlackSettings } from './config.ts';

/** The Slack surface, when SLACK_BOT_TOKEN (and an app token or signing secret) is configured. */
export const slackSurface: SurfaceFactory = (context) =>
  context.config.slack ? createSlackSurface(context.config.slack, context) : undefined;

export interface SlackSurface extends Surface {
  /** HTTP mode: the port actually listened on (useful with port 0). */
  readonly port: number | undefined;
}

export interface SlackSurfaceOptions extends SlackAppOptions {
  /** HTTP mode: the interface to listen on; all interfaces unless set (tests use 127.0.0.1). */
  host?: string;
}

export function createSlackSurface(
  settings: SlackSettings,
  context: Pick<SurfaceContext, 'asker' | 'logger' | 'metrics' | 'deduper'>,
  options: SlackSurfaceOptions = {},
): SlackSurface {
  const logger = context.logger.child({ surface: 'slack' });
  // The deduper (shared through Redis when REDIS_URL is set) is what keeps a retried event from
  // being answered twice by another replica; the Slack app falls back to memory without it.
  const appContext = {
    asker: context.asker,
    logger,
    metrics: context.metrics,
    ...(context.deduper ? { deduper: context.deduper } : {}),
  };
  const { app, receiver, scrub } = createSlackApp(settings, appContext, options);
  const socketMode = settings.appToken !== undefined;
  let port: number | undefined;
  const socket = socketMode
    ? watchSocket((receiver as SocketModeReceiver).client, logger)
    : undefined;
  return {
    name: socketMode ? 'slack (Socket Mode)' : 'slack (HTTP)',
    get port() {
      return port;
    },
    connected() {
      return socket ? socket.connected() : port !== undefined;
    },
    health(): SurfaceHealth {
      if (socket) return socket.health();
      return port !== undefined
        ? { state: 'connected' }
        : { state: 'closed', reason: 'not listening' };
    },
    async start() {
      // Check the bot token first, so a wrong token is one clear line and not a stream of retries;
      // a network failure says Slack was not reached, not that the token is wrong.
      await app.init().catch((error: unknown) => {
        throw startError(error, 'SLACK_BOT_TOKEN', scrub);
      });
      if (socketMode) {
        await (receiver as SocketModeReceiver).start().catch((error: unknown) => {
          throw startError(error, 'SLACK_APP_TOKEN', scrub);
        });
      } else {
        const server = await (receiver as HTTPReceiver)
          .start({ port: settings.port, ...(options.host ? { host: options.host } : {}) })
          .catch((error: unknown) => {
            if ((error as { code?: string }).code === 'EADDRINUSE')
              throw new StartError(
                'config',
                `PORT ${settings.port} is already in use: set PORT to a free port`,
              );
            throw error;
          });
        port = (server.address() as AddressInfo | null)?.port;
      }
      logger.info(
        port ? { port } : {},
        socketMode ? 'connected to Slack over Socket Mode' : `listening for Slack on port ${port}`,
      );
    },
    async stop() {
      if (socket) {
        await socket.stop();
      } else {
        await app.stop();
        port = undefined;
      }
      logger.info('disconnected from Slack');
    },
  };
}

/**
 * The Socket Mode connection's state from the client's events: /healthz reads it, and the log
 * says when Slack (a `disconnect` message, which Slack sends routinely) or the network closed the
 * connection and when it came back, which Bolt only tells at debug level.
 */
function watchSocket(client: SocketModeReceiver['client'], logger: Logger) {
  let connected = false;
  let stopping = false;
  let lostAt: number | undefined;
  client.on('connected', () => {
    connected = true;
    if (lostAt !== undefined) {
      logger.info({ downMs: Math.round(performance.now() - lostAt) }, 'reconnected to Slack');
    }
    lostAt = undefined;
  });
  client.on('close', () => {
    connected = false;
    if (stopping || lostAt !== undefined) return;
    lostAt = performance.now();
    logger.info('Slack closed the Socket Mode connection; reconnecting');
  });
  for (const state of ['disconnected', 'reconnecting']) {
    client.on(state, () => {
      connected = false;
      lostAt ??= performance.now();
    });
  }
  return {
    connected: () => connected,
    health: (): SurfaceHealth =>
      connected
        ? { state: 'connected' }
        : {
            state: 'reconnecting',
            since: lostAt ?? performance.now(),
            reason: 'Socket Mode reconnecting',
          },
    async stop() {
      stopping = true;
      // Bolt 5.1's app.stop() returns before the socket is closed and can leave a 30-second
      // close-handshake timer behind; the Socket Mode client's disconnect() resolves only once
      // the socket is really gone, so the process (and a test) ends at once.
      await client.disconnect();
    },
  };
}

/**
 * Why Slack could not be started: a request that never reached Slack is a network failure
 * (exit 3), an answer refusing the token a configuration problem (exit 2) naming the variable.
 */
function startError(error: unknown, variable: string, scrub: (text: string) => string): Error {
  const e = error as {
    code?: string;
    message?: string;
    data?: { error?: string };
    original?: unknown;
  };
  if (e.code === 'slack_webapi_request_error' || isNetworkError(error)) {
    return new StartError('unreachable', scrub(`could not reach Slack: ${networkReason(error)}`), {
      cause: error,
    });
  }
  if (e.code === 'slack_webapi_platform_error') {
    return new StartError(
      'config',
      scrub(`Slack did not accept ${variable} (${e.data?.error ?? e.message})`),
      { cause: error },
    );
  }
  return new Error(scrub(`Slack could not be started: ${e.message ?? String(error)}`), {
    cause: error,
  });
}
