import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A day's notes whose keynotes are `###` headings under `## Keynote`, beside a `## Birds of a
 * Feather: … - Name, Company` session whose only sub-heading is "### Get involved:" (its links).
 * The session was read as a group and "Get involved" as its talk. Written in that shape with
 * invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'day-2.md', 'cloudcon-day-2');

describe('a heading whose only sub-heading is a part of its notes', () => {
  it('is one talk, beside groups of talks one level deeper', () => {
    const { talks } = read(
      '# CloudCon 2031, day 2',
      '',
      '## Keynote',
      '',
      '### Paving roads - Lea Brandt',
      '',
      'Golden paths beat mandates.',
      '',
      '### Ten years of tiny containers - Rosa Delgado',
      '',
      'Base layers are most of the size.',
      '',
      '## Birds of a Feather: Retail User Group - Omar Haddad, CNCF',
      '',
      'An informal session where retailers shared their concerns.',
      '',
      '### Get involved:',
      '* https://github.com/example/retail-user-group',
      '* Monthly calls on the first Monday',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Paving roads',
      'Ten years of tiny containers',
      'Birds of a Feather: Retail User Group',
    ]);
    expect(talks[2]?.speakers.map((s) => [s.name, s.company])).toEqual([['Omar Haddad', 'CNCF']]);
  });
});
