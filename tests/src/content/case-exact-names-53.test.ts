import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { withWhom } from '../../../src/content/paren-asides.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Regexps that took `\p{Lu}` (a capital) under the `i` flag, where it matches a small letter too:
 * a lower-case word passed as a proper name. "Speaker: someone from work" gave the company
 * "work"; a group heading "## things i rewatched 2030" read as a conference of its own; "Best of
 * times 2019" lost its first words as if "times 2019" were a conference. Written with invented
 * people and conferences.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');

describe('names are capitalised, case-exact', () => {
  it('reads no company from "someone from work"', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Scaling Postgres',
      '',
      'Speaker: someone from work',
      '',
      'Sharding stories.',
      '',
      '## Queues all the way down',
      '',
      'Speaker: someone from Fjordpay',
      '',
      'Back pressure.',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Scaling Postgres', []],
      ['Queues all the way down', [{ company: 'Fjordpay' }]],
    ]);
  });

  it('takes no lower-case group heading for a conference', () => {
    const { event, more } = read(
      '# Talks I liked',
      '',
      '## Nordconf 2031',
      '',
      '### Queues all the way down - Ada Lund',
      '',
      'Back pressure.',
      '',
      '## Fjordsummit 2030',
      '',
      '### Mesh radios - Ola Brandt',
      '',
      'Cheap radios.',
      '',
      '## things i rewatched 2030',
      '',
      '### Sharding Postgres - Marc Dubois',
      '',
      'Hash rings.',
    );
    const names = [event?.name, ...(more ?? []).map((e) => e.name)];
    expect(names).toContain('Nordconf 2031');
    expect(names).toContain('Fjordsummit 2030');
    expect(names).not.toContain('things i rewatched 2030');
  });

  it('keeps a title whose words after "Best of" are no name', () => {
    expect(conferenceName('Best of times 2019')).toBe('Best of times 2019');
    expect(conferenceName('Best of Nordconf 2031')).toBe('Nordconf 2031');
  });

  it('reads "with" only before a name', () => {
    const read = (names: string) => [{ name: names }];
    expect(withWhom('with the platform team', read)).toBeUndefined();
    expect(withWhom('with Ada Lund', read)).toEqual([{ name: 'Ada Lund' }]);
  });
});
