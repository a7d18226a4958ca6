import type { AddressInfo } from 'node:net';
import type { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
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
  context: Pick<SurfaceContext, 'asker' | 'logger'>,
  options: SlackSurfaceOptions = {},
): SlackSurface {
  const logger = context.logger.child({ surface: 'slack' });
  const { app, receiver, scrub } = createSlackApp(
    settings,
    { asker: context.asker, logger },
    options,
  );
  const socketMode = settings.appToken !== undefined;
  let port: number | undefined;
  let connected = false;
  if (socketMode) {
    // The Socket Mode client reports its state as events; /healthz reads the last one.
    const client = (receiver as SocketModeReceiver).client;
    client.on('connected', () => {
      connected = true;
    });
    for (const state of ['disconnected', 'reconnecting']) {
      client.on(state, () => {
        connected = false;
      });
    }
  }
  return {
    name: socketMode ? 'slack (Socket Mode)' : 'slack (HTTP)',
    get port() {
      return port;
    },
    connected() {
      return socketMode ? connected : port !== undefined;
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
      if (socketMode) {
        // Bolt 5.1's app.stop() returns before the socket is closed and can leave a 30-second
        // close-handshake timer behind; the Socket Mode client's disconnect() resolves only once
        // the socket is really gone, so the process (and a test) ends at once.
        await (receiver as SocketModeReceiver).client.disconnect();
      } else {
        await app.stop();
        port = undefined;
      }
      logger.info('disconnected from Slack');
    },
  };
}
