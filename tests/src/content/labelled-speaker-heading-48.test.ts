import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Who gave a talk written as a heading of its own, a label and the names ("### Presented by: …"),
 * right under the talk's heading. The bot took each such heading for a talk titled "Presented by"
 * (twice in one post: `presented-by`, `presented-by-2`, the real titles lost). Written with
 * invented people and talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'lanterns.md', 'lanterns-2029');
const seen = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => ({
    id: t.id,
    title: t.title,
    speakers: t.speakers.map((s) => s.name),
    links: t.links.map((l) => l.kind),
  }));

describe('a speaker written as a labelled heading under the talk', () => {
  it('reads it at the talk heading’s own level as the talk’s speaker line', () => {
    const { talks } = read(
      '# Lantern Camp 2029',
      '',
      '## Lightning talks',
      '',
      '### Tide tables in SQLite',
      '',
      '### Presented by: Marta Kowalczyk [@mkow](https://social.example/@mkow)',
      '',
      '* [Slides](https://slides.example/tides.pdf)',
      '* Stores a year of tides in 40 KB.',
      '',
      '---',
      '',
      '### Fixing flaky tests',
      '',
      '### Presenters: Aiko Tanaka and Ruben Ortiz',
      '',
      'They sorted flaky tests by cause: time, order and shared state.',
    );
    expect(seen(talks)).toEqual([
      {
        id: 'tide-tables-in-sqlite',
        title: 'Tide tables in SQLite',
        speakers: ['Marta Kowalczyk'],
        links: ['slides'],
      },
      {
        id: 'fixing-flaky-tests',
        title: 'Fixing flaky tests',
        speakers: ['Aiko Tanaka', 'Ruben Ortiz'],
        links: [],
      },
    ]);
    expect(talks[1]?.summary).toMatch(/^They sorted flaky tests/);
  });

  it('reads it one level deeper, in other languages too', () => {
    const { talks } = read(
      '# Lantern Camp 2029',
      '',
      '## A compiler in a weekend',
      '',
      '### Speaker: Jonas Berg',
      '',
      'A tiny compiler for a calculator language, one pass at a time.',
      '',
      '## Cartes hors ligne',
      '',
      '### Intervenant : Paul Girard',
      '',
      'Des tuiles vectorielles dans le navigateur.',
    );
    expect(seen(talks).map((t) => [t.title, t.speakers])).toEqual([
      ['A compiler in a weekend', ['Jonas Berg']],
      ['Cartes hors ligne', ['Paul Girard']],
    ]);
  });

  it('keeps a person’s heading over their talk, and headings that only start so', () => {
    const { talks } = read(
      '# Lantern Camp 2029',
      '',
      '## Day one',
      '',
      '### Relatore: Luca Bianchi',
      '',
      '#### Titolo: Pagamenti senza attese',
      '',
      'Code e ritentativi.',
      '',
      '## Given by the community: a year of meetups',
      '',
      'Ada Lund counted the meetups of the year and who ran them.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Pagamenti senza attese',
      'Given by the community: a year of meetups',
    ]);
    expect(talks[0]?.speakers.map((s) => s.name)).toEqual(['Luca Bianchi']);
  });
});
