import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { growth } from '../../growth.ts';

/**
 * A long run of one character — blanks, tabs, `*`, `:`, emoji, "x.x.x.", a letter — in a heading,
 * a bullet, a paragraph or the front matter, read in time that grows with the run, not with its
 * square. Each case was quadratic: a pattern ending in `$` (or looking behind for a word) tried
 * from every character of the run took 2–14 s on a heading of 80,000 characters, and a parse
 * worker did nothing else meanwhile.
 */
const CASES: [string, (n: number) => string, { speaker?: string }][] = [
  [
    'blanks between a title and its byline',
    (n) => heading(`Fuzzing${' '.repeat(n)}by Ann Lee`),
    {},
  ],
  ['a word of thousands of letters', (n) => heading(`Fuzzing ${'a'.repeat(n)} by Ann Lee`), {}],
  ['a run of `*`', (n) => heading(`Fuzzing ${'*'.repeat(n)} by Ann Lee`), {}],
  ['a run of `_`', (n) => heading(`Fuzzing ${'_'.repeat(n)} by Ann Lee`), {}],
  ['a run of colons', (n) => heading(`Fuzzing ${':'.repeat(n)} by Ann Lee`), {}],
  ['a run of emoji', (n) => heading(`Fuzzing ${'🎤'.repeat(n / 2)} by Ann Lee`), {}],
  [
    'thousands of names joined by "and"',
    (n) =>
      heading(`Fuzzing by ${Array.from({ length: n / 2 }, (_, i) => `Ann Lee${i}`).join(' and ')}`),
    { speaker: 'none' },
  ],
  [
    'tabs inside a speaker bullet',
    (n) => `${heading('Fuzzing by Ann Lee')}- Speaker: Ann${'\t'.repeat(n)}Lee\n`,
    {},
  ],
  ['"x.x.x." in the notes', (n) => notes('x.'.repeat(n / 2)), { speaker: 'none' }],
  ['non-breaking spaces in the notes', (n) => notes('\u00a0'.repeat(n)), { speaker: 'none' }],
  ['a run of commas in the notes', (n) => notes(','.repeat(n)), { speaker: 'none' }],
  ['a run of ")" in the notes', (n) => notes(')'.repeat(n)), { speaker: 'none' }],
  [
    'blanks in the front matter’s title',
    (n) => `---\ntitle: "Conf 2020${' '.repeat(n)}"\n---\n## Fuzzing by Ann Lee\nNotes.\n`,
    {},
  ],
];

function heading(text: string): string {
  return `# Conf 2020\n\n## ${text}\n\nNotes.\n`;
}

/** A talk whose notes start with `run`. */
function notes(run: string): string {
  return `# Conf 2020\n\n## Fuzzing\n\n${run} end.\n`;
}

describe('notes with a run of one character thousands long', { timeout: 120_000 }, () => {
  it.each(CASES)('reads %s in linear time, the talk and its speaker', (_, make, expected) => {
    const { ratio, large } = growth((n) => parseNotes(make(n), 'runs.md', 'runs'), 5_000);
    expect(ratio).toBeLessThan(9);
    expect(large.talks).toHaveLength(1);
    const [talk] = large.talks;
    expect(talk?.title).toMatch(/^Fuzzing/);
    if (expected.speaker === 'none') expect(talk?.speakers).toEqual([]);
    else expect(talk?.speakers).toEqual([{ name: 'Ann Lee' }]);
  });
});

describe('a paragraph citing thousands of talks', { timeout: 120_000 }, () => {
  const cite = (i: number) => `"Talk number ${i}" (Jane Doe, Acme)`;
  it.each([
    [
      'one a line, no stops',
      (n: number) => Array.from({ length: n }, (_, i) => cite(i)).join('\n'),
    ],
    [
      'in one run-on sentence',
      (n: number) => `I liked ${Array.from({ length: n }, (_, i) => cite(i)).join(', then ')}`,
    ],
  ])('reads them %s in linear time, each with its own words', (_, make) => {
    const { ratio, large } = growth(
      (n) => parseNotes(`# Conf 2020\n\n## Talks\n\n${make(n)}\n`, 'cited.md', 'cited'),
      500,
    );
    expect(ratio).toBeLessThan(9);
    expect(large.talks).toHaveLength(2_000);
    const last = large.talks.at(-1);
    expect(last?.title).toBe('Talk number 1999');
    expect(last?.summary).toMatch(/^"Talk number 1999"/);
    expect(last?.summary.length).toBeLessThan(200);
  });
});

describe('a list of recorded talks, a line over each video', { timeout: 120_000 }, () => {
  const video = (title: string, id: string) => `${title}\nhttps://www.youtube.com/watch?v=${id}\n`;
  it('reads blanks in a talk’s line in linear time, each talk and its speaker', () => {
    const { ratio, large } = growth(
      (n) =>
        parseNotes(
          `# Conf 2020\n\n${[
            video(`Fuzzing${' '.repeat(n)}by Ann Lee, Acme`, 'a'),
            video('Other by Bo Chan, Acme', 'b'),
            video('Third by Cy Dee, Acme', 'c'),
          ].join('\n')}`,
          'videos.md',
          'videos',
        ),
      5_000,
    );
    expect(ratio).toBeLessThan(9);
    expect(large.talks.map((talk) => talk.title)).toEqual(['Fuzzing', 'Other', 'Third']);
    expect(large.talks[0]?.speakers).toEqual([{ name: 'Ann Lee', company: 'Acme' }]);
  });
});
