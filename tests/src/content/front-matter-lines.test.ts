import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Where a front matter's key stands, as `qcon check` and a talk's source tell it: the line of the
 * key itself, whether bare or quoted, never a line of another value that reads like it.
 */
describe('lines of front-matter keys', () => {
  it('a page of one talk starts at its title: key, after a block of text that mentions it', () => {
    const parsed = parseNotes(
      [
        '---',
        'summary: |',
        '  title: not the key, a line of the summary',
        'title: Platform teams that last',
        'speakers: [Omar Haddad]',
        '---',
        '',
        '## Notes',
        '',
        'Treat the platform as a product.',
      ].join('\n'),
      'platform-teams.md',
      'platformcon',
    );
    expect(parsed.talks.map((talk) => [talk.title, talk.source.line])).toEqual([
      ['Platform teams that last', 4],
    ]);
  });

  it('a quoted "draft" key is where the draft warning points', () => {
    const parsed = parseNotes(
      [
        '---',
        'title: Notes from RustConf 2025',
        '"draft": true',
        '---',
        '',
        '## Borrow checker internals — Mara Vogel',
        '',
        'Lifetimes.',
      ].join('\n'),
      'rustconf.md',
      'rustconf',
    );
    expect(parsed.problems.map((problem) => [problem.line, problem.message])).toContainEqual([
      3,
      expect.stringContaining('draft'),
    ]);
  });
});
