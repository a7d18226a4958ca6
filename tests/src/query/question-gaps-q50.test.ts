import { beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { ids, said } from './library-fixture.ts';
import { q49Library } from './q49-fixture.ts';

/** Questions asked in sentences after a conference (round q50), over invented and shipped notes. */

const bot = new Bot(q49Library);
let shipped: Bot;
beforeAll(async () => {
  shipped = await shippedBot();
});

describe('an edition of a year the notes do not have', () => {
  it.each([
    'where was qcon this year?',
    'what was on at qcon in 2019?',
    'qcon 2019',
    'what talks were at qcon 2019?',
    'when was qcon this year',
  ])('"%s" says the notes are of 2016, never lists the 2016 talks', (asked) => {
    const answer = shipped.ask(asked);
    expect(answer.kind, asked).toBe('none');
    expect(said(answer)).toContain('the notes have talks from 2016');
  });

  it.each([
    'where was rustconf this year?',
    'what was on at harbourdev in 2019?',
    'rustconf 2019 talks',
  ])('"%s" names the years of the notes', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind, asked).toBe('none');
    expect(said(answer)).toContain('the notes have talks from 2025, 2024 and 2023');
  });

  it('still lists a subject asked beside such a year, saying the year is left out', () => {
    const answer = bot.ask('kafka talks at datadock in 2019');
    expect(ids(answer)).toEqual(['streams']);
    expect(said(answer)).toContain('without “in 2019”');
  });
});

describe('how many came, asked of an event or a talk', () => {
  it.each([
    'what was the most attended talk at harbourdev',
    'which was the most attended talk at harbourdev',
    'was the postgres talk well attended?',
    'how crowded was the kafka talk',
    'was the room packed for the keynote',
  ])('"%s" says the notes cannot tell how many attended', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind === 'talks' ? answer.scope.unknown : answer.kind, asked).toBe('attendance');
    expect(said(answer)).toContain('I cannot tell how many people attended');
  });

  it('still sums up an event asked about as a whole', () => {
    const answer = bot.ask('what was harbourdev about');
    expect(answer.kind === 'talks' ? answer.scope.unknown : answer.kind).toBeUndefined();
  });
});
