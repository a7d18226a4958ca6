import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A trip report's favourite talks, then its favourite ideas: each idea a heading of its own with
 * the person who had it in parentheses. The ideas are no talks. Invented conference and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes/lakeside.md', 'page');
const shown = (talks: { title: string; speakers: { name?: string }[] }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

const post = (ideas: string) => [
  '# Trip report: Lakeside Rust 2030',
  '',
  'A short word on the trip.',
  '',
  '## My favourite talks',
  '',
  '### Borrowing without tears by Mira Holt',
  '',
  'Mira showed lifetimes in pictures.',
  '',
  '### Async cancellation by Tomas Reyes',
  '',
  'Tomas walked through drop guards.',
  '',
  `## ${ideas}`,
  '',
  'Now some ideas from other talks.',
  '',
  '### Make the fast path boring (Ada Brenn)',
  '',
  'Ada said the fast path should be the simplest code.',
  '',
  '### Errors are *data* (Tomas Reyes)',
  '',
  'Tomas again: errors deserve types.',
  '',
  '## Conclusion',
  '',
  'Great week.',
];

describe('a section of the author’s favourite ideas', () => {
  for (const ideas of [
    'My favourite ideas',
    'Three ideas worth stealing',
    '5 ideas from 5 different talks',
    'Ideas that resonated with me',
  ]) {
    it(`“${ideas}” holds no talks`, () => {
      expect(shown(read(...post(ideas)).talks)).toEqual([
        ['Borrowing without tears', ['Mira Holt']],
        ['Async cancellation', ['Tomas Reyes']],
      ]);
    });
  }

  it('a talk whose title only has the word stays a talk', () => {
    const { talks } = read(
      '# Lakeside Rust 2030',
      '',
      '## Ideas for safer FFI by Ada Brenn',
      '',
      'Ada wrapped every pointer.',
      '',
      '## Async cancellation by Tomas Reyes',
      '',
      'Tomas walked through drop guards.',
    );
    expect(shown(talks)).toEqual([
      ['Ideas for safer FFI', ['Ada Brenn']],
      ['Async cancellation', ['Tomas Reyes']],
    ]);
  });
});
