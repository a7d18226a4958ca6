import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import { renderMessage } from '../../../adapters/discord/render-embeds.ts';
import { renderBlocks } from '../../../adapters/slack/render-blocks.ts';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { visibleText } from '../slack/harness.ts';

/** The same answer on the three surfaces, as the text a person reads on each. */
function onEverySurface(answer: Answer): Record<'terminal' | 'slack' | 'discord', string> {
  const discord = renderMessage(answer);
  return {
    terminal: renderText(answer),
    slack: visibleText(renderBlocks(answer, { command: '/qcon', shareable: true })),
    discord: [
      discord.content,
      ...discord.embeds.flatMap((e) => [
        e.title,
        e.description,
        ...(e.fields ?? []).map((f) => f.value),
      ]),
    ].join('\n'),
  };
}

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

describe('one voice on every surface', () => {
  it.each([
    ['netflix', 'Andrew Spyker and Sharma Podila (Netflix) · Devops · QCon New York 2016'],
    ['microservices', 'Daniel Bryant (OpenCredo) · Architecture · QCon New York 2016'],
    ['zipkin', 'speaker unknown · Devops · QCon New York 2016'],
    ['talk culture for learning', 'Co-founder, Recurse Center · Culture · QCon New York 2016'],
  ])(
    'writes the byline of "%s" the same way in the terminal, Slack and Discord',
    (question, line) => {
      for (const [surface, text] of Object.entries(onEverySurface(bot.ask(question)))) {
        expect(text, surface).toContain(line);
      }
    },
  );

  it('shows the day with the time, and the same list title, everywhere', () => {
    for (const text of Object.values(onEverySurface(bot.ask('talk uber')))) {
      expect(text).toContain('Wed 15 June 2016, 2:55–3:45 pm');
    }
    for (const text of Object.values(onEverySurface(bot.ask('microservices')))) {
      expect(text).toContain('4 talks for “microservices”');
    }
  });

  it('makes the links inside notes clickable on every surface', () => {
    const { terminal, slack, discord } = onEverySurface(bot.ask('talk culture for learning'));
    expect(slack).toContain('<https://www.recurse.com|Recurse>');
    expect(discord).toContain('[Recurse](https://www.recurse.com)');
    expect(terminal).toContain('Recurse (https://www.recurse.com)');
    const iac = onEverySurface(bot.ask('talk implementing infrastructure as code'));
    expect(iac.slack).toContain('See <http://serverspec.org|serverspec.org>');
    expect(iac.discord).toContain('See [serverspec.org](http://serverspec.org)');
    expect(iac.terminal).toContain('See http://serverspec.org');
  });

  it('never shows a talk’s internal reference as text', () => {
    for (const question of ['list', 'talk uber', 'netflix']) {
      for (const text of Object.values(onEverySurface(bot.ask(question)))) {
        expect(text).not.toMatch(/talk qcon-ny-2016\//);
      }
    }
  });
});
