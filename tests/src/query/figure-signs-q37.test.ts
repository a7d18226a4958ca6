import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/** A post of two talks whose notes give no figure asked below. */
const bot = new Bot({
  events: [event('pinecon', 'PineCon 2022')],
  talks: [
    talk('pinecon', 'sre', 'Error budgets in practice', 'burn rates; paging less'),
    talk('pinecon', 'cost', 'Cloud bills explained', 'reserved instances; spot capacity'),
  ],
});

const title = (asked: string) => {
  const answer = bot.ask(asked);
  expect(answer.kind, asked).toBe('none');
  return noneTexts(answer as Extract<Answer, { kind: 'none' }>).title;
};

describe('a figure with its sign that no talk has', () => {
  it.each([
    ['99%', '“99%”'],
    ['15 €', '“15€”'],
    ['$20', '“$20”'],
    ['99 % uptime', '“99%” or “uptime”'],
  ])('"%s" is said with its sign: %s', (asked, said) => {
    expect(title(asked).toLowerCase()).toContain(`no talk mentions ${said}`);
  });

  it('a bare figure is still said bare', () => {
    expect(title('4711')).toContain('“4711”');
  });
});
