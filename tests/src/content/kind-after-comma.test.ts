import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** "Title, a keynote by Name." in a day's list: the kind said after the title. Invented post. */
describe('a talk’s kind said after its title and a comma', () => {
  it('keeps the title without ", a keynote" and reads the talk as a keynote', () => {
    const { talks } = parseNotes(
      [
        '# Harbour Ops Days 2016',
        '',
        '* Day 1:',
        '    * Looking back at seven years of Ops Days, a keynote by Mira Okafor.',
        '      Mira showed how the movement began.',
        '    * Monitoring at scale, a talk by Ben Adler.',
        '      Alert on symptoms, not causes.',
        '    * Queues, Streams, and Logs by Oscar Lindqvist.',
        '      Pick the log when you need replay.',
      ].join('\n'),
      'blog/harbour-ops-days.md',
      'harbour',
    );
    expect(talks.map((t) => [t.title, t.kind])).toEqual([
      ['Looking back at seven years of Ops Days', 'Keynote'],
      ['Monitoring at scale', undefined],
      ['Queues, Streams, and Logs', undefined],
    ]);
  });
});
