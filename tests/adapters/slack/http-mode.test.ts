import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import {
  blockAction,
  CHANNEL,
  eventCallback,
  mention,
  slashCommand,
} from '../../fakes/slack/payloads.ts';
import {
  buttons,
  countingBot,
  FORM,
  form,
  postSigned,
  startSurface,
  visibleText,
} from './harness.ts';

let fake: FakeSlack;
let surface: SlackSurface;
let asked: string[];
let firstAnswer: { blocks?: unknown } = {};

beforeAll(async () => {
  fake = await FakeSlack.start();
  const counting = await countingBot();
  asked = counting.asked;
  surface = await startSurface(fake, 'http', counting.asker);
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const post = (body: string, type: string, options: { timestamp?: number; secret?: string } = {}) =>
  postSigned(surface.port, body, type, options);

describe('Slack over HTTP (signed requests)', () => {
  it('listens on 127.0.0.1 as asked', () => {
    expect(surface.port).toBeGreaterThan(0);
  });

  it('answers a signed /qcon with 200 and the talks in the response body, and only there', async () => {
    const response = await post(form(slashCommand(fake, 'prometheus', 'h1')), FORM);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const reply = (await response.json()) as Record<string, unknown>;
    expect(reply.response_type).toBe('ephemeral');
    expect(visibleText(reply)).toContain('Think before you tool');
    firstAnswer = reply;
    // The answer is not sent a second time to the response_url.
    await post(form(slashCommand(fake, 'help', 'h1b')), FORM);
    expect(fake.responses.map((r) => r.id)).not.toContain('h1');
  });

  it('answers a signed button click and a signed mention', async () => {
    const details = buttons(firstAnswer).find((b) => b.label === 'Details');
    const click = blockAction(fake, details as never, 'h2');
    expect((await post(form({ payload: JSON.stringify(click) }), FORM)).status).toBe(200);
    expect(visibleText((await fake.response('h2')).body)).toContain('Related talks');

    const event = eventCallback(mention('<@UQCONBOT> coinbase', '1700000300.000001'), 'h3');
    expect((await post(JSON.stringify(event), 'application/json')).status).toBe(200);
    const reply = await fake.call('chat.postMessage');
    expect(reply.args.channel).toBe(CHANNEL);
    expect(visibleText(reply.args)).toContain('Cryptocurrency key storage');
  });

  it('answers Slack’s URL verification challenge', async () => {
    const response = await post(
      JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 't' }),
      'application/json',
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('c-123');
  });

  it('rejects a forged signature with 401 before the core sees it', async () => {
    const before = asked.length;
    const response = await post(form(slashCommand(fake, 'forged', 'h4')), FORM, {
      secret: 'ffffffffffffffffffffffffffffffff',
    });
    expect(response.status).toBe(401);
    expect(asked.slice(before)).toEqual([]);
  });

  it('rejects a correctly signed request older than five minutes with 401 (replay)', async () => {
    const before = asked.length;
    const response = await post(form(slashCommand(fake, 'replayed', 'h5')), FORM, {
      timestamp: now() - 6 * 60,
    });
    expect(response.status).toBe(401);
    expect(asked.slice(before)).toEqual([]);
    expect(fake.responses.map((r) => r.id)).not.toContain('h5');
  });
});
