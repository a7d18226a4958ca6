import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * A post of one day whose talks the notes give no day, date or time (the day is said only in the
 * prose): its talks are one day's, in the notes' order.
 */
const bot = new Bot({
  events: [event('devfest', 'DevFest Dole 2024')],
  // In the notes' order: id, title, notes.
  talks: [
    ['tui', 'Quand le terminal dévore la UI : TUI pour tous', 'Textual; Bubble Tea; Ratatui'],
    ['crypto', 'La crypto hardware', 'badges sans contact'],
    ['logs', 'N’ayez plus peur de vos logs', 'niveaux de log'],
    ['review', 'Merger sa PR en 10 secondes', 'mob code review'],
  ].map(([id, title, notes]) => talk('devfest', id ?? '', title ?? '', notes ?? '')),
});

describe('the order of talks the notes give no day or time', () => {
  it('finds the talk next to another in the notes’ order', () => {
    expect(ids(bot.ask('what came after the tui talk'))).toEqual(['crypto']);
    expect(ids(bot.ask('what was before the logs talk'))).toEqual(['crypto']);
    expect(bot.ask('what came after the tui talk')).toMatchObject({ scope: { listed: 'first' } });
  });

  it('reads "the first talk of the day" as the first talk, never a search for "day"', () => {
    expect(ids(bot.ask('first talk of the day'))[0]).toBe('tui');
    expect(ids(bot.ask('what was the last talk of the conference'))[0]).toBe('review');
  });
});
