import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/**
 * "Talks by women" and "did any women speak" said "no talk mentions “women”", which reads as
 * "none spoke"; the notes never say who the speakers are beyond their names. Invented talks.
 */
const FJORD = 'fjordconf-2031';
const bot = new Bot({
  events: [event(FJORD, 'FjordConf 2031')],
  talks: [
    talk(FJORD, 'mesh', 'Mesh without sidecars', 'eBPF; ambient', {
      speakers: [{ name: 'Ana Lima' }],
    }),
    talk(FJORD, 'wit', 'Women in tech, ten years on', 'Hiring; retention; mentoring', {
      speakers: [{ name: 'Bo Berg' }],
    }),
  ],
});

describe('talks by women, asked in other words', () => {
  it.each(['talks by women', 'any talks given by women?', 'did any women speak?'])(
    '"%s" says the notes do not say it',
    (asked) => {
      expect(said(bot.ask(asked))).toContain(
        'The notes do not say the speakers’ gender or background, only their names and companies',
      );
    },
  );

  it('"talks by women in tech" is still the subject', () => {
    expect(ids(bot.ask('talks by women in tech'))).toEqual(['wit']);
  });
});
