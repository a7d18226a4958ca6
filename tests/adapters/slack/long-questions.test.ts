import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeState } from '../../../adapters/slack/button-state.ts';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { LIMITS } from '../../../adapters/slack/limits.ts';
import type { Bot } from '../../../src/bot.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { blockAction, CHANNEL, slashCommand } from '../../fakes/slack/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { titles } from '../notes-bot.ts';
import { buttons, countingBot, startSurface, visibleText } from './harness.ts';

/**
 * Questions as long as the bot takes (500 characters), paged and shared through the real Bolt
 * app against the fake Slack. The words that matter come last: a button that carried a cut
 * question (the core echoes 200 characters, the button kept 400) paged another question's list.
 */
const LONG_QUESTION =
  'talks about microservices or containers or culture or security or learning or cloud or ' +
  'netflix or uber or docker or devops or infrastructure or lyft or buffer, I am preparing an ' +
  'internal summary for my team and would love to see every one of them, so please list all ' +
  'of them with their speakers and companies and slides and videos where the notes have them, ' +
  'because we want to pick what to watch together at our next lunch and learn session on ' +
  'friday but not netflix';

let fake: FakeSlack;
let surface: SlackSurface;
let bot: Bot;

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = await shippedBot();
  // The live bot's way: the platform's text is prepared (unescaped) before it is answered.
  surface = await startSurface(fake, 'socket', (await countingBot()).asker);
  await fake.waitForConnections(1);
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

let ids = 0;
async function slash(text: string): Promise<Record<string, unknown>> {
  return (await fake.send('slash_commands', slashCommand(fake, text, `long-${++ids}`))) as Record<
    string,
    unknown
  >;
}

async function press(button: { action_id: string; value?: string } | undefined) {
  const id = `long-click-${++ids}`;
  await fake.send('interactive', blockAction(fake, button as never, id));
  return id;
}

async function click(button: { action_id: string; value?: string } | undefined) {
  return (await fake.response(await press(button))).body as Record<string, unknown>;
}

const button = (message: Record<string, unknown>, label: string) =>
  buttons(message).find((b) => b.label.includes(label));

describe('Slack: long questions in buttons', () => {
  it('pages a 466-character question whole: page 2 is of the question asked, not of its first 400 characters', async () => {
    expect(LONG_QUESTION.length).toBeGreaterThan(400);
    expect(LONG_QUESTION.length).toBeLessThanOrEqual(500);
    const first = await slash(LONG_QUESTION);
    const next = button(first, 'Next');
    expect(decodeState(next?.value)).toEqual({ q: LONG_QUESTION, p: 2 });
    const page2 = await click(next);
    expect(visibleText(page2)).toContain('Page 2 of 2');
    // The question's last words leave the Netflix talk out; a cut question listed it here.
    expect(visibleText(page2)).not.toContain('Container mgmt at Netflix');
    for (const title of titles(await bot.ask(LONG_QUESTION, { page: 2 })))
      expect(visibleText(page2)).toContain(title);
    const back = await click(button(page2, 'Previous'));
    expect(visibleText(back)).toContain('Page 1 of 2');
  });

  it('shares the page of a long question for the channel, whole', async () => {
    const page2 = await click(button(await slash(LONG_QUESTION), 'Next'));
    const before = fake.calls.length;
    await press(button(page2, 'Share in channel'));
    const post = await fake.waitFor(() =>
      fake.calls.slice(before).find((c) => c.method === 'chat.postMessage'),
    );
    expect(post.args.channel).toBe(CHANNEL);
    expect(visibleText(post.args)).toContain('Page 2 of 2');
    expect(visibleText(post.args)).not.toContain('Container mgmt at Netflix');
  });

  it('keeps a question that ends in "page 2" on the page its button says', async () => {
    const second = await slash(`${LONG_QUESTION} page 2`);
    expect(visibleText(second)).toContain('Page 2 of 2');
    const first = await click(button(second, 'Previous'));
    expect(visibleText(first)).toContain('Page 1 of 2');
  });

  it('carries 500 characters of brackets and ampersands within a value, and asks them exactly', async () => {
    // As Slack delivers `<&>` typed in a command: escaped.
    const typed = `all talks ${'&lt;&amp;&gt; '.repeat(120)}`;
    const first = await slash(typed);
    const next = button(first, 'Next');
    expect(next?.value?.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    const asked = `all talks ${'<&> '.repeat(120)}`.trim();
    expect(decodeState(next?.value)).toEqual({ q: asked, p: 2 });
    expect(next?.value).not.toMatch(/[<>&]/);
    const page2 = await click(next);
    expect(visibleText(page2)).toContain('Page 2 of 2');
  });
});
