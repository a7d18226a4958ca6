import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/**
 * "Did google present anything" where no speaker is from Google but a talk mentions it: the talk
 * was listed as if Google's people gave it ("did anyone from google speak" said they did not).
 * Invented notes.
 */
const E = 'harbourconf-2031';
const bot = new Bot({
  events: [event(E, 'HarbourConf 2031')],
  talks: [
    talk(E, 'pools', 'Pooling connections', 'we tried the Fjordpay pooler; then our own', {
      speakers: [{ name: 'Ada Lund', company: 'Tidewater' }],
    }),
    talk(E, 'tides', 'Tide tables in SQLite', 'a year in 40 KB', {
      speakers: [{ name: 'Ola Brandt', company: 'Fjordmap' }],
    }),
  ],
});

describe('did … present, of a name only the notes mention', () => {
  it.each(['did fjordpay present anything', 'did fjordpay speak?'])(
    '"%s" lists the talks that mention it, saying no speaker was from it',
    (asked) => {
      const answer = bot.ask(asked);
      expect(ids(answer)).toEqual(['pools']);
      expect(said(answer)).toContain('No speaker from fjordpay in the notes');
    },
  );

  it('is that company’s talks where a speaker is from it', () => {
    const answer = bot.ask('did fjordmap present anything');
    expect(ids(answer)).toEqual(['tides']);
    expect(said(answer)).not.toContain('No speaker from');
  });
});
