import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A Polish recap: the two talks the author liked best, each an `### Title – Name` heading. A
 * title of two capitalised phrases joined by "and" reads like two people named in full. Invented
 * talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/konferencja.md', 'page');

describe('a title of two phrases joined by "and", then a dash and a person', () => {
  it('is the title, the person its speaker', () => {
    const { talks } = read(
      '# Konferencja po raz piąty',
      '',
      'Poniżej kilka zdań o prelekcjach, które zapadły mi w pamięć.',
      '',
      '### Szeregi czasowe w praktyce – Marek Nowicki',
      '',
      'Marek pokazał zestaw narzędzi do zbierania metryk.',
      '',
      '### Continuous Integration and Delivery Pipeline – Kevin Sobczak',
      '',
      'Druga z najciekawszych prezentacji.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Szeregi czasowe w praktyce', ['Marek Nowicki']],
      ['Continuous Integration and Delivery Pipeline', ['Kevin Sobczak']],
    ]);
  });

  it('still reads two people before a dash as the speakers', () => {
    const { talks } = read(
      '## Ann Berg and Bo Sten - Crafting Fully Custom Generators',
      '',
      'Generators all the way down.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Crafting Fully Custom Generators', ['Ann Berg', 'Bo Sten']],
    ]);
  });
});
