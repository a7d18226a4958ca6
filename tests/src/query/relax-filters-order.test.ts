import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * Several filters no talk passes together, wherever each stands in the question: "at EVENT"
 * read as a company nobody is, "by NAME in YEAR" read as one long name, are still an event and
 * a year to leave out, said so.
 */

const TIDE = 'tidecamp-2023';
const KORAL = 'koralconf-2025';

const library: Library = {
  events: [
    event(TIDE, 'Tidecamp 2023', { dates: '2023-06-06..2023-06-07' }),
    event(KORAL, 'Koralconf 2025', { dates: '2025-10-02' }),
  ],
  talks: [
    talk(TIDE, 'streams', 'Kafka streams in anger', 'Rebalancing; exactly once', {
      speakers: [{ name: 'Selma Virtanen', company: 'Harborline' }],
      date: '2023-06-07',
      day: 'Day 2',
    }),
    talk(TIDE, 'locks', 'Supply chain locks', 'Pinning dependencies; provenance', {
      speakers: [{ name: 'Selma Virtanen', company: 'Harborline' }],
      date: '2023-06-06',
      day: 'Day 1',
    }),
    talk(TIDE, 'caches', 'Caches that lie', 'Stale reads; invalidation', {
      speakers: [{ name: 'Tomas Greve', company: 'Quillsoft' }],
      date: '2023-06-06',
      day: 'Day 1',
    }),
    talk(KORAL, 'mesh', 'Service mesh without regret', 'Sidecars; mTLS', {
      speakers: [{ name: 'Ana Kowal', company: 'Brightmesh' }],
    }),
    talk(KORAL, 'budgets', 'Error budgets for humans', 'SLOs; paging less', {
      speakers: [{ name: 'Ana Kowal', company: 'Brightmesh' }],
    }),
  ],
};

const bot = new Bot(library);

describe('an event or a year left out wherever it stands', () => {
  it('leaves out the event after a subject', () => {
    const answer = bot.ask('kafka talks at koralconf');
    expect(ids(answer)).toEqual(['streams']);
    expect(scope(answer)?.dropped).toBe('at koralconf');
  });

  it('leaves out the event after a speaker, keeping the speaker', () => {
    const answer = bot.ask('talks by Selma Virtanen at koralconf');
    expect(ids(answer).sort()).toEqual(['locks', 'streams']);
    expect(scope(answer)?.dropped).toBe('at koralconf');
  });

  it('leaves out the event before a speaker or company', () => {
    const answer = bot.ask('talks at koralconf by Selma Virtanen');
    expect(ids(answer).sort()).toEqual(['locks', 'streams']);
    expect(scope(answer)?.dropped).toBe('at koralconf');
    const company = bot.ask('caches talks at koralconf from Quillsoft');
    expect(ids(company)).toEqual(['caches']);
    expect(scope(company)?.dropped).toBe('at koralconf');
  });

  it('leaves out the year after a speaker, saying it as typed', () => {
    const answer = bot.ask('talks by Selma Virtanen in 2025');
    expect(ids(answer).sort()).toEqual(['locks', 'streams']);
    expect(scope(answer)?.dropped).toBe('in 2025');
  });

  it('keeps the day when the event stands before it', () => {
    const answer = bot.ask('kafka talks at koralconf on day 2');
    expect(ids(answer)).toEqual(['streams']);
    expect(scope(answer)?.dropped).toBe('at koralconf');
  });

  it('leaves out the day before the event when both together find talks', () => {
    const answer = bot.ask('caches talks at tidecamp on day 2');
    expect(ids(answer)).toEqual(['caches']);
    expect(scope(answer)?.dropped).toBe('on day 2');
  });

  it('titles the talks by the question as typed, less the words left out', () => {
    const answer = bot.ask('Caches talks at Tidecamp on Day 2?');
    const found = scope(answer);
    expect(found?.kind === 'search' && found.words).toBe('Caches talks at Tidecamp?');
    expect(found?.dropped).toBe('on Day 2');
  });

  it('keeps a plain "no match" for a subject the notes do not have', () => {
    expect(bot.ask('blockchain talks at koralconf').kind).toBe('none');
  });

  it('answers without an event the notes do not have, saying it left it out', () => {
    // No talk is from zorblaxconf: the Kafka talk, Selma's talks, are the answer to the rest.
    const kafka = bot.ask('kafka talks at zorblaxconf');
    expect(ids(kafka)).toEqual(['streams']);
    expect(scope(kafka)?.dropped).toBe('at zorblaxconf');
    const selma = bot.ask('talks by Selma Virtanen at zorblaxconf');
    expect(ids(selma).sort()).toEqual(['locks', 'streams']);
    expect(scope(selma)?.dropped).toBe('at zorblaxconf');
  });
});
