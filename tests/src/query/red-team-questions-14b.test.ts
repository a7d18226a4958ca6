import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round Q10: counting questions in an archive of several editions ("how many kafka
 * talks in total", "which speakers came back", "did Ines speak every year"), and opinions and
 * prices asked of a talk or an event ("was the tide talk any good", "how much did Tidewater
 * cost"), which the notes cannot answer and the answer must say so.
 */

const T23 = 'tidewater-2023';
const T24 = 'tidewater-2024';
const person = (name: string) => ({ speakers: [{ name }] });
const bot = new Bot({
  events: [
    event(T23, 'Tidewater 2023', { dates: '2023-04-11' }),
    event(T24, 'Tidewater 2024', { dates: '2024-04-16' }),
  ],
  talks: [
    talk(
      T23,
      'streams',
      'Kafka streams in a bakery',
      'Orders as events; ovens as consumers',
      person('Ines Varga'),
    ),
    talk(
      T23,
      'tide',
      'Tide tables as a service',
      'Forecasts cached at the edge',
      person('Olu Bankole'),
    ),
    talk(
      T23,
      'grid',
      'Layout grids for dashboards',
      'CSS subgrid; container queries',
      person('Mara Lind'),
    ),
    talk(
      T24,
      'replay',
      'Replaying a year of Kafka topics',
      'Snapshots; compaction',
      person('Ines Varga'),
    ),
    talk(
      T24,
      'keys',
      'Rotating keys without downtime',
      'Two keys live at once',
      person('Olu Bankole'),
    ),
    talk(T24, 'workshop', 'Workshop: Kafka from zero', 'Bring a laptop', {
      ...person('Ines Varga'),
      kind: 'Workshop',
    }),
  ],
});

describe('counting in an archive of several editions', () => {
  it('reads "in total" and "count the talks" as how many, not words to search', () => {
    expect(ids(bot.ask('how many kafka talks in total')).sort()).toEqual([
      'replay',
      'streams',
      'workshop',
    ]);
    expect(ids(bot.ask('count the talks on kafka')).sort()).toEqual([
      'replay',
      'streams',
      'workshop',
    ]);
  });

  it('lists the events for "how many conferences do you have notes for"', () => {
    expect(bot.ask('how many conferences do you have notes for?').kind).toBe('events');
  });

  it('counts the speakers who came back, and who had the most talks across the editions', () => {
    const back = bot.ask('which speakers came back?');
    expect(back.kind === 'talks' && back.scope.tally?.names.map((n) => n.name)).toEqual([
      'Ines Varga',
      'Olu Bankole',
    ]);
    const most = bot.ask('which speaker has the most talks across all the conferences');
    expect(most.kind === 'talks' && most.scope.tally?.names).toEqual([
      { name: 'Ines Varga', count: 3 },
    ]);
  });

  it('answers "did NAME speak twice" and "every year" with the speaker’s talks', () => {
    expect(ids(bot.ask('did olu bankole speak twice')).sort()).toEqual(['keys', 'tide']);
    expect(ids(bot.ask('has Ines Varga spoken every year?')).sort()).toEqual([
      'replay',
      'streams',
      'workshop',
    ]);
    // "A year of Kafka topics" is no answer to "every year".
    expect(ids(bot.ask('did ines varga talk about kafka every year')).sort()).toEqual([
      'replay',
      'streams',
      'workshop',
    ]);
  });
});

describe('speakers at both of two conferences of several editions', () => {
  const series = new Bot({
    events: [
      event('quay-2023', 'Quay 2023'),
      event('quay-2024', 'Quay 2024'),
      event('marsh-2024', 'Marsh 2024'),
    ],
    talks: [
      talk('quay-2023', 'a1', 'Caching at the quay', 'TTLs', person('Ada Moss')),
      talk('quay-2024', 'a2', 'Caching again', 'Stampedes', person('Ada Moss')),
      talk('quay-2024', 'b1', 'Paging without tears', 'Cursors', person('Ben Hale')),
      talk('marsh-2024', 'b2', 'Cursors in the marsh', 'Keyset pagination', person('Ben Hale')),
    ],
  });

  it('are those who spoke at each, not at two editions of one', () => {
    const answer = series.ask('who spoke at both quay and marsh?');
    expect(answer.kind === 'talks' && answer.scope.tally?.names.map((n) => n.name)).toEqual([
      'Ben Hale',
    ]);
  });
});

describe('opinions and prices the notes never give', () => {
  it('says the notes rate no talk for "any good", with the talk asked about', () => {
    const answer = bot.ask('was the tide tables talk any good?');
    expect(ids(answer)).toEqual(['tide']);
    expect(unknownOf(bot, 'was the tide tables talk any good?')).toBe('ratings');
    expect(unknownOf(bot, 'is the kafka bakery one worth it?')).toBe('ratings');
  });

  it('says the notes give no prices for an event of several editions or a workshop', () => {
    expect(unknownOf(bot, 'how much were tickets for tidewater')).toBe('prices');
    expect(unknownOf(bot, 'how much did tidewater cost?')).toBe('prices');
    expect(unknownOf(bot, 'how much did tidewater 2024 cost?')).toBe('prices');
    expect(unknownOf(bot, 'how much was the kafka workshop')).toBe('prices');
  });

  it('still reads "how much does kafka cost" as a subject of talks', () => {
    expect(unknownOf(bot, 'how much does kafka cost')).toBeUndefined();
  });
});
