import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A daily note from a workshop day: a meeting's bullets first, then `## Vorträge: <the
 * workshop's name>` over a numbered list of talks, each `Title (Name, Name – Institution)` with
 * its notes nested under it. Invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'journal/2031-03-12.md', 'page');

const note = (heading: string) =>
  read(
    '12.03.2031',
    '',
    'Austausch mit Jonas',
    '',
    '- Transkription prüfen',
    '  - Fehlerliste anlegen',
    '',
    heading,
    '',
    'Begrüßung durch Ida Brandt',
    '',
    '- old records matter',
    '',
    '1. Rescuing Ship Logs - an overview of the volunteer project (Mara Olsen – Hafenarchiv)',
    '   - logs from 1850 to 1900',
    '   - volunteers transcribe them',
    '2. Rules Before Sources: a Reproducible Workflow (Tilo Berg, Anke Vogt – Universität Kiel)',
    '   - the rules are set before reading',
    '3. Orchards as Archives (Nina Falk – Lund University, Schweden)',
    '   - grafting leaves traces',
  );

describe('"Vorträge: <workshop>" over a numbered list', () => {
  it('reads each item as a talk of that topic, the welcome and the meeting as none', () => {
    const { talks } = note('## Vorträge: Reading Old Records: Data, Methods, and Perspectives');
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      [
        'Rescuing Ship Logs - an overview of the volunteer project',
        'Reading Old Records: Data, Methods, and Perspectives',
      ],
      [
        'Rules Before Sources: a Reproducible Workflow',
        'Reading Old Records: Data, Methods, and Perspectives',
      ],
      ['Orchards as Archives', 'Reading Old Records: Data, Methods, and Perspectives'],
    ]);
  });

  it('gives two people before a dash the one company after it', () => {
    const { talks } = note('## Talks: Reading Old Records');
    expect(talks.map((t) => t.speakers)).toEqual([
      [{ name: 'Mara Olsen', company: 'Hafenarchiv' }],
      [
        { name: 'Tilo Berg', company: 'Universität Kiel' },
        { name: 'Anke Vogt', company: 'Universität Kiel' },
      ],
      [{ name: 'Nina Falk', company: 'Lund University, Schweden' }],
    ]);
  });

  it('keeps "Talk: Title" one talk', () => {
    const { talks } = read('## Talk: Rescuing Ship Logs', '', 'Mara Olsen showed the logs.');
    expect(talks.map((t) => t.title)).toEqual(['Rescuing Ship Logs']);
  });
});
