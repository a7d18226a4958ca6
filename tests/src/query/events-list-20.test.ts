import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/**
 * "Which conferences do we have notes from?": the events the notes cover, however the asker
 * says they are covered (notes from, on, attended), not talks that say "notes" or "from".
 */
const bot = new Bot({
  events: [event('loopconf-2017', 'LoopConf 2017'), event('harbor-2024', 'Harbor Summit 2024')],
  talks: [
    talk(
      'loopconf-2017',
      'loop-better',
      'Loop Better',
      'Anything you can loop over; notes from the iterator protocol',
    ),
    talk(
      'harbor-2024',
      'edge-caches',
      'Edge caches',
      'Caches near the users; we have notes from the hallway',
    ),
  ],
});

describe('which conferences the notes cover', () => {
  it.each([
    'which conferences do we have notes from',
    'what conferences do you have notes on?',
    'which events did we attend',
    'what conferences have notes',
    'which conferences were there notes from?',
  ])('%s: the events, not a talk', (question) => {
    const answer = bot.ask(question);
    expect(answer.kind).toBe('events');
    if (answer.kind === 'events')
      expect(answer.events.map((e) => e.name).sort()).toEqual([
        'Harbor Summit 2024',
        'LoopConf 2017',
      ]);
  });
});
