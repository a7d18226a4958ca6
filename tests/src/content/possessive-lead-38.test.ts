import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { facts } from './shape-fixture.ts';

/**
 * Bullets that open with the speaker's name in the possessive, then the linked title, under a
 * heading that only says these are the author's picks. Invented post.
 */
const talksOf = (heading: string, ...items: string[]) =>
  facts(
    parseNotes(
      ['# OrchardPy 2017, a first-timer’s view', '', `## ${heading}`, '', ...items].join('\n'),
      'blog/orchardpy.md',
      'orchardpy-2017',
    ).talks,
  );

describe('a bullet opening with the speaker in the possessive', () => {
  it('is the linked talk, by that person, of the kind it names', () => {
    const talks = talksOf(
      'Some of my favorite talks',
      "- Marisol Ekwueme's keynote [Ten Years Off the Payroll](https://example.org/t/payroll) - why she never took a job",
      '- Tobias Lindqvist’s [Matching Birdsong in Python](https://example.org/t/birdsong) - fingerprints of audio',
      "- Ruth Abernathy's [Minds and Machines](https://example.org/t/minds) - what thinking would mean for a program",
    );
    expect(talks).toEqual([
      {
        title: 'Ten Years Off the Payroll',
        speakers: ['Marisol Ekwueme'],
        kind: 'Keynote',
        topic: undefined,
      },
      {
        title: 'Matching Birdsong in Python',
        speakers: ['Tobias Lindqvist'],
        kind: undefined,
        topic: undefined,
      },
      {
        title: 'Minds and Machines',
        speakers: ['Ruth Abernathy'],
        kind: undefined,
        topic: undefined,
      },
    ]);
  });

  it('leaves a possessive that is no person’s name as a link of the notes', () => {
    const talks = talksOf(
      'Some of my favorite talks',
      "- The team's [retro board](https://example.org/board) - we used it daily",
      "- Everyone's [photos](https://example.org/photos) - lovely",
    );
    expect(talks).toEqual([]);
  });
});
