import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A French sketchnotes post: each talk's heading, then an italic line with its format and length
 * (`_Format conférence 50 minutes_`), then the speaker's name in bold, linked or not. Invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'posts/devfest/index.md', 'page');

describe('a format line between the heading and the speaker', () => {
  it('still reads the bold name under it as the speaker', () => {
    const { talks } = read(
      '+++',
      'title = "DevFest Lyon 2031"',
      '+++',
      '',
      'Une journée de conférences, et mes sketchnotes.',
      '',
      '# Les tests sans douleur',
      '_Format conférence 50 minutes_',
      '',
      '**[Camille Moreau](https://example.org/camille)**',
      '',
      'Camille nous parle de tests et de leurs pièges en production.',
      '',
      '# Le cache, ce mal aimé',
      '_Format short 20 minutes_',
      '',
      '**Julien Perrin**',
      '',
      'Julien explique comment invalider un cache sans larmes.',
      '',
      '# Conclusion',
      '',
      'Très bonne journée.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Les tests sans douleur', ['Camille Moreau']],
      ['Le cache, ce mal aimé', ['Julien Perrin']],
    ]);
  });

  it('takes no words of the notes for a name', () => {
    const { talks } = read(
      '# Les tests sans douleur',
      '_Format conférence 50 minutes_',
      '',
      '**Camille Moreau**',
      '',
      '# Le cache, ce mal aimé',
      '_Format short 20 minutes_',
      '',
      'Tout commence par une démo en direct.',
    );
    expect(talks.map((t) => t.speakers.map((s) => s.name))).toEqual([['Camille Moreau'], []]);
  });
});
