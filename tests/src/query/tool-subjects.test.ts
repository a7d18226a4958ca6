import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/** Invented notes whose talks name code tools, never "formatting" or "linting" themselves. */
const bot = new Bot({
  events: [event('quayconf', 'QuayConf 2025')],
  talks: [
    talk(
      'quayconf',
      'style',
      'Ending style wars',
      'Prettier and rustfmt decide how our code looks',
      {
        topic: 'Tooling',
      },
    ),
    talk('quayconf', 'rules', 'Rules that catch bugs', 'custom ESLint rules and Clippy lints', {
      topic: 'Tooling',
    }),
    talk('quayconf', 'queues', 'Queues in anger', 'backpressure and retries', { topic: 'Systems' }),
  ],
});

describe('a subject named by the tools the notes name', () => {
  it('finds the talks about formatting and linting code', () => {
    expect(ids(bot.ask('formatting'))).toEqual(['style']);
    expect(ids(bot.ask('any talks on linting?'))).toEqual(['rules']);
  });

  it('does not say no talk mentions the subject it found talks for', () => {
    const answer = bot.ask('talks about formatting code');
    expect(ids(answer)).toEqual(['style']);
    expect(scope(answer)).not.toHaveProperty('unmatched');
  });
});
