import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q11, people: "who gives the keynote" asked in the present, and the speakers of
 * more than one event asked with "speakers at" before the count. Invented notes.
 */
const [KELP23, KELP24] = ['kelpdays-2023', 'kelpdays-2024'];
const bot = new Bot({
  events: [event(KELP23, 'KelpDays 2023'), event(KELP24, 'KelpDays 2024')],
  talks: [
    talk(KELP23, 'opening', 'Opening keynote: Tools that last', 'Boring technology', {
      kind: 'Keynote',
      speakers: [{ name: 'Maren Lid' }],
    }),
    talk(KELP23, 'queues', 'Queues in Postgres', 'SKIP LOCKED', { speakers: [{ name: 'Odd Rø' }] }),
    talk(KELP24, 'queues-2', 'Queues, one year on', 'Partitions', {
      speakers: [{ name: 'Odd Rø' }],
    }),
  ],
});

describe('who gives a talk, asked in the present', () => {
  it('is its speaker', () => {
    const answer = bot.ask('who gives the opening keynote');
    expect(ids(answer)).toEqual(['opening']);
    expect(answer).toMatchObject({ kind: 'talks', focus: 'speakers' });
  });
});

describe('speakers at more than one event', () => {
  it('are counted by their events', () => {
    for (const asked of ['speakers at more than one event', 'people at several conferences']) {
      const answer = bot.ask(asked);
      expect(answer.kind === 'talks' && answer.scope.tally, asked).toMatchObject({
        of: 'speakers',
        per: 'events',
        names: [{ name: 'Odd Rø', count: 2 }],
      });
    }
  });
});
