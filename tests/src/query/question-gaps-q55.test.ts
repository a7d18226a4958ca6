import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Questions asked in sentences after a conference (round q55), over invented notes. */
const library: Library = {
  events: [event('gopherfest-2024', 'Gopherfest 2024'), event('kelp-2024', 'Kelp Summit 2024')],
  talks: [
    talk('gopherfest-2024', 'generics', 'Generics in Go', 'type parameters; constraints', {
      day: 'Day 1',
    }),
    talk('gopherfest-2024', 'tooling', 'A tour of Go tooling', 'gopls; vet; staticcheck', {
      day: 'Day 2',
    }),
    talk('gopherfest-2024', 'hiring', 'Hiring juniors', 'pairing; a ladder for growth', {
      day: 'Day 2',
    }),
    talk('kelp-2024', 'streams', 'Streams without tears', 'backpressure in consumers', {
      day: 'Day 1',
    }),
    talk('kelp-2024', 'tracing', 'Tracing at the edge', 'spans across proxies', { day: 'Day 2' }),
    talk('kelp-2024', 'budgets', 'Error budgets for humans', 'SLOs people read', { day: 'Day 2' }),
  ],
};
const bot = new Bot(library);

describe('which day had the … talks', () => {
  it.each([
    'which day had the go talks',
    'which day had the go talks at gopherfest',
    'what day had the go talks?',
  ])('"%s" lists the go talks, each with its day, never "day" as a word', (asked) => {
    const answer = bot.ask(asked);
    expect(ids(answer).sort()).toEqual(['generics', 'tooling']);
    expect(answer).toMatchObject({ focus: 'time' });
  });
});
