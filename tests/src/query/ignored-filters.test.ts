import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * A year or an event is a filter, not a word to leave out unsaid: a year no talk is from, or an
 * event and a year no edition has together, finds no talk, or the talks without it, said so
 * (never the talks of other years as if they were of that one).
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
      topic: 'Data',
    }),
    talk(TIDE, 'locks', 'Supply chain locks', 'Pinning dependencies; provenance', {
      speakers: [{ name: 'Selma Virtanen', company: 'Harborline' }],
      topic: 'Security',
    }),
    talk(KORAL, 'topics', 'Kafka topics nobody owns', 'Schema registry; retention', {
      speakers: [{ name: 'Ana Kowal', company: 'Brightmesh' }],
      topic: 'Data',
    }),
    talk(KORAL, 'passkeys', 'Passkeys for everyone', 'WebAuthn; account recovery', {
      speakers: [{ name: 'Ana Kowal', company: 'Brightmesh' }],
      topic: 'Security',
    }),
  ],
};

const bot = new Bot(library);

describe('a year no talk is from', () => {
  it("lists a speaker's talks saying the year was left out", () => {
    const answer = bot.ask('talks by Selma Virtanen in 2019');
    expect(ids(answer).sort()).toEqual(['locks', 'streams']);
    expect(scope(answer)?.dropped).toBe('in 2019');
    // A year the notes are from still filters plainly.
    expect(ids(bot.ask('talks by Selma Virtanen in 2023')).sort()).toEqual(['locks', 'streams']);
  });

  it("lists a topic's talks saying the year was left out", () => {
    const answer = bot.ask('security talks in 2019');
    expect(ids(answer).sort()).toEqual(['locks', 'passkeys']);
    expect(scope(answer)?.dropped).toBe('in 2019');
    const plain = bot.ask('security talks in 2025');
    expect(ids(plain)).toEqual(['passkeys']);
    expect(scope(plain)?.dropped).toBeUndefined();
  });

  it('after a speaker named another way, is still left out, said so', () => {
    const answer = bot.ask('what did Ana Kowal say in 2019');
    expect(ids(answer).sort()).toEqual(['passkeys', 'topics']);
    expect(scope(answer)?.dropped).toBe('in 2019');
  });
});

describe('an event and a year together', () => {
  it('mean both: the event of another year is not that year, and says the year was left out', () => {
    const answer = bot.ask('kafka talks at tidecamp in 2025');
    expect(ids(answer)).toEqual(['streams']);
    expect(scope(answer)?.dropped).toBe('in 2025');
    const own = bot.ask('kafka talks at koralconf in 2025');
    expect(ids(own)).toEqual(['topics']);
    expect(scope(own)?.dropped).toBeUndefined();
  });

  it("list the event's talks without the year, said so, when nothing else is asked", () => {
    const answer = bot.ask('talks at koralconf in 2023');
    expect(ids(answer).sort()).toEqual(['passkeys', 'topics']);
    expect(scope(answer)?.dropped).toBe('in 2023');
  });
});

describe('a word no talk has beside a topic', () => {
  it("lists the topic's talks saying no talk mentions the word", () => {
    const answer = bot.ask('security talks zorblax');
    expect(ids(answer).sort()).toEqual(['locks', 'passkeys']);
    expect(scope(answer)?.unmatched).toEqual(['zorblax']);
  });

  it('says so too where the topic is widened to talks without one', () => {
    const wider = new Bot({
      ...library,
      talks: [
        ...library.talks,
        talk(KORAL, 'tokens', 'Security tokens in the browser', 'Cookies; storage', {
          speakers: [{ name: 'Ana Kowal', company: 'Brightmesh' }],
        }),
      ],
    });
    const answer = wider.ask('security talks zorblax');
    expect(ids(answer)).toContain('tokens');
    expect(scope(answer)?.unmatched).toEqual(['zorblax']);
  });
});
