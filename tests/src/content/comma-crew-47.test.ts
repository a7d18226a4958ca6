import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A recap whose headings end with the speakers after commas ("Title, Name", "Title, Name &
 * Name", "Title, Name, Name, Name, Company"). A panel of four lost its first two people to the
 * title where the second's given name is not a common one. Invented talks in that shape.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'recap.md', 'recap');

const post = (last: string) =>
  read(
    '# Harbourcon 2031 recap',
    '',
    '## 1. Quiet Pipelines at Scale, Ana Ribeiro',
    'A good one.',
    '',
    '## 2. Cheap Clusters for Everyone, Tom Varga & Lena Ortiz',
    'Also good.',
    '',
    `## 3. ${last}`,
    'The best of the day.',
  ).talks[2];

describe('a heading that ends with several people after commas', () => {
  it('gives each of them, a rare given name between two common ones too', () => {
    const talk = post(
      'Trusting Scanners: Notes from the Field, Ian Holt, Quillon Marsh, Brad Keane, Rosa Lind, Globex',
    );
    expect(talk?.title).toBe('Trusting Scanners: Notes from the Field');
    expect(talk?.speakers.map((s) => s.name)).toEqual([
      'Ian Holt',
      'Quillon Marsh',
      'Brad Keane',
      'Rosa Lind',
    ]);
    expect(talk?.speakers.at(-1)?.company).toBe('Globex');
  });

  it('keeps in the title the capitalised words before the first common given name', () => {
    const talk = post('Pipelines, Helm Charts, Ian Holt, Rosa Lind, Globex');
    expect(talk?.title).toBe('Pipelines, Helm Charts');
    expect(talk?.speakers.map((s) => s.name)).toEqual(['Ian Holt', 'Rosa Lind']);
  });
});
