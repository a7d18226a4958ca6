import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/**
 * A conference whose notes give each talk its date, and times on every day but the first, whose
 * one talk has none (as the bundled QCon notes do). "What was the last talk on day 1" said no
 * talk was on that day: of an untimed day the last talk is picked by the notes' order, and the
 * day's talks were counted among the whole event's. Invented notes.
 */
const E = 'tidewater-2031';
const bot = new Bot({
  events: [event(E, 'Tidewater 2031', { dates: '2031-05-04 – 2031-05-06' })],
  talks: [
    talk(E, 'welcome', 'Welcome to Tidewater', 'the venue; the week', { date: '2031-05-04' }),
    talk(E, 'queues', 'Queues at sea', 'backpressure', { date: '2031-05-05', time: '10:00–10:45' }),
    talk(E, 'tides', 'Tide tables in SQLite', 'a year in 40 KB', {
      date: '2031-05-05',
      time: '14:00–14:45',
    }),
    talk(E, 'mesh', 'Mesh radios', 'cheap radios', { date: '2031-05-06', time: '09:30–10:15' }),
    talk(E, 'closing', 'Charts by hand', 'paper charts', {
      date: '2031-05-06',
      time: '16:00–16:45',
    }),
  ],
});

describe('the first or last talk of a day whose one talk has no time', () => {
  it.each(['what was the last talk on day 1', 'the first talk on day 1', 'last talk on may 4'])(
    '"%s" is that talk, saying the notes give no time',
    (asked) => {
      const answer = bot.ask(asked);
      expect(ids(answer)).toEqual(['welcome']);
      expect(said(answer)).toMatch(/no times/);
    },
  );

  it('still picks by time on the timed days', () => {
    expect(ids(bot.ask('what was the last talk on day 2'))).toEqual(['tides']);
    expect(ids(bot.ask('the first talk on day 3'))).toEqual(['mesh']);
  });
});
