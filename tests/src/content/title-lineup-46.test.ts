import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A panel's title with its line-up on the same line by labels, "Moderator: …, Panelists: …" (the
 * shape of a real PyCon 2009 day-two recap, whose talks are "Title by Name" lines over notes).
 * Invented people and talks.
 */
const LINEUP =
  'The Queue Panel Moderator: Ada Brenner, Panelists: Tom Weiss, Ines Vogt, Dr. Paulo Reis, Kari Holm';
const each = (parsed: ReturnType<typeof post>) =>
  parsed.talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', ')]);
const PANEL = [
  'The Queue Panel',
  'Ada Brenner, Tom Weiss, Ines Vogt, Dr. Paulo Reis, Kari Holm',
] as const;

describe('a title followed by its line-up’s labels', () => {
  it('ends the title at the moderator’s label, all the people its speakers, in a recap', () => {
    const parsed = post(
      'Harbourconf - Day 2',
      '',
      'My heavily abridged recap of Day 2.',
      '',
      'The State of Ferries by Jonas Berg (pycon link)',
      'It was a recap of the year.',
      '',
      'Dockside by Mia Lund (pycon link)',
      'This was similar to the State of Ferries talk.',
      '',
      `${LINEUP} (pycon link)`,
      'We had less fireworks here than I had hoped.',
    );
    expect(each(parsed)).toEqual([
      ['The State of Ferries', 'Jonas Berg'],
      ['Dockside', 'Mia Lund'],
      PANEL,
    ]);
  });

  it('reads the same as a heading and as a bullet', () => {
    const heading = post('# Harbourconf 2031', '', `## ${LINEUP}`, '', 'Less fireworks.');
    expect(each(heading)).toEqual([PANEL]);
    const bullet = post('# Harbourconf 2031', '', `- ${LINEUP}`, '- Ferries by Jonas Berg');
    expect(each(bullet)[0]).toEqual(PANEL);
  });
});
