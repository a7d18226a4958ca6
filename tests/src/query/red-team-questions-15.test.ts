import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q11, the schedule of a two-day conference with rooms and an archive of several
 * editions: what clashes with a talk, a room named by its code, how old a subject's talks are,
 * letters typed without their stroke, and "what time" asked in Spanish and French. Invented notes.
 */
const [REEF, REEF23, REEF24] = ['reefcon-2025', 'reefcon-2023', 'reefcon-2024'];
const day1 = { date: '2025-04-08', day: 'Day 1' };
const day2 = { date: '2025-04-09', day: 'Day 2' };
const bot = new Bot({
  events: [
    event(REEF, 'ReefCon 2025', { dates: '2025-04-08..2025-04-09', place: 'Ålesund, Norway' }),
    event(REEF23, 'ReefCon 2023', { dates: '2023-04-11', place: 'Tromsø, Norway' }),
    event(REEF24, 'ReefCon 2024', { dates: '2024-04-10', place: 'Tromsø, Norway' }),
  ],
  talks: [
    talk(REEF, 'keynote', 'Keynote: Tides of software', 'Systems outlive teams', {
      ...day1,
      time: '09:00–09:45',
      room: 'Main hall',
      kind: 'Keynote',
    }),
    talk(REEF, 'pact', 'Contract tests with Pact', 'Consumer-driven contracts; CI gate', {
      ...day1,
      time: '10:00–10:45',
      room: 'Room 2B',
    }),
    talk(REEF, 'queues', 'Queues that keep up', 'Backpressure; consumer lag', {
      ...day1,
      time: '10:00–10:45',
      room: 'Room 2A',
    }),
    talk(REEF, 'lab', 'Workshop: tracing with eBPF', 'bpftrace; retransmits', {
      ...day1,
      time: '10:30–12:00',
      room: 'Lab 1',
      kind: 'Workshop',
    }),
    talk(REEF, 'flags', 'Feature flags in production', 'Dark launches; kill switches', {
      ...day1,
      time: '13:30–14:15',
      room: 'Room 2B',
    }),
    talk(REEF, 'mutants', 'Mutation testing', 'Stryker; tests that assert nothing', {
      ...day2,
      time: '10:00–10:45',
      room: 'Room 2A',
    }),
    talk(REEF23, 'go-old', 'Generics in Go', 'Type parameters; constraints', {
      date: '2023-04-11',
      speakers: [{ name: 'Kari Lunde', company: 'Bølgeverk' }],
    }),
    talk(REEF24, 'go-new', 'Iterators in Go', 'Range over func', {
      date: '2024-04-10',
      speakers: [{ name: 'Kari Lunde', company: 'Bølgeverk' }],
    }),
  ],
});

describe('what clashes with a talk', () => {
  it('is the other talks of its day whose slots overlap its own', () => {
    for (const asked of [
      'which talks clash with the pact talk',
      'what runs at the same time as the pact talk?',
      'anything in parallel with the pact talk',
      'what is in the same slot as contract tests',
    ])
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['lab', 'queues']);
    expect(ids(bot.ask('what overlaps with the ebpf workshop')).sort()).toEqual(['pact', 'queues']);
  });

  it('is nothing for a talk alone in its slot', () => {
    expect(bot.ask('what clashes with the feature flags talk')).toMatchObject({ kind: 'none' });
  });
});

describe('a room named by its code', () => {
  it('is that room, with the rest of the question', () => {
    expect(ids(bot.ask("what's in 2A on day 2"))).toEqual(['mutants']);
    expect(ids(bot.ask('talks in 2B'))).toEqual(['pact', 'flags']);
    expect(ids(bot.ask("what's happening in lab 1"))).toEqual(['lab']);
  });

  it('and the rooms asked for themselves are offered as questions', () => {
    const answer = bot.ask('which rooms are there?');
    expect(answer.kind === 'none' && answer.suggestions).toEqual([
      'talks in Main hall',
      'talks in Room 2B',
      'talks in Room 2A',
      'talks in Lab 1',
    ]);
  });
});

describe('how old the talks of a subject are', () => {
  it('is read with the subject between the word and the talk', () => {
    expect(ids(bot.ask('oldest go talk'))).toEqual(['go-old']);
    expect(ids(bot.ask('the latest go talk'))).toEqual(['go-new']);
    expect(ids(bot.ask('most recent go talk?'))).toEqual(['go-new']);
  });
});

describe('a letter typed without its stroke', () => {
  it('finds the company, the place and the person as the notes write them', () => {
    expect(ids(bot.ask('talks from bolgeverk')).sort()).toEqual(['go-new', 'go-old']);
    expect(ids(bot.ask('talks in tromso')).sort()).toEqual(['go-new', 'go-old']);
  });
});

describe('"what time" and subjects asked in Spanish and French', () => {
  it('is when the talk is', () => {
    expect(ids(bot.ask('¿a qué hora es la keynote?'))).toEqual(['keynote']);
    expect(ids(bot.ask('à quelle heure est le workshop ?'))).toEqual(['lab']);
    expect(ids(bot.ask('charlas sobre pruebas')).sort()).toEqual(['mutants', 'pact']);
  });
});
