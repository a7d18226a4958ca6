import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * A word typed right that the notes lack is not "corrected" to a non-word that only shares a
 * stem with a word they have: "wallets" less its "t" is "walles", a plural of the notes' "wall".
 * A real extra letter ("netflixx", "kafkaa") is still a slip of the notes' word.
 */

const bot = new Bot({
  events: [event('harbour-2025', 'HarbourConf 2025')],
  talks: [
    talk('harbour-2025', 'keys', 'Cold storage for keys', 'air-gapped wall; shards of a key'),
    talk('harbour-2025', 'pipes', 'Unix pipes', 'pipe buffers; backpressure'),
    talk('harbour-2025', 'kafka', 'Kafka consumers', 'rebalancing; offsets'),
  ],
});

const corrected = (asked: string) => {
  const answer = bot.ask(asked);
  return answer.kind === 'talks' && answer.scope.kind === 'search'
    ? answer.scope.correctedFrom
    : undefined;
};

describe('a word one letter longer than a stem of the notes', () => {
  it.each(['wallets', 'key wallets', 'piped'])('"%s" is not shown as a typo', (asked) => {
    expect(corrected(asked)).toBeUndefined();
  });

  it('is still a slip where the word without the letter is written in the notes', () => {
    expect(corrected('kafkaa consumers')).toBe('kafkaa consumers');
    expect(ids(bot.ask('kafkaa consumers'))).toEqual(['kafka']);
  });
});
