import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Talk } from '../../../src/model.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Gaps a round of questions left: an hour typed as a bare number, the events asked for in other
 * languages, the speakers two events share, a subject named in another language, and what the
 * notes cannot say (a break, a talk's time) said plainly. Invented notes: two editions of one
 * conference and another conference, with times on most talks of one edition.
 */
const [A, B, C] = ['tidewater-2023', 'tidewater-2024', 'quaymeet-2024'];
const library = {
  events: [
    event(A, 'Tidewater 2023', { dates: '2023-05-10..2023-05-11' }),
    event(B, 'Tidewater 2024', { dates: '2024-05-14..2024-05-15' }),
    event(C, 'Quaymeet 2024', { dates: '2024-10-02' }),
  ],
  talks: [
    talk(A, 'tides', 'Tidal capacity planning', 'Forecasts; headroom', {
      speakers: [{ name: 'Ines Varga' }],
      date: '2023-05-10',
      day: 'Day 1',
      time: '09:30–10:15',
    }),
    talk(A, 'partitions', 'Mending network partitions', 'Split brain; quorum', {
      speakers: [{ name: 'Olu Brandt' }],
      date: '2023-05-10',
      day: 'Day 1',
      time: '10:45–11:30',
    }),
    talk(A, 'afternoon', 'Queues that drain themselves', 'Backpressure; retries', {
      speakers: [{ name: 'Rui Okafor' }],
      date: '2023-05-11',
      day: 'Day 2',
      time: '15:30–16:15',
    }),
    talk(B, 'tides-again', 'Tides again: capacity two years on', 'Autoscaling; headroom', {
      speakers: [{ name: 'Ines Varga' }],
      date: '2024-05-14',
      day: 'Day 1',
      time: '14:00–14:45',
    }),
    talk(B, 'edge-db', 'Databases at the edge', 'Replication; conflict-free types', {
      speakers: [{ name: 'Rui Okafor' }],
      date: '2024-05-15',
    }),
    talk(C, 'fencing', 'Partitions in practice', 'Quorum; fencing tokens', {
      speakers: [{ name: 'Olu Brandt' }],
    }),
    talk(C, 'reviews', 'Security reviews that scale', 'Threat models; checklists', {
      speakers: [{ name: 'Mia Holt' }],
    }),
    talk(C, 'team-culture', 'Engineering culture for small teams', 'Rituals; writing things down', {
      speakers: [{ name: 'Mia Holt' }],
    }),
    talk(C, 'assistants', 'Artificial intelligence in code review', 'Assistants; false positives', {
      speakers: [{ name: 'Pia Lund' }],
    }),
  ],
};
const bot = new Bot(library);
const text = (answer: Answer) => renderText(answer);
const names = (answer: Answer) =>
  answer.kind === 'talks' ? answer.scope.tally?.names.map((entry) => entry.name) : undefined;

describe('an hour typed as a bare number', () => {
  it('is a time of day where the question asks what was on then', () => {
    expect(ids(bot.ask("what's at 11"))).toEqual(['partitions']);
    expect(ids(bot.ask('anything at 2 on day 1?')).sort()).toEqual(['tides-again']);
    expect(ids(bot.ask("what's after 3"))).toEqual(['afternoon']);
    expect(ids(bot.ask('who is speaking at 9:30'))).toEqual(['tides']);
    expect(ids(bot.ask('what is before 10'))).toEqual(['tides']);
  });

  it('stays a number beside the words of a subject, or before a noun', () => {
    expect(ids(bot.ask('capacity two years on'))).toContain('tides-again');
    expect(bot.ask('talks after 2 retries').kind).not.toBe('talks');
  });
});

describe('the events asked for in another language', () => {
  it('lists the events, not a search for the words', () => {
    for (const asked of [
      'welche Konferenzen gibt es?',
      'Welche Events habt ihr',
      'quels événements ?',
      'quelles conférences avez-vous',
      '¿qué eventos hay?',
      'quali conferenze ci sono',
      'welke conferenties zijn er',
      'quais eventos existem?',
    ])
      expect(bot.ask(asked).kind, asked).toBe('events');
  });

  it('is still a search where a subject follows', () => {
    expect(bot.ask('welche Konferenzen über Partitionen').kind).not.toBe('events');
  });
});

describe('the speakers two events share', () => {
  it('names those of both editions of a named conference', () => {
    const both = ['Ines Varga', 'Rui Okafor'];
    expect(names(bot.ask('who spoke at both tidewater editions'))).toEqual(both);
    expect(names(bot.ask('speakers at both tidewater events'))).toEqual(both);
  });

  it('names those of two years or two events asked together', () => {
    const years = ['Ines Varga', 'Olu Brandt', 'Rui Okafor'];
    expect(names(bot.ask('speakers at 2023 and 2024'))).toEqual(years);
    expect(names(bot.ask('who spoke at tidewater 2023 and quaymeet'))).toEqual(['Olu Brandt']);
    expect(names(bot.ask('who spoke in 2023 and in 2024'))).toEqual(years);
  });

  it('leaves two subjects a search', () => {
    expect(names(bot.ask('speakers at partitions and security'))).toBeUndefined();
  });
});

describe('a subject named in another language', () => {
  it('finds the talks the notes write it for in English', () => {
    expect(ids(bot.ask('Kultur'))).toEqual(['team-culture']);
    expect(ids(bot.ask('künstliche Intelligenz'))).toEqual(['assistants']);
    expect(ids(bot.ask('intelligence artificielle'))).toEqual(['assistants']);
    expect(ids(bot.ask('Datenbanken'))).toEqual(['edge-db']);
    expect(ids(bot.ask('base de datos'))).toEqual(['edge-db']);
  });
});

describe('what the notes cannot say', () => {
  it('says the notes have no lunch slot, not talks that say a word like it', () => {
    for (const asked of [
      'when is lunch',
      "what time's the coffee break?",
      'is there a lunch break',
    ])
      expect(text(bot.ask(asked)), asked).toMatch(/The notes have no lunch or break slot/);
  });

  it('answers with a break the notes keep as an item', () => {
    const lunch = talk(A, 'lunch', 'Lunch & expo', 'Hall B', { date: '2023-05-10', time: '12:30' });
    const kept = new Bot({ ...library, talks: [...library.talks, lunch] });
    expect(ids(kept.ask('when is lunch?'))).toEqual(['lunch']);
  });

  it('says a talk’s time is not in the notes where it is not', () => {
    expect(text(bot.ask('what time is the security review talk'))).toMatch(
      /The notes do not say when this talk was given/,
    );
    expect(text(bot.ask('what time is the tidal capacity talk'))).not.toMatch(/do not say when/);
  });

  it('says how many came is not in the notes', () => {
    expect(bot.ask('how many people came to tidewater')).toMatchObject({
      kind: 'none',
      unknown: 'attendance',
    });
  });
});

describe('a room asked about', () => {
  it('reads the talks’ rooms once per library, not once a question', () => {
    let reads = 0;
    const talks = Array.from({ length: 40 }, (_, i) => {
      const one: Talk = talk(C, `t${i}`, `Talk number ${i}`, 'Notes');
      let room = i % 2 === 0 ? 'Hall A' : 'Hall B';
      Object.defineProperty(one, 'room', {
        enumerable: true,
        get: () => {
          reads++;
          return room;
        },
        set: (value: string) => {
          room = value;
        },
      });
      return one;
    });
    const roomed = new Bot({ events: library.events, talks });
    expect(roomed.ask('talks in hall a').kind).toBe('talks');
    reads = 0;
    const answer = roomed.ask('talks in hall b');
    expect(answer.kind).toBe('talks');
    expect(reads).toBeLessThan(talks.length);
  });
});
