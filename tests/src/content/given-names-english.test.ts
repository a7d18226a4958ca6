import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Talks written as a title line over a "Name, Company" line, no headings: the speaker's line is
 * read by its given name. Common English given names are known; words of titles are not. Invented.
 */
const talksOf = (speaker: string) =>
  parseNotes(
    [
      '# Second day of sessions',
      '',
      'Notes from the talks I went to.',
      '',
      'Queues at the edge  ',
      'Petra Lund, Kelpworks',
      '',
      'Backpressure first, retries second.',
      '',
      'Shipping on a Friday  ',
      speaker,
      '',
      'Feature flags and a calm on-call.',
    ].join('\n'),
    'day-two.md',
    'day-two',
  ).talks.map((t) => [t.title, t.speakers.map((s) => `${s.name}/${s.company}`)]);

describe('a speaker line under a title line, by a common English given name', () => {
  it('is the talk of that speaker', () => {
    for (const name of ['Wayne Ostrander', 'Cheryl Voss', 'Bruce Halloran']) {
      expect(talksOf(`${name}, Cobblefield`), name).toEqual([
        ['Queues at the edge', ['Petra Lund/Kelpworks']],
        ['Shipping on a Friday', [`${name}/Cobblefield`]],
      ]);
    }
  });

  it('is no speaker where the line opens with a word of titles', () => {
    const talks = talksOf('Grace Period, Explained');
    expect(talks.map(([title]) => title)).not.toContain('Shipping on a Friday');
  });
});
