import { App, type HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import { type Deduper, MemoryDeduper } from '../../src/dedupe.ts';
import type { Logger } from '../../src/log.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { Asker } from '../../src/surface.ts';
import { boltLogger, createScrubber } from './bolt-logger.ts';
import * as actions from './listeners/actions/index.ts';
import * as commands from './listeners/commands/index.ts';
import type { ListenerDeps } from './listeners/deps.ts';
import * as events from './listeners/events/index.ts';
import * as messages from './listeners/messages/index.ts';
import { renderedOnce } from './listeners/rendered.ts';
import { dropRetries } from './listeners/retries.ts';
import { HardenedReceiver } from './receiver.ts';
import type { ReceiverLimits } from './receiver-limits.ts';

export type SlackSettings = NonNullable<Config['slack']>;

export interface SlackAppOptions {
  /**
   * Socket Mode's wait before reconnecting, and its ping timeout (Slack's default 5000 ms). Tests
   * shorten it so a dropped socket comes back in a second.
   */
  clientPingTimeout?: number;
  /**
   * "Seen this already?" for Slack's retries and replayed requests. One process's memory by
   * default; a shared store (Redis) makes replicas answer each event once between them.
   */
  deduper?: Deduper;
  /**
   * How long /qcon waits for its answer to put it in the acknowledgement (default 1000 ms, or
   * SLACK_ACK_BUDGET_MS); a slower answer goes to the response_url.
   */
  ackBudgetMs?: number;
  /** HTTP mode: body size, timeouts, connection cap, clock skew (defaults in receiver-limits.ts). */
  limits?: Partial<ReceiverLimits>;
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
/** How long one call to Slack (Web API or response_url) may take before it counts as failed. */
const OUTGOING_TIMEOUT_MS = 5000;

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
    // Every call to Slack is bounded, so a hanging platform cannot hold a shutdown open: the Web
    // API through its own timeout, response_url posts (Bolt's respond) through this fetch.
    timeout: OUTGOING_TIMEOUT_MS,
    fetch: (url: string | URL | Request, init?: RequestInit) =>
      fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(OUTGOING_TIMEOUT_MS) }),
  };
  const deduper = options.deduper ?? new MemoryDeduper();
  const receiver = settings.appToken
    ? new SocketModeReceiver({
        appToken: settings.appToken,
        logger,
        // Socket Mode keeps its own patient retry policy for apps.connections.open: giving up
        // there would leave the bot deaf until restarted.
        installerOptions: { clientOptions: { ...apiUrl } },
        ...(options.clientPingTimeout ? { clientPingTimeout: options.clientPingTimeout } : {}),
      })
    : new HardenedReceiver({
        signingSecret: settings.signingSecret ?? '',
        port: settings.port,
        logger,
        log: context.logger,
        deduper,
        ...(options.limits ? { limits: options.limits } : {}),
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
    render: renderedOnce(),
    ackBudgetMs: options.ackBudgetMs ?? ackBudget(context.logger),
    deduper,
  };
  // Before every listener: a retried event that was already handled goes no further.
  dropRetries(app, deduper, context.logger);
  for (const listeners of [commands, actions, events, messages]) listeners.register(app, deps);
  app.error(async (error) => {
    context.logger.error(
      { error: scrub(`${error.name}: ${error.message}`) },
      'Slack listener failed',
    );
  });
  return { app, receiver, scrub };
}

/** SLACK_ACK_BUDGET_MS when it is a sensible number of milliseconds, else 1000. */
function ackBudget(logger: Logger): number {
  const raw = process.env.SLACK_ACK_BUDGET_MS;
  if (raw === undefined || raw.trim() === '') return 1000;
  const ms = Number(raw);
  if (Number.isInteger(ms) && ms >= 0 && ms <= 2500) return ms;
  logger.warn(
    'SLACK_ACK_BUDGET_MS must be a whole number of milliseconds from 0 to 2500; using 1000',
  );
  return 1000;
}

/** The Web API client joins method names to the base URL, so the base must end in a slash. */
function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
