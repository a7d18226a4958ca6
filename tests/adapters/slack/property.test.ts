import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText } from '../../../adapters/slack/mrkdwn.ts';
import type { SlackMessage } from '../../../adapters/slack/render-blocks.ts';
import { talkRef } from '../../../src/model.ts';
import type { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import {
  blockAction,
  directMessage,
  eventCallback,
  homeOpened,
  mention,
  slashCommand,
  USER,
} from '../../fakes/slack/payloads.ts';
import { hostileNotes, hostileQuestions, seeded } from '../hostile-input.ts';
import { botOnDisk } from '../notes-bot.ts';
import { buttons, type LiveSlack, liveSlack } from './harness.ts';
import { problems } from './message-problems.ts';

/**
 * Property test: for each seed, two notes posts of hostile talks in a temporary content folder,
 * the live bot over them, and the real Bolt app in Socket Mode against the fake Slack; seeded
 * hostile questions as /qcon (as typed, and as Slack delivers them, escaped), as mentions and as
 * direct messages, the App Home, then a click on every button the answers offer. Everything that
 * reaches Slack must be a message Slack takes that mentions no one, and nothing may fail.
 */
const SEEDS = [11, 22, 37, 44, 59, 66];
const QUESTIONS = 30;
/** How long answers may take to come (the test fails saying which did not). */
const SETTLE_MS = 120_000;

type Message = SlackMessage & Record<string, unknown>;

/** What must hold of every message the bot sends; the failures, said. */
function problemsOf(message: Message | undefined, what: string): string[] {
  if (!message) return [`${what}: no answer`];
  const found = problems(message).map((p) => `${what}: ${p}`);
  // Slack turns `@here` and `#channel` into live ones only when asked to.
  if (message.link_names !== undefined || message.parse === 'full')
    found.push(`${what}: link_names/parse`);
  if (message.text.trim() === '' && message.blocks.length === 0) found.push(`${what}: empty`);
  return found;
}

describe.each(SEEDS)('Slack property, seed %i: hostile notes and questions', (seed) => {
  let slack: LiveSlack;
  let fake: FakeSlack;
  let remove: () => Promise<void>;
  /** Every talk in full, by its reference: the longest notes and most links there are. */
  let talkQuestions: string[];
  let log: LiveSlack['log'];
  const random = seeded(seed);

  beforeAll(async () => {
    // Two posts, or a dozen (more events and topics than a message or a menu shows).
    const files = seed % 2 === 0 ? 12 : 2;
    const names = ['Alpha', 'Beta', ...Array.from({ length: files - 2 }, (_, i) => `Gamma${i}`)];
    const notes = await botOnDisk(
      Object.fromEntries(
        names.map((name) => [`${name.toLowerCase()}.md`, hostileNotes(random, name)]),
      ),
    );
    remove = notes.remove;
    talkQuestions = notes.library.talks.map((t) => `talk ${talkRef(t)}`);
    slack = await liveSlack(notes.bot, { contentDir: notes.dir });
    ({ fake, log } = slack);
  });

  afterAll(async () => {
    giveUp.abort();
    await slack?.close();
    await remove?.();
  });

  /** Ends the waits still running when the test is over. */
  const giveUp = new AbortController();
  /**
   * Resolves when `done` holds, or after `SETTLE_MS` (the checks then say what is missing):
   * on a busy machine the last of many answers asked at once can take over 30 s.
   */
  const settled = (done: () => boolean) =>
    Promise.race([
      fake.waitFor(() => done() || undefined),
      sleep(SETTLE_MS, undefined, { signal: giveUp.signal }).catch(() => undefined),
    ]);

  it(
    'sends only messages Slack takes, mentioning no one, for every question and click',
    async () => {
      const questions = [...hostileQuestions(random, QUESTIONS), ...talkQuestions.slice(0, 30)];
      const failures: string[] = [];
      const check = (message: unknown, what: string): void => {
        failures.push(...problemsOf(message as Message | undefined, what));
      };
      const said = (q: string | undefined) => JSON.stringify(q?.slice(0, 60));

      // /qcon: the answer comes in the acknowledgement.
      const typed = questions.flatMap((q) => [q, escapeText(q)]);
      const answers = await Promise.all(
        typed.map((q, i) => fake.send('slash_commands', slashCommand(fake, q, `s${seed}-${i}`))),
      );
      for (const [i, answer] of answers.entries()) check(answer, `/qcon ${said(typed[i])}`);

      // Mentions (answered in a thread), direct messages and the Home tab: posted with the Web API.
      const posted = () => fake.calls.filter((c) => c.method === 'chat.postMessage');
      for (const [i, q] of questions.entries()) {
        const ts = `1700000${String(i).padStart(3, '0')}.000001`;
        const event =
          i % 2 === 0
            ? mention(`<@UQCONBOT> ${escapeText(q)}`, ts)
            : directMessage(escapeText(q), ts);
        await fake.send('events_api', eventCallback(event, `e${seed}-${i}`));
      }
      await fake.send('events_api', eventCallback(homeOpened(), `home${seed}`));
      await settled(() => posted().length >= questions.length);
      for (const call of posted()) check(call.args, `post ${said(String(call.args.text))}`);
      expect(posted()).toHaveLength(questions.length);
      const home = await fake.call('views.publish');
      const view = home.args.view as { blocks: unknown[] };
      failures.push(
        ...problems({ text: 'home', blocks: view.blocks as never }).map((p) => `home: ${p}`),
      );

      // Every button with a value, clicked once: paging, suggestions, Details, Share.
      const clicks = answers.flatMap((answer, i) =>
        buttons(answer as { blocks?: unknown })
          .filter((b) => b.value !== undefined)
          .map((b, j) => ({ button: b, id: `c${seed}-${i}-${j}`, from: typed[i] })),
      );
      const before = posted().length;
      for (const { button, id } of clicks)
        await fake.send('interactive', blockAction(fake, button as never, id));
      const shares = clicks.filter((c) => c.button.action_id.startsWith('qcon_share')).length;
      const replied = (id: string) => fake.responses.some((r) => r.id === id);
      await settled(
        () =>
          posted().length - before >= shares &&
          clicks.every((c) => c.button.action_id.startsWith('qcon_share') || replied(c.id)),
      );
      for (const { button, id, from } of clicks) {
        if (button.action_id.startsWith('qcon_share')) continue;
        const response = fake.responses.find((r) => r.id === id);
        check(response?.body, `${button.label} under ${said(from)}`);
      }
      // Share names who shared, by a mention of the clicker: ours, not the text's.
      const sharer = `<@${USER}> shared this`;
      for (const call of posted().slice(before)) {
        const args = JSON.parse(JSON.stringify(call.args).replace(sharer, 'Someone shared this'));
        if (!JSON.stringify(call.args).includes(sharer)) failures.push('shared: who shared?');
        check(args, `shared ${said(String(call.args.text))}`);
      }
      expect(clicks.length).toBeGreaterThan(questions.length);

      expect(failures).toEqual([]);
      expect(log.lines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
      expect(JSON.stringify(answers[0])).toMatch(/Alpha|Beta/);
    },
    4 * SETTLE_MS,
  );
});
