import { describe, expect, it } from 'vitest';
import { ids, said } from './library-fixture.ts';
import { traitsBot as bot, NOT_SAID } from './speaker-traits-fixture.ts';

/**
 * "Talks by women" and "did any women speak" said "no talk mentions “women”", which reads as
 * "none spoke"; the notes never say who the speakers are beyond their names.
 */
describe('talks by women, asked in other words', () => {
  it.each(['talks by women', 'any talks given by women?', 'did any women speak?'])(
    '"%s" says the notes do not say it',
    (asked) => {
      expect(said(bot.ask(asked))).toContain(NOT_SAID);
    },
  );

  it('"talks by women in tech" is still the subject', () => {
    expect(ids(bot.ask('talks by women in tech'))).toEqual(['wit']);
  });
});
