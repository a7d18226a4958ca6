import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, said, talk } from './library-fixture.ts';

/**
 * "Were there any women speakers" said "no talk mentions women", which reads as "none spoke";
 * the notes never say who the speakers are beyond their names. Invented event and talks.
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

describe("the speakers' gender, which the notes never say", () => {
  it.each([
    'were there any women speakers?',
    'how many female speakers were there',
    'gender balance of the speakers',
    'what was the diversity of the speakers like',
  ])('"%s" says the notes do not say it', (asked) => {
    expect(said(bot.ask(asked))).toContain(
      'The notes do not say the speakers’ gender or background, only their names and companies',
    );
  });

  it('still finds a talk about women in tech', () => {
    const answer = bot.ask('talks about women in tech');
    expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.id)).toEqual(['wit']);
  });
});
