import type { AddressInfo } from 'node:net';
import type { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import type { Surface, SurfaceContext, SurfaceFactory } from '../../src/surface.ts';
import { createSlackApp, type SlackAppOptions, type SlackSettings } from './app.ts';

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
  context: Pick<SurfaceContext, 'asker' | 'logger' | 'metrics'>,
  options: SlackSurfaceOptions = {},
): SlackSurface {
  const logger = context.logger.child({ surface: 'slack' });
  const { app, receiver, scrub } = createSlackApp(
    settings,
    { asker: context.asker, logger, metrics: context.metrics },
    options,
  );
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
    async start() {
      // Check the bot token first, so a wrong token is one clear line and not a stream of retries.
      await app.init().catch((error: Error) => {
        throw new Error(scrub(`Slack did not accept SLACK_BOT_TOKEN (${error.message})`));
      });
      if (socketMode) {
        await (receiver as SocketModeReceiver).start();
      } else {
        const server = await (receiver as HTTPReceiver).start({
          port: settings.port,
          ...(options.host ? { host: options.host } : {}),
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
    });
  }
  return {
    connected: () => connected,
    async stop() {
      stopping = true;
      // Bolt 5.1's app.stop() returns before the socket is closed and can leave a 30-second
      // close-handshake timer behind; the Socket Mode client's disconnect() resolves only once
      // the socket is really gone, so the process (and a test) ends at once.
      await client.disconnect();
    },
  };
}
