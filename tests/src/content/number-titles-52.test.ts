import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "### 1.2 or 1,2? -- The Challenges of Becoming a Data-Driven Company (Manuel …)": the bot took
 * "1.2" for a report's section number and answered with a talk titled "or 1,2? -- …". A section
 * number comes before a word in capitals ("3.2 Lunch and posters"); before a word in lower case
 * the number is the title's own. Written in that shape with invented people.
 */
describe('a title that begins with a number', () => {
  it('keeps the number where lower-case words follow it', () => {
    const { talks } = parseNotes(
      [
        '# Sensorfest 2031',
        '',
        '## 1.2 or 1,2? Number formats in data pipelines (Ola Brandt)',
        '',
        'Ola on commas and dots in exported files.',
        '',
        '## 2.0 is not 2 (Pia Lund)',
        '',
        'Pia showed why versions are no numbers.',
        '',
        '## 3.2 Lunch and posters',
        '',
        'Sandwiches by the posters.',
        '',
        '## 3.3 Sharding Without Tears (Marc Dubois)',
        '',
        'Marc resharded live.',
      ].join('\n'),
      'numbers.md',
      'numbers',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['1.2 or 1,2? Number formats in data pipelines', ['Ola Brandt']],
      ['2.0 is not 2', ['Pia Lund']],
      ['Sharding Without Tears', ['Marc Dubois']],
    ]);
  });
});
