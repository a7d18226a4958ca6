import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * Invented notes of one event whose titles say "learning" and "kotlin", but whose
 * talks never name machine learning, a data lake or Kotlin Multiplatform.
 */
const bot = new Bot({
  events: [event('fjordconf', 'FjordConf 2025')],
  talks: [
    talk('fjordconf', 'pairing', 'Learning by pairing', 'juniors and seniors at one keyboard', {
      topic: 'People',
    }),
    talk('fjordconf', 'lessons', 'Lessons learned from a rewrite', 'the monolith in production', {
      topic: 'Systems',
    }),
    talk('fjordconf', 'lake', 'Rowing on the lake', 'what a rowing club taught our data team', {
      topic: 'People',
    }),
    talk('fjordconf', 'kotlin', 'Kotlin coroutines in anger', 'structured concurrency on servers', {
      topic: 'Systems',
    }),
  ],
});

const unmatched = (asked: string): string[] | undefined => {
  const answer = bot.ask(asked);
  if (answer.kind === 'none') return answer.unmatched;
  return scope(answer)?.kind === 'search'
    ? (scope(answer) as { unmatched?: string[] }).unmatched
    : [];
};

describe('a named concept of several words the notes lack', () => {
  it('is no question about one of its words', () => {
    for (const asked of [
      'talks on machine learning or AI?',
      'were there talks on machine learning?',
      'my boss keeps asking about machine learning, anything?',
      'any talks on kotlin multiplatform?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('none');
    }
  });

  it('never lists a talk for a word of it alone', () => {
    for (const asked of ['machine learning in production', 'kotlin multiplatform in production']) {
      const found = ids(bot.ask(asked));
      expect(found, asked).not.toContain('pairing');
      expect(found, asked).not.toContain('kotlin');
    }
  });

  it('is named whole where the answer says what no talk mentions', () => {
    expect(unmatched('talks on machine learning or AI?')).toContain('machine learning');
    expect(unmatched('machine learning')).toEqual(['machine learning']);
    expect(unmatched('machine learning in production')).toEqual(['machine learning']);
  });

  it('still finds the talks of a concept the notes name', () => {
    expect(ids(bot.ask('kotlin coroutines'))).toEqual(['kotlin']);
    expect(ids(bot.ask('learning by pairing'))[0]).toBe('pairing');
  });
});
