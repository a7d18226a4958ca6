import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round R: questions typed as people type them in chat, each class on invented notes:
 * everyday words around a subject, and follow-ups that point at an answer the bot never kept.
 */

const HARBOUR = 'datahaven-2024';
const notes = new Bot({
  events: [event(HARBOUR, 'Datahaven 2024')],
  talks: [
    talk(
      HARBOUR,
      'tracking',
      'Experiment tracking for small teams',
      'Kestrelflow runs; a model registry',
      {
        speakers: [{ name: 'Ines Varga', company: 'Tidewater' }],
      },
    ),
    talk(HARBOUR, 'recipes', 'Upgrades with codemods', 'Using rewrite recipes for every module', {
      speakers: [{ name: 'Olaf Brenner', company: 'Quayline' }],
    }),
    talk(
      HARBOUR,
      'typing',
      'Strict types, one package at a time',
      'Pyrefly in the editor; she showed the CI gate',
      {
        speakers: [{ name: 'Mira Sandoval', company: 'Quayline' }],
      },
    ),
    talk(HARBOUR, 'sleep', 'On-call without losing sleep', 'Fewer pages; a better runbook', {
      speakers: [{ name: 'Tove Lind', company: 'Tidewater' }],
    }),
  ],
});

describe('everyday words around the one word that names the subject', () => {
  it('finds the talk for "is anyone using X" though a talk says "using" and not X', () => {
    expect(ids(notes.ask('is anybody here using kestrelflow?'))).toEqual(['tracking']);
  });

  it('finds the talk for "was X mentioned anywhere", a word no stop-word list has', () => {
    expect(ids(notes.ask('has anyone mentioned pyrefly anywhere?'))).toEqual(['typing']);
  });

  it('reads "she" as no search word, so it cannot find a talk whose notes say "she showed"', () => {
    const answer = notes.ask('what else did she present?');
    expect(answer.kind === 'none' && answer.reason).toBe('which-talk');
  });
});

describe('a follow-up that points at the answer before', () => {
  it('asks which talk for "more like that", not "no talk matches"', () => {
    for (const asked of ['more like that', 'anything similar to this one', 'talks like that one']) {
      const answer = notes.ask(asked);
      expect(answer.kind === 'none' && answer.reason, asked).toBe('which-talk');
    }
  });

  it('asks which talk for "link pls", not every talk', () => {
    const answer = notes.ask('the link please');
    expect(answer.kind === 'none' && answer.reason).toBe('which-talk');
  });

  it('still lists the talks like one named', () => {
    const found = ids(notes.ask('more like the codemods talk'));
    expect(found).not.toContain('recipes');
  });
});

describe('what the notes never record, asked in other words', () => {
  const [OLD, LAST] = ['ferrycon-2022', 'quayconf-2024'];
  const events = new Bot({
    events: [
      event(OLD, 'Ferrycon 2022', { dates: '2022-04-02' }),
      event(LAST, 'Quayconf 2024', { dates: '2024-04-02' }),
    ],
    talks: [
      talk(OLD, 'ferries', 'Ferry timetables as code', 'Schedules in git'),
      talk(LAST, 'cranes', 'Crane telemetry at the quay', 'Sensors; alert storms'),
      talk(LAST, 'slides-talk', 'Slides nobody reads', 'Decks; speaker notes'),
    ],
  });
  const unknownOf = (asked: string) => {
    const answer = events.ask(asked);
    if (answer.kind === 'talks') return answer.scope.unknown;
    return answer.kind === 'none' ? answer.unknown : answer.kind;
  };

  it('says the notes hold no prices for "the price of an X ticket", with the event’s talks', () => {
    const answer = events.ask('the price of one quayconf pass?');
    expect(unknownOf('the price of one quayconf pass?')).toBe('prices');
    expect(ids(answer).sort()).toEqual(['cranes', 'slides-talk']);
    expect(unknownOf('how much was a quayconf ticket')).toBe('prices');
  });

  it('says the notes hold no next edition for "will there be an X <year>", not that year’s talks', () => {
    expect(unknownOf('will there be a quayconf 2026?')).toBe('future');
    expect(unknownOf('is there going to be another quayconf')).toBe('future');
  });

  it('reads "will there be slides" as a question about a talk’s links, not about the future', () => {
    expect(unknownOf('will there be slides for the crane telemetry talk')).toBeUndefined();
  });

  it('says the notes hold no ratings for "which talk got the most feedback", not "no match"', () => {
    expect(unknownOf('which session got the most positive feedback?')).toBe('ratings');
    expect(unknownOf('top rated talks at quayconf')).toBe('ratings');
  });
});

describe('questions about the talks’ speakers and kinds, which no talk’s words answer', () => {
  const [NORTH, SOUTH] = ['northpier-2023', 'southpier-2024'];
  const piers = new Bot({
    events: [event(NORTH, 'Northpier 2023'), event(SOUTH, 'Southpier 2024')],
    talks: [
      talk(NORTH, 'duo', 'Two views on queues', 'Two speakers; one queue', {
        kind: 'Panel',
        speakers: [
          { name: 'Ada Holm', company: 'Kaiwerk' },
          { name: 'Bo Strand', company: 'Rivlet' },
        ],
      }),
      talk(NORTH, 'solo', 'Queues alone', 'One speaker', {
        kind: 'Keynote',
        speakers: [{ name: 'Ada Holm', company: 'Kaiwerk' }],
      }),
      talk(NORTH, 'indie', 'Open source on weekends', 'Two maintainers', {
        speakers: [{ name: 'Cy Moen' }],
      }),
      talk(SOUTH, 'again', 'Queues, again', 'More than one retry', {
        speakers: [{ name: 'Ada Holm', company: 'Kaiwerk' }],
      }),
      talk(SOUTH, 'other', 'Streams', 'Partitions', {
        speakers: [{ name: 'Di Varg', company: 'Rivlet' }],
      }),
    ],
  });
  const tallyOf = (asked: string) => {
    const answer = piers.ask(asked);
    return answer.kind === 'talks' ? answer.scope.tally?.names.map((n) => n.name) : answer.kind;
  };

  it('counts the companies with more than N talks, not the talks that say N', () => {
    expect(tallyOf('which companies did more than 2 talks?')).toEqual(['Kaiwerk']);
    expect(tallyOf('companies with two or more talks')).toEqual(['Kaiwerk', 'Rivlet']);
  });

  it('names the speakers of both events asked about', () => {
    expect(tallyOf('who presented at both northpier and southpier')).toEqual(['Ada Holm']);
  });

  it('lists the talks with several speakers, of the event asked about', () => {
    expect(ids(piers.ask('which sessions had multiple speakers?'))).toEqual(['duo']);
    expect(ids(piers.ask('talks with more than one speaker at southpier'))).toEqual(['none']);
  });

  it('lists the talks of speakers the notes give no company', () => {
    expect(ids(piers.ask('speakers without a company?'))).toEqual(['indie']);
  });

  it('answers which events had a keynote with those events, not talks that say "event"', () => {
    const answer = piers.ask('what conferences had a keynote');
    expect(answer.kind === 'events' && answer.events.map((e) => e.id)).toEqual([NORTH]);
  });
});
