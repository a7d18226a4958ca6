import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A talk of a series, its part after its title ("Kubernetes deep dive (Part 2/5)"). The "2/5" was
 * taken for a rating after the title and cut, leaving "Kubernetes deep dive (Part", and read as
 * the author's rating of 2/5. Written with invented talks.
 */
describe('the part of a series after a title', () => {
  it('stays in the title and is no rating; a rating after a title is still one', () => {
    const { talks } = parseNotes(
      [
        '# DevHarbor 2031',
        '',
        '## Kubernetes deep dive (Part 2/5)',
        '',
        'Pods and nodes.',
        '',
        '## Kubernetes deep dive, part 3/5',
        '',
        'Services and ingress.',
        '',
        '## Tide tables in SQLite (4/5)',
        '',
        'A year of tides in 40 KB.',
      ].join('\n'),
      'devharbor.md',
      'devharbor-2031',
    );
    expect(talks.map((t) => [t.title, t.rating])).toEqual([
      ['Kubernetes deep dive (Part 2/5)', undefined],
      ['Kubernetes deep dive, part 3/5', undefined],
      ['Tide tables in SQLite', { score: 4, scale: 5 }],
    ]);
  });
});
