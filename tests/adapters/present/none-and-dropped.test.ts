import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import { renderMessage } from '../../../adapters/discord/render-embeds.ts';
import { renderBlocks } from '../../../adapters/slack/render-blocks.ts';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { visibleText } from '../slack/harness.ts';

/** What a person reads of one answer in the terminal, in Slack and in Discord. */
function everywhere(answer: Answer): string[] {
  const discord = renderMessage(answer);
  return [
    renderText(answer),
    visibleText(renderBlocks(answer, { command: '/qcon', shareable: true })),
    [discord.content, ...discord.embeds.flatMap((e) => [e.title, e.description])].join('\n'),
  ];
}

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

describe('answers that say what was not found', () => {
  it('names the speaker nobody in the notes is, and offers the closest names', () => {
    const answer = bot.ask('talks by Marta Podilla');
    for (const text of everywhere(answer)) {
      expect(text).toContain('No speaker or company named “Marta Podilla” in the notes');
      expect(text).not.toContain('No talk matches');
    }
    // Slack and Discord offer the suggestions as buttons; the terminal writes them out.
    expect(renderText(answer)).toContain('Close names: talks by Sharma Podila?');
  });

  it('takes a name a slip away from one speaker’s, in either order, for that speaker', () => {
    for (const text of everywhere(bot.ask('talks by Podilla Sharmo')))
      expect(text).toContain('1 talk by Sharma Podila');
  });

  it('says which words were left out when no talk matches the whole question', () => {
    for (const text of everywhere(bot.ask('talks by Andrew Spyker on thursday'))) {
      expect(text).toContain(
        'No talk matches the whole question: these match it without “on thursday”.',
      );
      expect(text).toContain('Container mgmt at Netflix');
    }
  });

  it('names the subject no talk mentions, not the whole sentence it was asked in', () => {
    const cases: [string, string][] = [
      ['Kafka?', 'No talk mentions “kafka”'],
      ['what about kafka?', 'No talk matches “what about kafka?”: no talk mentions “kafka”'],
      ['is there a talk about quantum computing?', 'no talk mentions “quantum computing”'],
      ['quantum and zorblax', 'no talk mentions “quantum” or “zorblax”'],
    ];
    for (const [asked, said] of cases)
      for (const text of everywhere(bot.ask(asked))) expect(text, asked).toContain(said);
  });
});
