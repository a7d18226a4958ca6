import { describe, expect, it } from 'vitest';
import { focusLine } from '../../../adapters/present/words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';

/** A two-day meetup whose notes give each talk its day and no time of day. */
const untimed = new Bot({
  events: [event('kelpjs', 'KelpJS 2019')],
  talks: [
    talk('kelpjs', 'beacons', 'Beacons in the museum', 'web bluetooth; eddystone', {
      speakers: [{ name: '@marlow' }],
      day: 'Day 1',
    }),
    talk('kelpjs', 'synth', 'A synth in the browser', 'web audio; oscillators', {
      speakers: [{ name: '@quill' }],
      day: 'Day 2',
    }),
  ],
});

/** The same talks, one of them given a time slot. */
const timed = new Bot({
  events: [event('kelpjs', 'KelpJS 2019')],
  talks: [
    talk('kelpjs', 'beacons', 'Beacons in the museum', 'web bluetooth; eddystone', {
      day: 'Day 1',
      time: '10:00–10:40',
    }),
    talk('kelpjs', 'synth', 'A synth in the browser', 'web audio; oscillators', { day: 'Day 2' }),
  ],
});

describe('a time of day asked of notes that give none', () => {
  it.each(['morning talks', 'talks in the afternoon', 'what was on at 2pm?', 'evening sessions'])(
    '"%s" says the notes give no times, not a bare "no match"',
    (asked) => {
      expect(unknownOf(untimed, asked)).toBe('times');
    },
  );

  it('with a subject, is that subject’s talks without the time', () => {
    expect(ids(untimed.ask('morning talks about web audio'))).toEqual(['synth']);
  });

  it('where a talk has a time, is no claim the notes give none', () => {
    expect(unknownOf(timed, 'talks in the afternoon')).not.toBe('times');
  });
});

describe('"what time?" of a talk the notes give a day and no time', () => {
  it.each(['what time?', 'um wie viel Uhr?', 'what time did it start?'])(
    'after opening it, "%s" says the notes give its day only',
    async (asked) => {
      const chat = liveOver(untimed);
      const where = { surface: 'slack', place: 'C-time', user: 'U-ada' };
      expect(ids(await chat.ask('eddystone', where))).toEqual(['beacons']);
      const answer = await chat.ask(asked, where);
      expect(answer).toMatchObject({ kind: 'talk', focus: 'clock', talk: { id: 'beacons' } });
      if (answer.kind !== 'talk') throw new Error('a talk was expected');
      expect(focusLine(answer.focus, answer.talk)).toBe(
        'The notes give the day of this talk, not its time',
      );
      await chat.close();
    },
  );

  it('"when?" is answered by its day, with nothing said missing', async () => {
    const chat = liveOver(untimed);
    const where = { surface: 'slack', place: 'C-when', user: 'U-ada' };
    await chat.ask('eddystone', where);
    const answer = await chat.ask('when?', where);
    expect(answer).toMatchObject({ kind: 'talk', focus: 'time' });
    if (answer.kind !== 'talk') throw new Error('a talk was expected');
    expect(focusLine(answer.focus, answer.talk)).toBeUndefined();
    await chat.close();
  });

  it('"what time is the synth talk" says the same of it', () => {
    const answer = untimed.ask('what time is the synth talk');
    expect(answer).toMatchObject({ focus: 'clock' });
    expect(focusLine('clock', { links: {}, day: 'Day 1', time: '10:00' })).toBeUndefined();
  });
});
