import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import {
  blockAction,
  CHANNEL,
  directMessage,
  eventCallback,
  homeOpened,
  mention,
  slashCommand,
  USER,
} from '../../fakes/slack/payloads.ts';
import { buttons, capturedLogger, countingBot, startSurface, visibleText } from './harness.ts';

let fake: FakeSlack;
let surface: SlackSurface;
const log = capturedLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  surface = await startSurface(fake, 'socket', (await countingBot()).asker, log.logger);
  await fake.waitForConnections(1);
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

let ids = 0;
/** Runs `/qcon <text>`: the answer comes in the acknowledgement, nothing at the response_url. */
async function slash(text: string) {
  const id = `cmd-${++ids}`;
  const reply = (await fake.send('slash_commands', slashCommand(fake, text, id))) as Record<
    string,
    unknown
  >;
  return { reply, id };
}

async function click(value: { action_id: string; value?: string }, ephemeral = true) {
  const id = `click-${++ids}`;
  await fake.send('interactive', blockAction(fake, value, id, { ephemeral }));
  return id;
}

describe('Slack over Socket Mode', () => {
  it('answers /qcon microservices in the acknowledgement, only for the asker, and nothing more', async () => {
    const { reply, id } = await slash('microservices');
    expect(reply.response_type).toBe('ephemeral');
    const text = visibleText(reply);
    expect(text).toContain('talks for “microservices”');
    expect(text).toContain('The deadly sins of microservices');
    expect(text).toContain('Daniel Bryant (OpenCredo)');
    const labels = buttons(reply).map((b) => b.label);
    expect(labels).toContain('Details');
    expect(labels).toContain('Slides');
    expect(labels).toContain('Share in channel');
    // One answer: the response_url stays unused (a click on the answer would use it later).
    await slash('help');
    expect(fake.responses.map((r) => r.id)).not.toContain(id);
  });

  it('shows help for an empty /qcon', async () => {
    const { reply } = await slash('');
    expect(visibleText(reply)).toContain('/qcon topic &lt;name&gt;');
  });

  it('pages with Next, replacing the ephemeral answer, and Previous comes back', async () => {
    const { reply } = await slash('list');
    const next = buttons(reply).find((b) => b.label.startsWith('Next'));
    expect(next).toBeDefined();
    const page2 = (await fake.response(await click(next as never))).body;
    expect(page2.replace_original).toBe(true);
    expect(visibleText(page2)).toContain('Page 2 of');
    expect(visibleText(page2)).not.toEqual(visibleText(reply));
    const previous = buttons(page2).find((b) => b.label.includes('Previous'));
    const page1 = (await fake.response(await click(previous as never))).body;
    expect(visibleText(page1)).toContain('Page 1 of');
  });

  it('opens one talk in full with Details, as a new message', async () => {
    const { reply } = await slash('uber');
    const details = buttons(reply).find((b) => b.label === 'Details');
    const talk = (await fake.response(await click(details as never))).body;
    expect(talk.replace_original).toBe(false);
    const text = visibleText(talk);
    expect(text).toContain('Lessons learned on Ubers journey into microservices');
    expect(buttons(talk).map((b) => b.label)).toEqual(
      expect.arrayContaining(['Description', 'Slides', 'Video']),
    );
    expect(text).toContain('Related talks');
  });

  it('shares an answer publicly, saying who shared it', async () => {
    const { reply } = await slash('netflix');
    const share = buttons(reply).find((b) => b.label === 'Share in channel');
    const before = fake.calls.length;
    await click(share as never);
    const post = await fake.waitFor(() =>
      fake.calls.slice(before).find((c) => c.method === 'chat.postMessage'),
    );
    expect(post.args.channel).toBe(CHANNEL);
    expect(visibleText(post.args)).toContain(`<@${USER}> shared this from`);
    expect(visibleText(post.args)).toContain('Container mgmt at Netflix');
    expect(buttons(post.args).map((b) => b.label)).not.toContain('Share in channel');
  });

  it('offers did-you-mean suggestions as buttons that ask again', async () => {
    // One clear typo is answered directly; a typo beside a word no talk has gets "did you mean",
    // and the word no talk has nor anything near it is named.
    const { reply } = await slash('secority polcy');
    expect(visibleText(reply)).toContain(
      'No talk matches “secority polcy”: no talk mentions “polcy”',
    );
    const suggestion = buttons(reply).find((b) => b.label === 'security');
    const answer = (await fake.response(await click(suggestion as never))).body;
    expect(answer.replace_original).toBe(true);
    expect(visibleText(answer)).toContain('Security in cloud environments');
  });

  it('answers a mention publicly in a thread (not other bots), and pages under it privately', async () => {
    const before = fake.calls.length;
    const fromBot = { ...mention('<@UQCONBOT> netflix', '1700000100.000050'), bot_id: 'BOTHER' };
    await fake.send('events_api', eventCallback(fromBot, 'm0'));
    await fake.send(
      'events_api',
      eventCallback(mention('<@UQCONBOT> cryptocurrency', '1700000100.000100'), 'm1'),
    );
    const post = await fake.waitFor(() =>
      fake.calls.slice(before).find((c) => c.method === 'chat.postMessage'),
    );
    expect(post.args.channel).toBe(CHANNEL);
    expect(post.args.thread_ts).toBe('1700000100.000100');
    expect(visibleText(post.args)).toContain('Cryptocurrency key storage');
    expect(fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);

    // Paging under a public reply answers the clicker alone and leaves the thread as it was.
    const next = await click({ action_id: 'qcon_page:next', value: '{"q":"list","p":2}' }, false);
    const page = (await fake.response(next)).body;
    expect(page).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(page)).toContain('Page 2 of');
  });

  it('answers a direct message in the DM and ignores bots and edits', async () => {
    const before = fake.calls.length;
    const bots = [
      directMessage('talk uber', '1700000200.000001', { bot_id: 'BOTHER', subtype: 'bot_message' }),
      directMessage('talk uber', '1700000200.000002', { user: 'UQCONBOT', bot_id: 'BQCON' }),
      directMessage('talk uber', '1700000200.000003', { subtype: 'message_changed' }),
    ];
    for (const [i, dm] of bots.entries()) {
      await fake.send('events_api', eventCallback(dm, `bot${i}`));
    }
    await fake.send(
      'events_api',
      eventCallback(directMessage('terraform', '1700000200.000004'), 'dm'),
    );
    const post = await fake.waitFor(() =>
      fake.calls.slice(before).find((c) => c.method === 'chat.postMessage'),
    );
    expect(post.args.channel).toBe('DALICE');
    expect(post.args.thread_ts).toBeUndefined();
    expect(visibleText(post.args)).toContain('Implementing Infrastructure as Code');
    expect(fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('publishes the App Home with events, topics and how to ask', async () => {
    await fake.send('events_api', eventCallback(homeOpened(), 'home'));
    const publish = await fake.call('views.publish');
    expect(publish.args.user_id).toBe(USER);
    const text = visibleText(publish.args);
    expect(text).toContain('QCon New York 2016');
    expect(text).toContain('Architecture');
    expect(text).toContain('/qcon');
  });

  it('answers a topic button clicked in the App Home in the user’s DM with the app', async () => {
    const publish = await fake.call('views.publish');
    const topic = buttons(publish.args.view as never).find((b) => b.label === 'Security');
    const before = fake.calls.length;
    await fake.send('interactive', blockAction(fake, topic as never, 'home-1', { fromHome: true }));
    const post = await fake.waitFor(() =>
      fake.calls.slice(before).find((c) => c.method === 'chat.postMessage'),
    );
    expect(post.args.channel).toBe(USER);
    expect(visibleText(post.args)).toContain('in topic Security');
  });

  it('tells the user to invite the bot when sharing is refused, and keeps answering', async () => {
    const { reply } = await slash('netflix');
    const share = buttons(reply).find((b) => b.label === 'Share in channel');
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const refused = (await fake.response(await click(share as never))).body;
    expect(String(refused.text)).toContain('/invite');
    expect((await slash('help')).reply.response_type).toBe('ephemeral');
  });

  // Slack's 500s, 429s, expired response_urls and dropped connections: faults.test.ts.
  it('never writes a token into the log', () => {
    const all = log.lines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toMatch(/xox[bp]-|xapp-/);
  });
});
