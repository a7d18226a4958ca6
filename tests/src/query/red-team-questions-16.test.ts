import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Questions a red team asked that the notes answered wrongly or not at all: an afternoon time
 * written without pm, asking what one missed, a version number read as a room, "doing" read as a
 * word of the talks, and a phrase in its plural where the notes write the singular. Invented notes.
 */
const [BRINE, KELP] = ['brineconf-2025', 'kelpdays-2024'];
const library = {
  events: [
    event(BRINE, 'BrineConf 2025', { dates: '2025-04-08' }),
    event(KELP, 'KelpDays 2024', { dates: '2024-11-05' }),
  ],
  talks: [
    talk(BRINE, 'tracing', 'Tracing 2.0', 'Wide events; sampling at the edge', {
      date: '2025-04-08',
      time: '9:30am-10:15am',
    }),
    talk(BRINE, 'lakes', 'Goodbye to the data lake', 'Tables in object storage; catalogues', {
      date: '2025-04-08',
      time: '2:30pm-3:15pm',
    }),
    talk(BRINE, 'rooms', 'Seating plans as code', 'Room 2 overflowed; we planned better', {
      date: '2025-04-08',
      time: '11:00am-11:45am',
      room: 'Room 2',
    }),
    talk(BRINE, 'ebpf', 'eBPF without the kernel hacking', 'Probes; maps; safe by design', {
      date: '2025-04-08',
      time: '4:00pm-4:45pm',
      room: 'Room 2',
    }),
    talk(KELP, 'lakehouse', 'Lakehouse formats compared', 'Iceberg; Delta; Hudi'),
    talk(KELP, 'tracing-budgets', 'Tracing on a budget', 'Tail sampling; costs'),
  ],
};
const bot = new Bot(library);

describe('an afternoon time written without am or pm', () => {
  it('is the afternoon’s, as a schedule is read', () => {
    expect(ids(bot.ask("what's at 2:45"))).toEqual(['lakes']);
    expect(ids(bot.ask('talks after 3:30'))).toEqual(['ebpf']);
  });

  it('stays the morning’s written with its zero or with am', () => {
    expect(ids(bot.ask('what was on at 09:30'))).toEqual(['tracing']);
    expect(ids(bot.ask('what was on at 9:45am'))).toEqual(['tracing']);
  });
});

describe('asking what one missed', () => {
  it('is the conference as a whole, not a search for the words', () => {
    for (const asked of [
      'what did I miss',
      'what did I miss?',
      'catch me up',
      'I missed the conference, what should I know',
      "I couldn't go, what happened",
    ])
      expect(bot.ask(asked).kind, asked).toBe('events');
  });
});

describe('a version number beside a subject', () => {
  it('is no room named with the number', () => {
    expect(ids(bot.ask('tracing 2.0'))).toEqual(['tracing']);
    expect(ids(bot.ask('tracing 2'))).toContain('tracing');
  });

  it('leaves a room asked with its word the room', () => {
    expect(ids(bot.ask('talks in room 2')).sort()).toEqual(['ebpf', 'rooms']);
  });
});

describe('the asking around a subject', () => {
  it('reads "doing" as no word of the talks', () => {
    expect(ids(bot.ask('is anyone doing ebpf?'))).toEqual(['ebpf']);
    expect(ids(bot.ask('any1 doing ebpf??'))).toEqual(['ebpf']);
  });
});

describe('a phrase typed in its plural', () => {
  it('is the phrase the notes write in the singular, not a synonym the notes have once', () => {
    expect(ids(bot.ask('data lakes'))).toEqual(['lakes']);
    expect(ids(bot.ask('the talk where they said data lakes are dead'))).toEqual(['lakes']);
  });
});
