import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Lightning-talk notes that head each talk with its title, then its speaker as a heading of the
 * same level ("### Presented by: Ida Falk [@idaf](…)"), listed every talk as "Presented by"
 * and lost its title. Invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');

describe("a speaker's labelled line written as a heading", () => {
  it('is the speaker of the title heading right above it', () => {
    const { talks } = read(
      '# Docs Day 2031',
      '',
      '## Lightning Talks',
      '',
      '### Dialogue trees for games',
      '',
      '### Presented by: Ida Falk [@idaf](https://example.social/@idaf)',
      '',
      '* Branching dialogue written as plain text files.',
      '',
      '-----',
      '',
      '### Static sites from a spreadsheet',
      '',
      '#### Speaker: Noor Haddad',
      '',
      '* Rows become pages.',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Dialogue trees for games', [{ name: 'Ida Falk' }]],
      ['Static sites from a spreadsheet', [{ name: 'Noor Haddad' }]],
    ]);
    expect(talks[0]?.summary).toBe('Branching dialogue written as plain text files.');
  });

  it('leaves a heading that is a talk of its own', () => {
    const { talks } = read(
      '# Docs Day 2031',
      '',
      '## Speakers: how we picked them',
      '',
      'The committee read 200 proposals over three weekends.',
      '',
      '## Writing READMEs people read - Noor Haddad',
      '',
      'Start with the one command.',
    );
    expect(talks.flatMap((t) => t.speakers.map((s) => s.name))).not.toContain('how we picked them');
    expect(talks.map((t) => t.summary)).toContain('Start with the one command.');
  });
});
