import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** Headings that are a person with their handle, over that person's talk notes. Invented post. */
describe('a heading of a person and their handle', () => {
  it('reads the person as the speaker, the handle dropped', () => {
    const talks = parseNotes(
      [
        '# Keynotes of LatteConf 2022',
        '',
        '## Marta Quiroga @mquiroga_dev',
        '',
        'Notes on scaling teams.',
        '',
        '## Tomas Lindqvist (@tlind)',
        '',
        'Notes on kernels.',
      ].join('\n'),
      'blog/latte.md',
      'post',
    ).talks;
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Marta Quiroga', ['Marta Quiroga']],
      ['Tomas Lindqvist', ['Tomas Lindqvist']],
    ]);
  });
});
