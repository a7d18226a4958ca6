import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { isPick } from '../../../src/query/list-picks.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Invented notes of a design day: figures in the notes, a short form written with dots. */
const bot = new Bot({
  events: [event('tilecamp', 'Tilecamp 2025')],
  talks: [
    talk(
      'tilecamp',
      'leads',
      'Growing into design leads',
      '87% of leads changed tools; a survey of 140 designers',
    ),
    talk('tilecamp', 'chairs', 'The creaking stool', 'furniture as a metaphor for teams'),
    talk('tilecamp', 'ai', 'Designing for AI', 'patterns for model output'),
    talk('tilecamp', 'budget', 'Pricing research', 'a study that cost €40 per interview'),
  ],
});

describe('a figure with its unit', () => {
  it('is searched as the notes write it, never read as the place of a talk in a list', () => {
    expect(ids(bot.ask('87%'))).toEqual(['leads']);
    expect(ids(bot.ask('87 %'))).toEqual(['leads']);
    expect(ids(bot.ask('€40'))).toEqual(['budget']);
    expect(isPick('87%')).toBe(false);
    // A bare number is still a pick.
    expect(isPick('3')).toBe(true);
    expect(isPick('#3')).toBe(true);
  });
});

describe('a short form typed with a full stop after each capital', () => {
  it('is the short form the notes write, never single letters no search keeps', () => {
    for (const asked of ['A.I. talks', 'designing for A.I.', 'anything on A.I?'])
      expect(ids(bot.ask(asked))[0], asked).toBe('ai');
    expect(ids(bot.ask('A.I. talks'))).toEqual(['ai']);
  });

  it('stays initials before a name', () => {
    expect(bot.ask('talks by J.R. Quill')).toMatchObject({ query: 'talks by J.R. Quill' });
  });
});
