import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/** Invented notes of one event whose notes give neither its place nor its dates. */
const bot = new Bot({
  events: [event('kelpconf', 'KelpConf 2024')],
  talks: [talk('kelpconf', 'tides', 'Tidal batch jobs', 'cron at the full moon')],
});

describe('"where was the conference?" asked of notes that never say', () => {
  it('says the notes do not say where, in English and in other languages', () => {
    for (const asked of [
      'where was the conference?',
      'where was the event held',
      'gdzie odbyła się konferencja?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('events');
      expect(answer, asked).toMatchObject({ unsaid: 'place' });
    }
  });

  it('says the notes give no date when asked when', () => {
    expect(bot.ask('when was the conference?')).toMatchObject({ kind: 'events', unsaid: 'dates' });
  });

  it('says nothing unsaid when only the events are asked for', () => {
    const answer = bot.ask('which conferences do you know?');
    expect(answer.kind).toBe('events');
    expect(answer).not.toHaveProperty('unsaid');
  });
});
