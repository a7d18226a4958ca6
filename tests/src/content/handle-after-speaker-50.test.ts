import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Lightning talks noted as "## Title - Name, Company by @handle": the handle after "by" is the
 * named person's, not a speaker of its own. The talk was titled "Title - Name, Company" and given
 * to "@handle". Written in that shape with invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'lightning.md', 'lightning');

describe('a handle after "by", after a speaker named after a dash', () => {
  it('is the named speaker, whose company stays theirs', () => {
    const { talks } = read(
      '## Keeping Cron Honest - Ana Prado, Lumen Bank by @anaprado',
      '- jobs drift when the clock does',
      '',
      '## Labels Are Not Free - Tomasz Wójcik, Quarry Labs @twojcik',
      '- every label is a new series',
    );
    expect(
      talks.map((t) => [t.title, t.speakers.map((s) => `${s.name} (${s.company})`).join(', ')]),
    ).toEqual([
      ['Keeping Cron Honest', 'Ana Prado (Lumen Bank)'],
      ['Labels Are Not Free', 'Tomasz Wójcik (Quarry Labs)'],
    ]);
  });
});
