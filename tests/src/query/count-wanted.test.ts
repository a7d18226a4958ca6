import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/** Invented notes of one event: three talks of two topics, one with a number in its title. */
const bot = new Bot({
  events: [event('lindenconf', 'LindenConf 2025')],
  talks: [
    talk('lindenconf', 'queues', 'Queues in anger', 'backpressure and retries', {
      topic: 'Systems',
    }),
    talk('lindenconf', 'factor', 'The twelve-factor app, ten years on', 'config in the env', {
      topic: 'Systems',
    }),
    talk('lindenconf', 'rotas', 'Kinder on-call rotas', 'paging budgets', { topic: 'People' }),
  ],
});

describe('how many talks are wanted', () => {
  it('is no word to search', () => {
    for (const asked of [
      'give me 3 talks on backpressure',
      '2 talks about backpressure',
      'show me two talks on queues',
      'can you find 4 talks about retries?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('talks');
      expect(ids(answer), asked).toContain('queues');
      expect(scope(answer), asked).not.toHaveProperty('unmatched');
    }
    expect(ids(bot.ask('list 2 people talks'))).toEqual(['rotas']);
  });

  it('leaves a number that is part of the subject', () => {
    expect(ids(bot.ask('12 factor talks'))).toContain('factor');
    expect(ids(bot.ask('the twelve factor app'))[0]).toBe('factor');
  });
});
