import { describe, expect, it } from 'vitest';
import { cardView } from '../../../adapters/present/talk.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { talkCard } from '../../../src/talk-cards.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';

/**
 * "How long was the kafka talk?": where the notes give a talk's slot with its start and end, how
 * long it ran is that slot, which its card says; notes with no slots cannot tell, and say so.
 */

const FJORD = 'fjordconf-2024';
const slotted = new Bot({
  events: [event(FJORD, 'FjordConf 2024')],
  talks: [
    talk(FJORD, 'kafka', 'Kafka at the edge', 'Streams on small boxes', {
      date: '2024-05-02',
      time: '2:55pm-3:45pm',
    }),
    talk(FJORD, 'lightning-wasm', 'Wasm in ten minutes', 'A lightning tour of Wasm', {
      date: '2024-05-02',
      time: '16:00-16:10',
    }),
    talk(FJORD, 'workshop-rust', 'Rust from zero', 'A hands-on Rust workshop', {
      date: '2024-05-03',
      time: '9:00-12:00',
    }),
    talk(FJORD, 'postgres', 'Postgres tuning', 'Vacuum and indexes', { time: '11:00' }),
    talk(FJORD, 'culture', 'Culture of learning', 'Hire for curiosity'),
  ],
});

const unslotted = new Bot({
  events: [event(FJORD, 'FjordConf 2024')],
  talks: [
    talk(FJORD, 'kafka', 'Kafka at the edge', 'Streams on small boxes', { time: '14:55' }),
    talk(FJORD, 'culture', 'Culture of learning', 'Hire for curiosity'),
  ],
});

/** What each card of an answer says under the question's focus, as every surface shows it. */
function lengths(answer: Answer): (string | undefined)[] {
  if (answer.kind !== 'talks') return [];
  return answer.hits.map((hit) => cardView(hit, answer.focus).focusNote);
}

describe('how long a talk ran, by its slot in the notes', () => {
  it('says how long the talk asked about ran, in any of the languages asked in', () => {
    for (const question of [
      'how long was the kafka talk?',
      'how long did the kafka talk last',
      'wie lange dauerte der Kafka-Vortrag?',
      'combien de temps a duré la présentation kafka ?',
      '¿cuánto duró la charla de kafka?',
      'quanto è durato il talk su kafka?',
    ]) {
      const answer = slotted.ask(question);
      expect(ids(answer), question).toEqual(['kafka']);
      expect(lengths(answer), question).toEqual(['50 minutes, by its time slot in the notes']);
    }
  });

  it('says so of a talk the notes give only a start, or no time', () => {
    expect(lengths(slotted.ask('how long was the postgres talk'))).toEqual([
      'The notes give no time slot for this talk, so not how long it ran',
    ]);
  });

  it('lists the shortest or the longest first, the talks without a slot last', () => {
    expect(ids(slotted.ask('what was the shortest talk?')).slice(0, 3)).toEqual([
      'lightning-wasm',
      'kafka',
      'workshop-rust',
    ]);
    expect(ids(slotted.ask('longest session'))[0]).toBe('workshop-rust');
    expect(ids(slotted.ask('how long were the talks?'))).toHaveLength(5);
  });

  it('keeps only the talks of the length asked for, or says none has it', () => {
    expect(ids(slotted.ask('talks under 20 minutes'))).toEqual(['lightning-wasm']);
    expect(ids(slotted.ask('what can I watch if I only have an hour?'))).toEqual([
      'lightning-wasm',
      'kafka',
    ]);
    expect(ids(slotted.ask('talks longer than an hour'))).toEqual(['workshop-rust']);
    expect(ids(slotted.ask('50 minute talks'))).toEqual(['kafka']);
    const none = slotted.ask('talks under 5 minutes');
    expect(none).toMatchObject({ kind: 'none', unknown: 'lengths' });
  });

  it('says the notes cannot tell where they give no talk a slot', () => {
    expect(unknownOf(unslotted, 'how long was the kafka talk?')).toBe('durations');
    expect(unknownOf(unslotted, 'the shortest talk')).toBe('durations');
  });

  it('reads a slot that crosses noon, as the card shows it', () => {
    const card = talkCard(talk(FJORD, 'x', 'X', 'Y', { time: '11:50am-12:40pm' }), 'FjordConf');
    expect(cardView(card, 'length').focusNote).toBe('50 minutes, by its time slot in the notes');
  });
});
