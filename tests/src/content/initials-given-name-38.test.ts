import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** Initials said as a given name ("RJ", "TJ") before a family name, in "Name - Title" headings. */
const talksOf = (...headings: string[]) =>
  parseNotes(
    ['# Harbour JS 2021', '', ...headings.flatMap((h) => [`## ${h}`, '', '- a point', ''])].join(
      '\n',
    ),
    'blog/harbour-js.md',
    'harbour-js-2021',
  ).talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

describe('initials as a given name', () => {
  it('name the speaker before a dash, as a given name does', () => {
    expect(
      talksOf('RJ Okonkwo - The cost of free registries', 'Lena Brandt - Bundlers, briefly'),
    ).toEqual([
      ['The cost of free registries', ['RJ Okonkwo']],
      ['Bundlers, briefly', ['Lena Brandt']],
    ]);
  });

  it('leave an acronym of two capitals in the title', () => {
    expect(talksOf('UX Research - Cheap and early', 'CI Pipelines - Faster builds')).toEqual([
      ['UX Research - Cheap and early', []],
      ['CI Pipelines - Faster builds', []],
    ]);
  });
});
