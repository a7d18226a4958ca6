import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Terse notes, a `## Speaker - Title` heading per talk over bullets of keywords, some of them
 * people the speaker mentioned (`- Ines Lindqvist`). Invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'webdays-2031-notes.md', 'page');

describe('a name alone on a bullet under a heading that names the speaker', () => {
  it('is someone the notes mention, no second speaker', () => {
    const { talks } = read(
      '# Webdays 2031 Notes',
      '',
      '## Marta Kowalczyk - Offline first, really',
      '- Ines Lindqvist',
      '- what is the baseline for an offline app',
      '- service workers',
      '',
      '## Tomas Berg - Fast forms',
      '- Jane Cooper',
      '- validation on blur',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Offline first, really', ['Marta Kowalczyk']],
      ['Fast forms', ['Tomas Berg']],
    ]);
  });
});
