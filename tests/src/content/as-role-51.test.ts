import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A talk's facts as bullets under its heading: "- Bill Koranda as Java Developer Advocate,
 * Oracle". The bot named no speaker for any of these talks, and asking for Oracle's talks found
 * none. Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'spring.md', 'spring');

describe('"Name as Role, Company" among a talk’s facts', () => {
  it('is the speaker, their role and company', () => {
    const { talks } = read(
      '# Spring One',
      '',
      '## [Testing Like a Superstar](https://springone.io/2031/sessions/testing)',
      '> "Write tests until they give you the confidence to deploy."',
      '- Length 26:24, watched on 2031-09-07, **#testing**',
      '- Bill Koranda as Java Developer Advocate, Oracle',
      '- Track: Architecture',
      '',
      '### Impression ⭐⭐⭐⭐☆',
      '- ✅ Best practices of unit testing.',
    );
    expect(talks.map((t) => t.speakers)).toEqual([
      [{ name: 'Bill Koranda', company: 'Oracle', role: 'Java Developer Advocate' }],
    ]);
  });

  it('is no speaker where the words after "as" are no job', () => {
    const { talks } = read(
      '# Spring One',
      '',
      '## Costumes at the keynote',
      '',
      '- Jane Doe as herself, Acme',
      '- Bob Roe as a pirate, again',
    );
    expect(talks.flatMap((t) => t.speakers)).toEqual([]);
  });
});
