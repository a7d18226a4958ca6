import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, slides, talk, video } from './library-fixture.ts';

/**
 * Whether the slides and videos are out, asked of the links themselves or of every talk: the
 * talks that have them answer, never a search for "every", "online" or "posted".
 */
const EV = 'harbour-2025';
const bot = new Bot({
  events: [event(EV, 'Harbour Conf 2025')],
  talks: [
    talk(EV, 'queues', 'Queues in practice', 'Backpressure; retries', {
      links: [slides('https://example.org/queues.pdf'), video('https://example.org/v/queues')],
    }),
    talk(EV, 'caching', 'Caching at the edge', 'TTLs; purges', {
      links: [slides('https://example.org/caching.pdf')],
    }),
    talk(EV, 'oncall', 'Humane on-call', 'Rotations; pay', {
      links: [video('https://example.org/v/oncall')],
    }),
    talk(EV, 'games', 'Online games at scale', 'Lobbies; matchmaking'),
  ],
});

describe('whether the links are out', () => {
  it.each([
    ['are the videos online?', ['queues', 'oncall']],
    ['when will the recordings be out', ['queues', 'oncall']],
    ['is there a video of every talk?', ['queues', 'oncall']],
    ['is every talk on youtube?', ['queues', 'oncall']],
    ['have the slides been posted yet?', ['queues', 'caching']],
    ['are the slides up?', ['queues', 'caching']],
    ['does every talk have slides?', ['queues', 'caching']],
    ['are the slides for every talk available?', ['queues', 'caching']],
  ])('%s → the talks with them', (asked, expected) => {
    const answer = bot.ask(asked);
    expect(ids(answer).sort()).toEqual([...expected].sort());
    expect(scope(answer)).toMatchObject({
      having: expected.includes('oncall') ? 'video' : 'slides',
    });
  });

  it('of one talk: that talk, its link asked for', () => {
    const answer = bot.ask('is the video of the on-call talk online?');
    expect(ids(answer)).toEqual(['oncall']);
    expect(scope(answer)).toMatchObject({ having: 'video' });
  });

  it('"online" as a subject stays one', () => {
    expect(ids(bot.ask('online games'))).toEqual(['games']);
    expect(ids(bot.ask('every talk about caching'))).toEqual(['caching']);
  });
});
