import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Lines and headings that looked like the author's rating and were read as one: a count out of
 * three ("Note: 2 of 3"), two stars alone, a part of a series ("part two (3/5)"). Invented
 * event and talks.
 */
const ratings = (...lines: string[]) =>
  parseNotes(['# Saltfjord 2031', '', ...lines].join('\n'), 'notes.md', 'saltfjord').talks.map(
    (talk) => [talk.title, talk.rating ? `${talk.rating.score}/${talk.rating.scale}` : '-'],
  );

describe('no rating where the notes give none', () => {
  it('reads no count out of an odd scale, nor two stars alone', () => {
    expect(
      ratings(
        '## Caching salt — Ada Brun',
        '',
        '- Keys and stampedes',
        '',
        'Note: 2 of 3',
        '',
        '## Salt budgets — Tor Vik',
        '',
        '- Cost of a grain',
        '',
        '⭐⭐',
      ),
    ).toEqual([
      ['Caching salt', '-'],
      ['Salt budgets', '-'],
    ]);
  });

  it('reads a part of a series as no rating', () => {
    expect(
      ratings(
        '## Deep sea series, part two (3/5)',
        '',
        '- The third of five talks',
        '',
        '## Tidal energy (Teil 2/5)',
        '',
        '- Turbines',
      ),
    ).toEqual([
      [expect.stringMatching(/^Deep sea series, part two/), '-'],
      [expect.stringMatching(/^Tidal energy/), '-'],
    ]);
  });

  it('still reads ratings out of 5, 10 or 20, and three stars or more', () => {
    expect(
      ratings(
        '## Salt at the edge — Ola Berg',
        '',
        'Score: 3 of 5',
        '',
        '## Brine pipelines (8/10)',
        '',
        '- Batch jobs at night',
        '',
        '## Ocean talk',
        '',
        '★★★',
        '',
        '## Note sur 20 — Léa Roux',
        '',
        'Note : 14/20',
      ),
    ).toEqual([
      ['Salt at the edge', '3/5'],
      ['Brine pipelines', '8/10'],
      ['Ocean talk', '3/5'],
      ['Note sur 20', '14/20'],
    ]);
  });
});
