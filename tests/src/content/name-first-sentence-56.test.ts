import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "- Thabo Mokoena: Django at a national scale. Census forms for 60 million people.": the
 * speaker first, then the title and the author's notes in one line, was a talk titled with the
 * notes. Invented event, talks and people.
 */
const read = (...items: string[]) =>
  parseNotes(
    ['# PyCon Africa 2031', '', 'Talks I saw:', '', ...items].join('\n'),
    'p.md',
    'x',
  ).talks.map((talk) => [talk.title, talk.summary]);

describe('a speaker first, then a title and notes on one line', () => {
  it('is titled by the first sentence, the rest its notes', () => {
    expect(
      read(
        '- Thabo Mokoena: Django at a national scale. Census forms for 60 million people.',
        '- Nkechi Eze: Teaching Python in Igbo. Translated error messages changed everything.',
      ),
    ).toEqual([
      ['Django at a national scale', 'Census forms for 60 million people.'],
      ['Teaching Python in Igbo', 'Translated error messages changed everything.'],
    ]);
  });

  it('keeps the periods of a title before its speaker, and of names like Node.js', () => {
    expect(
      read(
        '- Kubernetes. The hard way, again — Thabo Mokoena',
        '- Nkechi Eze: Streams in Node.js without tears',
      ).map(([title]) => title),
    ).toEqual(['Kubernetes. The hard way, again', 'Streams in Node.js without tears']);
  });
});
