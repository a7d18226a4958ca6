import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * An Italian agency's post about a conference, written by several of its people: each one's part
 * under their first name, in the first person, the talks they liked told in the prose. Invented
 * text and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/devlago-2031.md', 'page');

describe("the authors' parts under their first names", () => {
  it('are no talks', () => {
    const { talks } = read(
      '# DevLago 2031',
      '',
      'Siamo stati a Como per due giorni di talk. Queste sono le nostre impressioni:',
      '',
      '## Martina',
      '',
      'Scrivere app per Android è la cosa che più mi piace fare. Il talk su Kotlin mi ha convinta.',
      '',
      '## Alessandro',
      '',
      'Credo che pochi abbiano mai fatto un deploy senza paura.',
    );
    expect(talks).toEqual([]);
  });

  it('a first name with a talk under it stays that talk', () => {
    const { talks } = read(
      '## Martina',
      '',
      '**Kotlin, finalmente**',
      '',
      '[Slides](https://speakerdeck.com/martina/kotlin)',
      '',
      'Coroutines e null safety.',
    );
    expect(talks.length).toBe(1);
  });
});
