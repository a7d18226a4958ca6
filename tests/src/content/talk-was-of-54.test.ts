import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "Esta charla fue de Pablo Ferrer, donde presentó…" (this talk was Pablo Ferrer's) under a talk's
 * heading named no speaker, though "La charla de Pablo Ferrer…" did. Invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');

describe('a talk that "was of" a person, in prose', () => {
  it('names its speaker in Spanish and Portuguese', () => {
    const { talks } = read(
      '# PyBaleares 2031',
      '',
      '### Tipos sin dolor',
      '',
      'Esta charla fue de Pablo Ferrer, donde presentó cómo añadir tipos a un proyecto viejo.',
      '',
      '### Filas e fluxos',
      '',
      'Essa palestra foi do Rafael Souza, que mostrou filas com Redis.',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Tipos sin dolor', [{ name: 'Pablo Ferrer' }]],
      ['Filas e fluxos', [{ name: 'Rafael Souza' }]],
    ]);
  });
});
