import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "### by [@jmarlow](twitter link)" under a talk's heading, over "In this talk, Jenna Marlow
 * talks about…": the speaker was "@jmarlow", and asking for Jenna Marlow's talks found nothing.
 * Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'rails.md', 'rails');

describe('a handle-only byline', () => {
  it('takes the name the notes give its person', () => {
    const { talks } = read(
      '# RailsConf 2031',
      '',
      '## So You Want to Start Refactoring?',
      '',
      '### by [@j3marlow](https://twitter.com/j3marlow)',
      '',
      'In this talk, Jenna Marlow talks about refactoring code you did not write.',
      '',
      '## Nothing is Something',
      '',
      '### by [@sandrametz](https://twitter.com/sandrametz)',
      '',
      'Sandra Metz talks about the null object pattern.',
      '',
      '## Opening Keynote',
      '',
      '### by [@dhk](https://twitter.com/dhk)',
      '',
      'DHK did the opening keynote, and Tom Hill introduced him.',
    );
    expect(talks.map((t) => t.speakers.map((s) => s.name))).toEqual([
      ['Jenna Marlow'],
      ['Sandra Metz'],
      ['@dhk'],
    ]);
  });
});
