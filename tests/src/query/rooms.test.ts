import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * Rooms in questions: the talks of a room the notes give, the room of one talk, and the honest
 * answer where the notes do not say it. Invented notes: two days of a conference, most talks
 * with a room, one without, and an event whose notes give no room at all.
 */
const [KELP, MOSS] = ['kelpconf-2025', 'mossmeet-2024'];
const day1 = { date: '2025-09-10', day: 'Day 1' };
const day2 = { date: '2025-09-11', day: 'Day 2' };
const library = {
  events: [
    event(KELP, 'KelpConf 2025', { dates: '2025-09-10..2025-09-11' }),
    event(MOSS, 'MossMeet 2024'),
  ],
  talks: [
    talk(KELP, 'streams', 'Streams without tears', 'Kafka consumers; backpressure', {
      ...day1,
      time: '10:00',
      room: 'Room 3B',
      speakers: [{ name: 'Ada Brun', company: 'Kelpmesh' }],
    }),
    talk(KELP, 'typed-sql', 'Typed SQL', 'Compile-time queries; there is room for errors', {
      ...day1,
      time: '11:00',
      room: 'Room 3B',
      speakers: [{ name: 'Dee Rax' }],
    }),
    talk(KELP, 'zero-trust', 'Zero trust in practice', 'Identity per request', {
      ...day2,
      time: '14:00',
      room: 'Hall A',
      speakers: [{ name: 'Ivy Lo' }],
    }),
    talk(KELP, 'edge', 'Edge caching', 'Stale while revalidate', {
      ...day1,
      time: '14:00',
      room: 'Hall A',
      speakers: [{ name: 'Eve Moss' }],
    }),
    talk(KELP, 'chaos', 'Chaos drills', 'Game days; the hall of failures', {
      ...day2,
      time: '15:00',
      speakers: [{ name: 'Lu Mai' }],
    }),
    talk(MOSS, 'pprof', 'Profiling Go', 'pprof; flame graphs', { speakers: [{ name: 'Fin Oak' }] }),
  ],
};
const bot = new Bot(library);

describe('the talks of a room', () => {
  it('are those the notes put there, never talks that only say the word', () => {
    for (const asked of ["what's on in room 3B", 'talks in Room 3b?', 'room 3b'])
      expect(ids(bot.ask(asked)), asked).toEqual(['streams', 'typed-sql']);
    expect(ids(bot.ask('hall a')).sort()).toEqual(['edge', 'zero-trust']);
  });

  it('are narrowed by a day too, and titled by both', () => {
    const answer = bot.ask('talks in Hall A on day 2');
    expect(ids(answer)).toEqual(['zero-trust']);
    expect(scope(answer)).toMatchObject({ kind: 'date', label: 'Day 2 in Hall A' });
  });

  it('are none for a room the notes never name, offering the rooms they do', () => {
    const answer = bot.ask("what's on in room 9");
    expect(answer).toMatchObject({ kind: 'none' });
    expect(answer.kind === 'none' && answer.suggestions).toEqual([
      'talks in Room 3B',
      'talks in Hall A',
    ]);
  });

  it('are none where the notes give no room at all, which the answer says', () => {
    const bare = new Bot({ events: [library.events[1]], talks: [library.talks[5]] } as never);
    expect(bare.ask('what is on in hall b')).toMatchObject({ kind: 'none', unknown: 'rooms' });
  });
});

describe('the room of a talk', () => {
  it('is asked of the talk, whose card gives it', () => {
    for (const asked of [
      'which room is the kafka talk in',
      "where is Ada's talk",
      'in welchem Raum ist der Kafka Vortrag',
      '¿en qué sala es la charla de kafka?',
    ]) {
      const answer = bot.ask(asked);
      expect(ids(answer), asked).toEqual(['streams']);
      expect(answer.kind === 'talks' && answer.hits[0]?.room, asked).toBe('Room 3B');
      expect(answer.kind === 'talks' && answer.focus, asked).toBe('room');
    }
  });

  it('is said to be unknown where the notes do not give it', () => {
    const answer = bot.ask('which room were the chaos drills in');
    expect(ids(answer)).toEqual(['chaos']);
    expect(answer).toMatchObject({ kind: 'talks', focus: 'room' });
    expect(answer.kind === 'talks' && answer.hits[0]?.room).toBeUndefined();
  });

  it('is asked of the talk opened before, as a follow-up', async () => {
    const live = new LiveBot(new Bot(library), {
      contentDir: '/nonexistent',
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
    const asker = { surface: 'slack', place: 'C1', user: 'U1' };
    await live.ask('talk kelpconf-2025/typed-sql', asker);
    const answer = await live.ask('which room is it in?', asker);
    expect(answer).toMatchObject({ kind: 'talk', focus: 'room', talk: { room: 'Room 3B' } });
  });
});
