import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

/**
 * Red-team round Q7, chat. A follow-up said after an acknowledgement ("ok cool and the slides?")
 * points back as the follow-up alone does; a word for the kind of thing a subject is ("outbox
 * pattern", "SPACE framework") that no talk says is left out, said so, as an aspect word is. The
 * EU's data protection law is found by its names in other languages.
 */

const E = 'tidecamp-2025';
const bot = new Bot({
  events: [event(E, 'Tidecamp 2025')],
  talks: [
    talk(E, 'outbox', 'Events without a broker', 'An outbox table; polling with SKIP LOCKED', {
      links: [slides('https://example.org/outbox.pdf')],
    }),
    talk(E, 'space', 'Measuring teams with SPACE', 'Satisfaction surveys; never rank people', {
      links: [video('https://example.org/space')],
    }),
    talk(E, 'css', 'Container queries', 'Components that fit their slot'),
    talk(E, 'joins', 'Interval joins', 'Watermarks and late data'),
    talk(E, 'dsgvo', 'DSGVO-konforme Logs', 'IP-Adressen maskieren; personenbezogene Daten'),
  ],
});

describe('a follow-up after an acknowledgement', () => {
  it('asks which talk, as the follow-up alone does', () => {
    for (const asked of [
      'ok cool and the slides?',
      'cool, and the video?',
      'thanks! and the slides?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind === 'none' && answer.reason, asked).toBe('which-talk');
    }
    // One that names its talk is answered.
    expect(ids(bot.ask('ok cool, and the slides for the outbox talk?'))).toEqual(['outbox']);
  });
});

describe('a word for the kind of thing a subject is, which no talk says', () => {
  it('is left out beside the subject, and said to be', () => {
    for (const [asked, id, word] of [
      ['outbox pattern', 'outbox', 'pattern'],
      ['SPACE framework', 'space', 'framework'],
    ] as const) {
      const answer = bot.ask(asked);
      expect(ids(answer), asked).toEqual([id]);
      expect(answer.kind === 'talks' && answer.scope.unmatched, asked).toEqual([word]);
    }
  });
});

describe("the EU's data protection law and personal data", () => {
  it('are found where the notes name them in German', () => {
    for (const asked of ['GDPR', 'gdpr logs', 'PII in logs', 'personal data']) {
      expect(ids(bot.ask(asked)), asked).toEqual(['dsgvo']);
    }
  });
});

describe('a word typed as meant, one letter from a word of the notes', () => {
  it('is not corrected to it where the letter is no slip', () => {
    // "internal" is no slip of "interval": n and v are neither near keys nor heard alike.
    expect(ids(bot.ask('internal'))).toEqual(['none']);
    expect(ids(bot.ask('intervsl joins'))).toEqual(['joins']);
  });
});
