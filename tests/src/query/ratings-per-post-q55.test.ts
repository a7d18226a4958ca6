import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/**
 * Two posts, each rating its own talks on its own scale (one generous, one strict), and a third
 * that rates none; invented.
 */
const library: Library = {
  events: [
    event('saltconf-2024', 'Saltconf 2024', { author: 'Ada' }),
    event('brinecamp-2024', 'Brinecamp 2024', { author: 'Ola' }),
    event('tidepool-2024', 'Tidepool 2024'),
  ],
  talks: [
    talk('saltconf-2024', 'salt-a', 'Caching salt', 'keys and stampedes', {
      rating: { score: 5, scale: 5 },
    }),
    talk('saltconf-2024', 'salt-b', 'Salt at the edge', 'proxies', {
      rating: { score: 5, scale: 5 },
    }),
    talk('saltconf-2024', 'salt-c', 'Salt budgets', 'cost', { rating: { score: 4, scale: 5 } }),
    talk('brinecamp-2024', 'brine-a', 'Brine pipelines', 'batch jobs', {
      rating: { score: 7, scale: 10 },
    }),
    talk('brinecamp-2024', 'brine-b', 'Brine and SLOs', 'freshness', {
      rating: { score: 4, scale: 10 },
    }),
    talk('tidepool-2024', 'tide', 'Tides of on-call', 'pages per shift'),
  ],
};
const bot = new Bot(library);

describe('ratings of several posts, each by its own author', () => {
  it('"best talk" puts each post\'s best first, never one author\'s picks filling the list', () => {
    const answer = bot.ask('best talk');
    expect(ids(answer).slice(0, 2)).toEqual(['salt-a', 'brine-a']);
    expect(ids(answer)).toHaveLength(5);
    expect(said(answer)).toContain('Rated by the authors of 2 posts');
  });

  it('"worst talk" puts each post\'s lowest rated first', () => {
    expect(ids(bot.ask('worst talk')).slice(0, 2)).toEqual(['brine-b', 'salt-c']);
  });

  it.each(['best talk at saltconf', 'what was the best talk at saltconf 2024?'])(
    '"%s" ranks that post\'s talks only, as one author\'s',
    (asked) => {
      const answer = bot.ask(asked);
      expect(ids(answer)).toEqual(['salt-a', 'salt-b', 'salt-c']);
      expect(said(answer)).toContain("Rated by the notes' author themselves");
    },
  );

  it('"best talk at tidepool", whose notes rate none, says so', () => {
    const answer = bot.ask('best talk at tidepool');
    expect(ids(answer)).toEqual(['tide']);
    expect(said(answer)).toContain('rated none of the talks asked about');
  });
});
