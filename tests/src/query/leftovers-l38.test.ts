import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Questions left over from earlier rounds (round l38). Invented events, talks and people. */

const FJORD = 'fjordcraft-2026';
/** A two-day workshop whose notes give no talk a time of day, and write short forms with dots. */
const bot = new Bot({
  events: [
    event(FJORD, 'Fjordcraft Frontend Workshop 2026', {
      dates: '2026-03-11..2026-03-12',
      place: 'Ålesund',
    }),
  ],
  talks: [
    talk(
      FJORD,
      'signals',
      'Signals in Practice',
      'reactive graphs; the A.I. assistant wrote the demo',
    ),
    talk(FJORD, 'layout', 'Layout Without Media Queries', 'container queries; the U.X. of forms'),
    talk(FJORD, 'budgets', 'Raw HTML Pages', 'brutalist aesthetics; performance budgets'),
  ],
});

const noneTitle = (answer: Answer) => {
  expect(answer.kind).toBe('none');
  return noneTexts(answer as Extract<Answer, { kind: 'none' }>).title;
};

describe('a part of the day over notes that give no times', () => {
  it('says the notes have no times, and names the other words no talk has', () => {
    const title = noneTitle(bot.ask('midi talks in the morning'));
    expect(title).toContain('no talk a time of day');
    expect(title).toContain('“midi”');
  });

  it('still lists the talks the other words find', () => {
    expect(ids(bot.ask('container talks in the afternoon'))).toEqual(['layout']);
  });
});

describe('when the event was, called by its kind or in Polish', () => {
  it.each(['when was the workshop?', 'where was the meetup held?', 'kiedy była konferencja?'])(
    '"%s" answers with the events',
    (asked) => {
      const answer = bot.ask(asked);
      expect(answer.kind).toBe('events');
    },
  );

  it('asks about the talk where a talk is itself a workshop', () => {
    const withWorkshop = new Bot({
      events: [event(FJORD, 'Fjordcraft 2026')],
      talks: [
        talk(FJORD, 'ws', 'Workshop: Accessible Forms', 'labels first', { kind: 'workshop' }),
        talk(FJORD, 'grid', 'Grid Tricks', 'subgrid'),
      ],
    });
    expect(withWorkshop.ask('when was the workshop?').kind).not.toBe('events');
  });
});

describe('"what time did it start?" with no talk answered before', () => {
  it('is about the event, never a search for "time"', () => {
    expect(bot.ask('what time did it start?').kind).toBe('events');
  });
});

describe('short forms written with dots', () => {
  it.each([
    ['ai', 'signals'],
    ['A.I. talks', 'signals'],
    ['ux', 'layout'],
  ])('"%s" finds the notes\' dotted form', (asked, id) => {
    expect(ids(bot.ask(asked))).toEqual([id]);
  });
});

describe('a word of the medium or the making beside a subject the notes have', () => {
  const ui = new Bot({
    events: [event('pinecone', 'Pinecone UI Day 2026')],
    talks: [
      talk('pinecone', 'fast', 'Fast Pages Everywhere', 'performance budgets; lazy images'),
      talk('pinecone', 'ugly', 'Ugly on Purpose', 'brutalism in interfaces; raw layouts'),
      talk('pinecone', 'tables', 'Accessible Tables', 'screen readers'),
    ],
  });

  it.each([['web perf', 'fast']])(
    '"%s" finds the subject, the word the notes lack left out',
    (asked, id) => {
      expect(ids(ui.ask(asked))).toEqual([id]);
    },
  );

  it('a subject of its own the notes lack is still no match', () => {
    expect(ui.ask('web components').kind).toBe('none');
  });
});
