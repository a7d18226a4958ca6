import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * Follow-ups in Slack, end to end: a user asks, then asks "who gave it?" as a person would, and
 * the bot answers about the talk it just listed; another user's "who gave it?" in the same
 * channel has no earlier answer to go on. A mention's answer is a thread, where a reply follows
 * it up too.
 */
let slack: LiveSlack;
let fake: FakeSlack;

beforeAll(async () => {
  slack = await liveSlack(await shippedBot(), { contentDir: CONTENT_DIR });
  fake = slack.fake;
});

afterAll(() => slack?.close());

const command = async (text: string, id: string, user = USER) =>
  visibleText(
    await fake.send('slash_commands', { ...slashCommand(fake, text, id), user_id: user }),
  );

const NETFLIX = 'Container mgmt at Netflix';
/** Words of the Netflix talk's notes (not of its card): shown only when the talk is open in full. */
const NETFLIX_NOTES = 'Image Layering';

describe('Slack: follow-ups', () => {
  it('answers "who gave it?" about the talk just listed, for that user only', async () => {
    expect(await command('netflix', 'f1')).toContain(NETFLIX);
    const who = await command('who gave it?', 'f2');
    expect(who).toContain(`About “${NETFLIX}”, number 1 of your last list`);
    expect(who).toContain('Andrew Spyker');
    // Bob, in the same channel, asked nothing before.
    const bob = await command('who gave it?', 'f3', 'UBOB');
    expect(bob).toMatch(/Which talk\?/);
    expect(bob).not.toContain('Andrew Spyker');
  });

  it('follows a mention up in the thread its answer started', async () => {
    const ts = '1700001000.000001';
    let since = fake.calls.length;
    await fake.send('events_api', eventCallback(mention('<@UQCONBOT> netflix', ts), 'f4'));
    const list = await fake.waitFor(() =>
      fake.calls.slice(since).find((c) => c.method === 'chat.postMessage'),
    );
    expect(list.args).toMatchObject({ channel: CHANNEL, thread_ts: ts });
    since = fake.calls.length;
    const reply = mention('<@UQCONBOT> and the slides?', '1700001000.000002', ts);
    await fake.send('events_api', eventCallback(reply, 'f5'));
    const slides = await fake.waitFor(() =>
      fake.calls.slice(since).find((c) => c.method === 'chat.postMessage'),
    );
    expect(slides.args).toMatchObject({ thread_ts: ts });
    expect(visibleText(slides.args)).toContain(`About “${NETFLIX}”`);
    const slideButton = buttons(slides.args as { blocks?: unknown }).find(
      (b) => b.label === 'Slides',
    );
    expect(slideButton?.url).toContain('schedulingfullerhouse_nflx.pdf');
  });

  it('answers one fact about a talk already open briefly, with a button for the whole talk', async () => {
    expect(await command(`talk ${NETFLIX}`, 'f6')).toContain(NETFLIX_NOTES);
    const slides = await fake.send('slash_commands', slashCommand(fake, 'slides?', 'f7'));
    expect(visibleText(slides)).toContain(`About “${NETFLIX}”, the talk you opened`);
    expect(visibleText(slides)).not.toContain(NETFLIX_NOTES);
    const found = buttons(slides as { blocks?: unknown });
    expect(found.find((b) => b.label === 'Slides')?.url).toContain(
      'schedulingfullerhouse_nflx.pdf',
    );
    const whole = found.find((b) => b.label === 'Whole talk');
    expect(whole).toBeDefined();
    await fake.send('interactive', blockAction(fake, whole as never, 'f8'));
    expect(visibleText((await fake.response('f8')).body)).toContain(NETFLIX_NOTES);
  });
});
