import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q7, dates. A day the notes have no talk on is no search for its words ("day 3"
 * of a two-day conference is not the talk whose notes say "3 days"). A year asked for is every
 * event of that year — by its dates as well as by
 * its name — where one event of the notes carries the year in its name ("Harborconf 2025") and
 * another, of the same year, does not ("Byte Tide Meetup #4", held 2025-09-18).
 */

const [HARBOR, TIDE, OLD] = ['harborconf-2025', 'byte-tide-4', 'harborconf-2023'];
const bot = new Bot({
  events: [
    event(HARBOR, 'Harborconf 2025', { dates: '2025-05-13..2025-05-14' }),
    event(TIDE, 'Byte Tide Meetup #4', { dates: '2025-09-18' }),
    event(OLD, 'Harborconf 2023', { dates: '2023-05-10' }),
  ],
  talks: [
    talk(HARBOR, 'paths', 'Golden paths in practice', 'Templates as the default', {
      date: '2025-05-13',
    }),
    talk(HARBOR, 'finops', 'Halving the cloud bill', 'Tagging; spot instances', {
      date: '2025-05-14',
    }),
    talk(HARBOR, 'db', 'Databases without tickets', 'From 3 days of waiting to 5 minutes', {
      date: '2025-05-14',
    }),
    talk(TIDE, 'flink', 'Joins in Flink', 'Interval joins; watermarks'),
    talk(TIDE, 'duck', 'DuckDB on a laptop', 'Parquet on object storage'),
    talk(OLD, 'mesh', 'Service mesh regrets', 'Sidecars everywhere'),
  ],
});

describe('a year, where only some of its events carry it in their names', () => {
  it("lists the talks of every event of that year, by the events' dates", () => {
    for (const asked of ['talks in 2025', 'talks from 2025']) {
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['db', 'duck', 'finops', 'flink', 'paths']);
    }
    const events = bot.ask('events in 2025');
    expect(events.kind === 'events' && events.events.map((e) => e.id).sort()).toEqual([
      TIDE,
      HARBOR,
    ]);
  });

  it('keeps the year beside a subject of an event dated so', () => {
    const flink = bot.ask('flink talks in 2025');
    expect(ids(flink)).toEqual(['flink']);
    expect(flink.kind === 'talks' && flink.scope.dropped).toBeUndefined();
  });

  it('still tells an edition by the year in its name', () => {
    expect(ids(bot.ask('harborconf 2023'))).toEqual(['mesh']);
    expect(ids(bot.ask('talks in 2023'))).toEqual(['mesh']);
  });
});

describe('a day no talk was given on', () => {
  it('finds no talk that only says its number and a day in its notes', () => {
    for (const asked of ['day 3', 'anything on day 3?', 'talks on may 20']) {
      expect(ids(bot.ask(asked)), asked).toEqual(['none']);
    }
  });
});

describe('a weekday cut short', () => {
  it('is that day where a day is meant', () => {
    expect(ids(bot.ask('what was on tues')).sort()).toEqual(['paths']);
    expect(ids(bot.ask('wed talks')).sort()).toEqual(['db', 'finops']);
    expect(ids(bot.ask('talks on wed.')).sort()).toEqual(['db', 'finops']);
  });
});
