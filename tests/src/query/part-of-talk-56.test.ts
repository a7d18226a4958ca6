import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * "What was the best part of the tide talk" listed the talk titled "The Best Part" first: the
 * title's words, said as a part of another talk, were read as naming it. Invented talks.
 */
const WAVE = 'wavecon-2032';
const bot = new Bot({
  events: [event(WAVE, 'WaveCon 2032')],
  talks: [
    talk(WAVE, 'best-part', 'The Best Part', 'Write the core domain first; plumbing last', {
      speakers: [{ name: 'Ines Moura' }],
    }),
    talk(WAVE, 'tide', 'Tide: batching work in waves', 'A toy scheduler; the live demo lagged', {
      speakers: [{ name: 'Oskar Lind' }],
    }),
    talk(WAVE, 'intro', 'The Opening Keynote', 'Welcome; the schedule', {
      speakers: [{ name: 'Rui Sousa' }],
    }),
  ],
});

describe('a title said as a part of another talk', () => {
  it.each([
    'what was the best part of the tide talk',
    "what was the best part of oskar's talk",
    'the best part of the tide session?',
  ])('"%s" is about the talk named after "of"', (asked) => {
    expect(ids(bot.ask(asked))[0]).toBe('tide');
  });

  it.each([
    'who gave the best part',
    'slides for the best part talk',
    'what was the best part of the conference',
    'the best part of the lightning session',
  ])('"%s" still names the talk titled so', (asked) => {
    expect(ids(bot.ask(asked))[0]).toBe('best-part');
  });
});
