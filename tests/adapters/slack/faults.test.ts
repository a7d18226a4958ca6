import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { Metrics } from '../../../src/metrics.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import {
  blockAction,
  CHANNEL,
  directMessage,
  eventCallback,
  mention,
  slashCommand,
  USER,
} from '../../fakes/slack/payloads.ts';
import { buttons, capturedLogger, countingBot, startSurface, visibleText } from './harness.ts';

/**
 * Faults injected by the fake Slack, one at a time. Each test proves what an operator and a user
 * would notice: the bot stays up, the log says what Slack answered, /metrics counts the failed
 * call, the user hears something (the answer after a retry, or an apology), and the next question
 * is answered.
 */
let fake: FakeSlack;
let surface: SlackSurface;
const log = capturedLogger();
const metrics = new Metrics();

const ACK_BUDGET_MS = 50;
let delay: { ms: number };

beforeAll(async () => {
  fake = await FakeSlack.start();
  const bot = await countingBot();
  delay = bot.delay;
  surface = await startSurface(fake, 'socket', bot.asker, log.logger, metrics, {
    ackBudgetMs: ACK_BUDGET_MS,
    // A dropped socket is reconnected after this long (Socket Mode's default is 5 s).
    clientPingTimeout: 1000,
  });
  await fake.waitForConnections(1);
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

/** qcon_platform_api_errors_total{surface="slack"} as GET /metrics shows it. */
async function platformErrors(): Promise<number> {
  const text = await metrics.registry.getSingleMetricAsString('qcon_platform_api_errors_total');
  return Number(/\{surface="slack"\} (\d+)/.exec(text)?.[1] ?? 0);
}

let ids = 0;
/** `/qcon <text>`'s answer, which comes in the acknowledgement. */
async function slash(text: string) {
  const id = `cmd-${++ids}`;
  return (await fake.send('slash_commands', slashCommand(fake, text, id))) as {
    blocks?: unknown;
  };
}

/** Runs `work` with answers slower than the acknowledgement budget, so they go to the response_url. */
async function slowly<T>(work: () => Promise<T>): Promise<T> {
  delay.ms = ACK_BUDGET_MS * 3;
  try {
    return await work();
  } finally {
    delay.ms = 0;
  }
}

/** The first call of `method` since call number `since` that Slack took (what a user sees). */
function delivered(method: string, since: number) {
  return fake.waitFor(() => fake.calls.slice(since).find((c) => c.method === method && !c.failed));
}

/** Sends an event and resolves with the first message the bot gets posted after it. */
async function eventReply(event: Record<string, unknown>) {
  const since = fake.calls.length;
  await fake.send('events_api', eventCallback(event, `e${++ids}`));
  return delivered('chat.postMessage', since);
}

let ts = 0;
const nextTs = () => `1700000500.${String(++ts).padStart(6, '0')}`;

describe('Slack faults', () => {
  it('retries a Web API 500 that clears up, so the answer still arrives and nothing is counted', async () => {
    const before = await platformErrors();
    fake.failNext('chat.postMessage', { status: 500 });
    const reply = await eventReply(mention('<@UQCONBOT> netflix', nextTs()));
    expect(visibleText(reply.args)).toContain('Container mgmt at Netflix');
    expect(await platformErrors()).toBe(before);
  });

  it('apologises in the thread when the Web API keeps answering 500, logs the status, and answers the next mention', async () => {
    const before = await platformErrors();
    // The client tries three times in all before giving up.
    fake.failNext('chat.postMessage', { status: 500 }, 3);
    const thread = nextTs();
    const apology = await eventReply(mention('<@UQCONBOT> netflix', thread));
    expect(apology.args).toMatchObject({ channel: CHANNEL, thread_ts: thread });
    expect(String(apology.args.text)).toMatch(/^Sorry/);
    const line = await log.waitFor((l) => l.msg === 'mention answer failed');
    expect(line).toMatchObject({ level: 40, status: 500 });
    expect(await platformErrors()).toBe(before + 1);
    const next = await eventReply(mention('<@UQCONBOT> zipkin', nextTs()));
    expect(visibleText(next.args)).toContain('Think before you tool');
  });

  it('does not wait out a 429 with Retry-After: logs the wait, apologises in the DM, and answers the next one', async () => {
    const before = await platformErrors();
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const apology = await eventReply(directMessage('terraform', nextTs()));
    expect(apology.args.channel).toBe('DALICE');
    expect(String(apology.args.text)).toMatch(/^Sorry/);
    const line = await log.waitFor((l) => l.msg === 'direct message answer failed');
    expect(line).toMatchObject({ retryAfter: 30, reason: 'slack_webapi_rate_limited_error' });
    expect(await platformErrors()).toBe(before + 1);
    const next = await eventReply(directMessage('terraform', nextTs()));
    expect(visibleText(next.args)).toContain('Implementing Infrastructure as Code');
  });

  it('apologises when sharing meets a 429, through the response_url', async () => {
    const share = buttons(await slash('netflix')).find((b) => b.label === 'Share in channel');
    const before = await platformErrors();
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 5 });
    const id = `click-${++ids}`;
    await fake.send('interactive', blockAction(fake, share as never, id));
    expect(String((await fake.response(id)).body.text)).toMatch(/^Sorry/);
    expect(await log.waitFor((l) => l.msg === 'share failed')).toMatchObject({ retryAfter: 5 });
    expect(await platformErrors()).toBe(before + 1);
  });

  it('acknowledges a slow /qcon empty at once and sends its answer to the response_url, once', async () => {
    const id = `cmd-${++ids}`;
    const started = performance.now();
    const ack = await slowly(async () => {
      const acked = await fake.send('slash_commands', slashCommand(fake, 'zipkin', id));
      expect(performance.now() - started).toBeLessThan(ACK_BUDGET_MS * 3);
      return acked;
    });
    expect(ack).toEqual({});
    const reply = (await fake.response(id)).body;
    expect(reply.response_type).toBe('ephemeral');
    expect(visibleText(reply)).toContain('Think before you tool');
    await slash('help');
    expect(fake.responses.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('apologises through the Web API when a /qcon response_url has expired (404 expired_url)', async () => {
    const before = await platformErrors();
    fake.failNext('respond', { status: 404 });
    const since = fake.calls.length;
    const apology = await slowly(async () => {
      // Too slow for the acknowledgement: acked empty, then the response_url (which fails).
      expect(
        await fake.send('slash_commands', slashCommand(fake, 'netflix', `cmd-${++ids}`)),
      ).toEqual({});
      return delivered('chat.postEphemeral', since);
    });
    expect(apology.args).toMatchObject({ channel: CHANNEL, user: USER });
    expect(String(apology.args.text)).toMatch(/^Sorry/);
    const line = await log.waitFor((l) => l.msg === 'slash command answer failed');
    expect(line).toMatchObject({ status: 404 });
    expect(await platformErrors()).toBe(before + 1);
    expect(visibleText(await slash('netflix'))).toContain('Container mgmt at Netflix');
  });

  it('apologises when a button is clicked after its response_url expired', async () => {
    const details = buttons(await slash('uber')).find((b) => b.label === 'Details');
    const before = await platformErrors();
    fake.failNext('respond', { status: 404 });
    const since = fake.calls.length;
    await fake.send('interactive', blockAction(fake, details as never, `click-${++ids}`));
    const apology = await delivered('chat.postEphemeral', since);
    expect(String(apology.args.text)).toMatch(/^Sorry/);
    const line = await log.waitFor((l) => /^qcon_details\S* click failed$/.test(l.msg));
    expect(line).toMatchObject({ status: 404 });
    expect(await platformErrors()).toBe(before + 1);
  });

  it('counts and logs both failures when the apology fails too, and still answers the next /qcon', async () => {
    const before = await platformErrors();
    fake.failNext('respond', { status: 404 });
    fake.failNext('chat.postEphemeral', { error: 'channel_not_found' });
    const line = await slowly(async () => {
      await fake.send('slash_commands', slashCommand(fake, 'netflix', `cmd-${++ids}`));
      return log.waitFor((l) => l.msg === 'apology after slash command answer failed');
    });
    expect(line.reason).toBe('channel_not_found');
    expect(await platformErrors()).toBe(before + 2);
    expect(visibleText(await slash('zipkin'))).toContain('Think before you tool');
  });

  it('logs a Socket Mode disconnect message, reconnects, and answers the next /qcon', async () => {
    const connected = fake.connections;
    fake.sendDisconnect();
    await log.waitFor((l) => l.msg === 'Slack closed the Socket Mode connection; reconnecting');
    await fake.waitForConnections(connected + 1);
    await log.waitFor((l) => l.msg === 'reconnected to Slack');
    expect(surface.connected?.()).toBe(true);
    expect(visibleText(await slash('zipkin'))).toContain('Think before you tool');
  });

  it('reconnects after the socket drops without a close handshake, and answers the next /qcon', async () => {
    const connected = fake.connections;
    const reconnects = log.lines.filter((l) => l.includes('reconnected to Slack')).length;
    fake.dropSockets();
    await fake.waitForConnections(connected + 1);
    await log.waitFor(
      () => log.lines.filter((l) => l.includes('reconnected to Slack')).length > reconnects,
    );
    expect(visibleText(await slash('zipkin'))).toContain('Think before you tool');
  });
});
