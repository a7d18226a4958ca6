import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { Asker } from '../../src/surface.ts';
import { boltLogger, createScrubber } from './bolt-logger.ts';
import * as actions from './listeners/actions/index.ts';
import * as commands from './listeners/commands/index.ts';
import type { ListenerDeps } from './listeners/deps.ts';
import * as events from './listeners/events/index.ts';
import * as messages from './listeners/messages/index.ts';

export type SlackSettings = NonNullable<Config['slack']>;

export interface SlackAppOptions {
  /**
   * Socket Mode's wait before reconnecting, and its ping timeout (Slack's default 5000 ms). Tests
   * shorten it so a dropped socket comes back in a second.
   */
  clientPingTimeout?: number;
}

export interface SlackApp {
  app: App;
  receiver: SocketModeReceiver | HTTPReceiver;
  scrub: (text: string) => string;
}

/**
 * The Bolt app: Socket Mode when an app token is configured (no public URL needed), else HTTP on
 * PORT with request signatures checked by Bolt. Thin on purpose: listeners live in listeners/.
 */
export function createSlackApp(
  settings: SlackSettings,
  context: { asker: Asker; logger: Logger; metrics: Metrics },
  options: SlackAppOptions = {},
): SlackApp {
  const scrub = createScrubber([settings.botToken, settings.appToken, settings.signingSecret]);
  const logger = boltLogger(context.logger, scrub);
  const apiUrl = settings.apiUrl ? { slackApiUrl: withSlash(settings.apiUrl) } : {};
  const clientOptions = {
    ...apiUrl,
    // An answer minutes late is worse than an apology now: few, quick retries, and no waiting out
    // rate limits (the user gets an apology instead).
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 },
    rejectRateLimitedCalls: true,
  };
  const receiver = settings.appToken
    ? new SocketModeReceiver({
        appToken: settings.appToken,
        logger,
        // Socket Mode keeps its own patient retry policy for apps.connections.open: giving up
        // there would leave the bot deaf until restarted.
        installerOptions: { clientOptions: { ...apiUrl } },
        ...(options.clientPingTimeout ? { clientPingTimeout: options.clientPingTimeout } : {}),
      })
    : new HTTPReceiver({
        signingSecret: settings.signingSecret ?? '',
        port: settings.port,
        logger,
      });
  // Deferred so the token check (auth.test) happens in start(), where a rejection is reported
  // cleanly, instead of as an unhandled promise in the constructor.
  const app = new App({
    token: settings.botToken,
    receiver,
    logger,
    clientOptions,
    deferInitialization: true,
    // No conversation state on the server (buttons carry theirs); Bolt's default in-memory store
    // would otherwise look up, and throw an Error for, every event.
    convoStore: false,
  });
  const deps: ListenerDeps = {
    asker: context.asker,
    command: settings.command,
    logger: context.logger,
    metrics: context.metrics,
    scrub,
  };
  for (const listeners of [commands, actions, events, messages]) listeners.register(app, deps);
  app.error(async (error) => {
    context.logger.error(
      { error: scrub(`${error.name}: ${error.message}`) },
      'Slack listener failed',
    );
  });
  return { app, receiver, scrub };
}

/** The Web API client joins method names to the base URL, so the base must end in a slash. */
function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
