import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A Portuguese recap heading each talk "### Palestra: Title" kept "Palestra:" in every title, and
 * a French recap's "## Le repas" (the meal) was listed as a talk. Invented event, talks, people.
 */
const titles = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'recap.md', 'x').talks.map((talk) => talk.title);

describe('a talk’s label before its title, in more languages', () => {
  it('is no word of the title', () => {
    expect(
      titles(
        '# TDC Porto Alegre 2031',
        '',
        '### Palestra: Arquitetura hexagonal sem dogmas',
        '**Palestrante:** Luciana Ferreira',
        '',
        'Portas e adaptadores só onde faz sentido.',
        '',
        '### Prelekcja: Testy kontraktowe w praktyce',
        '**Prelegent:** Justyna Wrona',
        '',
        'Pact i testy konsumenta.',
      ),
    ).toEqual(['Arquitetura hexagonal sem dogmas', 'Testy kontraktowe w praktyce']);
  });

  it('stays in a title where no colon follows it', () => {
    expect(
      titles(
        '# TDC Porto Alegre 2031',
        '',
        '### Palestra relâmpago sobre Rust',
        '**Palestrante:** Luciana Ferreira',
        '',
        'Cinco minutos.',
      ),
    ).toEqual(['Palestra relâmpago sobre Rust']);
  });
});

describe('a section on the meal', () => {
  it('is no talk, in French and German', () => {
    for (const meal of ['## Le repas', '## Le dîner', '## Mittagessen'])
      expect(
        titles(
          '# DevFest Nantes 2031',
          '',
          '## Le CSS moderne sans douleur — Océane Leroy',
          '',
          'Les couches de cascade.',
          '',
          meal,
          '',
          'Excellent, comme d’habitude.',
        ),
      ).toEqual(['Le CSS moderne sans douleur']);
  });
});
