import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { findUnknown } from '../../../src/query/unknowns.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Questions asked in sentences after a conference (round q54), over invented notes. */
const library: Library = {
  events: [event('kelp-2024', 'Kelp Summit 2024')],
  talks: [
    talk('kelp-2024', 'panel', 'Platform teams panel', 'three teams compare notes', {
      speakers: [{ name: 'Ada Brun' }, { name: 'Lu Mai' }, { name: 'Tor Vik' }],
    }),
    talk('kelp-2024', 'solo', 'Streams without tears', 'backpressure in consumers', {
      speakers: [{ name: 'Ines Holm' }],
    }),
  ],
};
const bot = new Bot(library);

describe('which talk had the most people', () => {
  it.each([
    'which talk had the most people',
    'which talk drew the most people?',
    'which session was the most crowded',
  ])('"%s" says the notes do not count audiences, never the talk with most speakers', (asked) => {
    expect(bot.ask(asked)).toMatchObject({ kind: 'none', unknown: 'attendance' });
  });

  it.each(['which talk had the most speakers', 'which panel had the most people'])(
    '"%s" is still the talk with the most speakers first',
    (asked) => {
      expect(ids(bot.ask(asked))[0]).toBe('panel');
    },
  );
});

describe("a talk's rating asked of notes that rate none", () => {
  it.each([
    'what is the rating of the streams talk',
    'how would you rate the streams talk',
    'how did the author rate the streams talk',
  ])('"%s" says the notes do not rate talks, under that talk', (asked) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual(['solo']);
    expect(answer).toMatchObject({ scope: { unknown: 'ratings' } });
  });
});

describe('words of a rating inside a subject', () => {
  it.each(['burn rate best practices', 'error rates highly variable'])(
    '"%s" is no question of ratings',
    (asked) => {
      expect(findUnknown(asked)?.unknown).not.toBe('ratings');
    },
  );
});
