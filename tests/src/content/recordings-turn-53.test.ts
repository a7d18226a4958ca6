import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A recap whose last talk heading is followed by the post's closing: "All of these talks were
 * recorded…", the author's thanks to their employer with its links. The closing became the last
 * talk's summary and its links the talk's. Written with invented people and places.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'recap.md', 'recap');

describe('the turn to where all the talks can be watched', () => {
  it('ends the last talk, in English', () => {
    const { talks } = read(
      '# Testfjord 2031',
      '',
      '## Mutation testing in practice - Ada Lund',
      '',
      'Kill the mutants that matter first.',
      '',
      '## Exploratory charters - Ola Brandt',
      '',
      'Charters keep a session focused.',
      '',
      'All of these talks were recorded and are on the [Testfjord channel](https://videos.example/testfjord).',
      '',
      'Thanks to [my employer](https://employer.example) for sending me. See you next year!',
    );
    const last = talks.at(-1);
    expect(last?.summary).toBe('Charters keep a session focused.');
    expect(last?.links.map((l) => l.url)).toEqual([]);
  });

  it('ends the last talk, in Spanish', () => {
    const { talks } = read(
      '# Testfjord 2031',
      '',
      '## Pruebas de mutación - Ada Lund',
      '',
      'Primero los mutantes que importan.',
      '',
      '## Sesiones exploratorias - Ola Brandt',
      '',
      'Una misión por sesión.',
      '',
      'Recordad que todas estas charlas se graban y se pueden ver en [el canal](https://videos.example/testfjord) del evento.',
      '',
      'En fin, gracias a mi empresa por mandarme.',
    );
    expect(talks.at(-1)?.summary).toBe('Una misión por sesión.');
  });

  it('keeps a talk that speaks of other talks', () => {
    const { talks } = read(
      '# Testfjord 2031',
      '',
      '## Mutation testing in practice - Ada Lund',
      '',
      'All of these talks on testing share one idea: test what matters.',
      '',
      'Kill the mutants that matter first.',
    );
    expect(talks[0]?.summary).toContain('Kill the mutants');
  });
});
