import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Given names written with their accents ("Lucía", "Andrés"): the list of common given names has
 * them without, so "La charla de Lucía Pérez …" named no speaker where "La charla de Lucia
 * Perez" did. Invented people and talks.
 */
const speakersOf = (line: string) =>
  parseNotes(
    ['# PyConES 2031', '', '## Mapas sin conexión', '', line].join('\n'),
    'n.md',
    'n',
  ).talks[0]?.speakers.map((s) => s.name);

describe('a given name written with its accents', () => {
  it.each([
    ['La charla de Lucía Pérez fue sobre mapas en el navegador.', 'Lucía Pérez'],
    ['La charla de Andrés Gil fue sobre teselas vectoriales.', 'Andrés Gil'],
  ])('"%s" names the speaker', (line, name) => {
    expect(speakersOf(line)).toEqual([name]);
  });
});
