import { describe, expect, it } from 'vitest';
import { said } from './library-fixture.ts';
import { traitsBot as bot, NOT_SAID } from './speaker-traits-fixture.ts';

/**
 * "Were there any women speakers" said "no talk mentions women", which reads as "none spoke";
 * the notes never say who the speakers are beyond their names. Invented event and talks.
 */
describe("the speakers' gender, which the notes never say", () => {
  it.each([
    'were there any women speakers?',
    'how many female speakers were there',
    'gender balance of the speakers',
    'what was the diversity of the speakers like',
  ])('"%s" says the notes do not say it', (asked) => {
    expect(said(bot.ask(asked))).toContain(NOT_SAID);
  });

  it('still finds a talk about women in tech', () => {
    const answer = bot.ask('talks about women in tech');
    expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.id)).toEqual(['wit']);
  });
});
