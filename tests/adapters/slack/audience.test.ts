import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionLimiter } from '../../../src/rate-limit.ts';
import type { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import {
  blockAction,
  CHANNEL,
  eventCallback,
  mention,
  slashCommand,
  USER,
} from '../../fakes/slack/payloads.ts';
import { CONTENT_DIR, shippedBot } from '../../helpers.ts';
import { buttons, type LiveSlack, liveSlack, visibleText } from './harness.ts';

/**
 * Who sees an answer, end to end: the real LiveBot with a rate limit of three questions, so the
 * fourth is a "Slow down", and the Slack surface against the fake. A "Slow down" is for the asker
 * alone, whichever way the question came (here: Share in channel, and a mention).
 */
let slack: LiveSlack;
let fake: FakeSlack;

beforeAll(async () => {
  slack = await liveSlack(await shippedBot(), {
    contentDir: CONTENT_DIR,
    limiter: new QuestionLimiter({ questions: 3, seconds: 3600 }),
  });
  fake = slack.fake;
});

afterAll(() => slack?.close());

/** A slash command's answer: it comes in the acknowledgement itself. */
const command = async (text: string, id: string) =>
  (await fake.send('slash_commands', slashCommand(fake, text, id))) as Record<string, unknown>;

const postsSince = (since: number) =>
  fake.calls.slice(since).filter((c) => c.method === 'chat.postMessage');

describe('Slack: who sees an answer', () => {
  it('shares publicly within the limit, and keeps a rate-limited Share private', async () => {
    const list = await command('netflix', 'a1');
    expect(list.response_type).toBe('ephemeral');
    const share = buttons(list).find((b) => b.label === 'Share in channel');
    expect(share).toBeDefined();

    // Question 2: shared in the channel.
    let since = fake.calls.length;
    await fake.send('interactive', blockAction(fake, share as never, 'a2'));
    const shared = await fake.waitFor(() => postsSince(since)[0]);
    expect(shared.args.channel).toBe(CHANNEL);
    expect(visibleText(shared.args)).toContain('Container mgmt at Netflix');

    // Question 3 uses up the limit; question 4, a second Share, is rate limited.
    await command('uber', 'a3');
    since = fake.calls.length;
    await fake.send('interactive', blockAction(fake, share as never, 'a4'));
    const notice = (await fake.response('a4')).body;
    expect(notice.response_type).toBe('ephemeral');
    expect(notice.replace_original).toBe(false);
    expect(visibleText(notice)).toMatch(/Slow down/);
    expect(buttons(notice).map((b) => b.label)).not.toContain('Share in channel');
    // Nothing was posted where the channel can see it.
    expect(postsSince(since)).toEqual([]);
  });

  it('answers a rate-limited mention to the asker alone, in the thread, not in the channel', async () => {
    const since = fake.calls.length;
    const ts = '1700000900.000001';
    await fake.send('events_api', eventCallback(mention('<@UQCONBOT> netflix', ts), 'a5'));
    const notice = await fake.waitFor(() =>
      fake.calls.slice(since).find((c) => c.method === 'chat.postEphemeral'),
    );
    expect(notice.args).toMatchObject({ channel: CHANNEL, user: USER, thread_ts: ts });
    expect(visibleText(notice.args)).toMatch(/Slow down/);
    expect(postsSince(since)).toEqual([]);
  });

  it('keeps a rate-limited slash command private, with nothing to share', async () => {
    const notice = await command('netflix', 'a6');
    expect(notice.response_type).toBe('ephemeral');
    expect(visibleText(notice)).toMatch(/Slow down/);
    expect(buttons(notice)).toEqual([]);
  });
});
