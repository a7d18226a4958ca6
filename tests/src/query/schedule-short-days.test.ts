import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Keynotes of notes without times on short days: whether a keynote closed its day is its place
 * in that day's list, whatever the number of keynotes asked across the whole event.
 */

describe('closing and opening keynotes of short days', () => {
  const SHORT = 'shortconf-2024';
  const day = (n: number) => ({ date: `2024-04-0${n}`, day: `Day ${n}` });
  const keynote = { kind: 'Keynote' };
  const bot = new Bot({
    events: [event(SHORT, 'Shortconf 2024', { dates: '2024-04-01..2024-04-03' })],
    talks: [
      talk(SHORT, 'k1', 'Why we still write docs', 'Docs; readers', { ...day(1), ...keynote }),
      talk(SHORT, 'a', 'Queues in practice', 'Outbox', day(1)),
      talk(SHORT, 'k2', 'Slow is smooth', 'Pace', { ...day(2), ...keynote }),
      talk(SHORT, 'b', 'Feature flags', 'Switches', day(2)),
      talk(SHORT, 'c', 'Type hints at scale', 'Mypy', day(3)),
      talk(SHORT, 'k3', 'The boring budget', 'Tokens', { ...day(3), ...keynote }),
    ],
  });

  it('lists only the keynote that closed its day as a closing keynote', () => {
    expect(ids(bot.ask('closing keynotes'))).toEqual(['k3']);
  });

  it('lists the keynotes that opened their days as opening keynotes', () => {
    expect(ids(bot.ask('opening keynotes')).sort()).toEqual(['k1', 'k2']);
  });

  it('still lists every talk of the event for its last talk, from the end', () => {
    expect(ids(bot.ask('the last talks at shortconf'))[0]).toBe('k3');
  });
});
