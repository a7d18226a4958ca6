import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** "Talk by X and Y." opening a talk's notes, in the languages notes are written in. */

describe('a first sentence that says whose talk it was', () => {
  it('reads "Charla de", "Palestra de", "Vortrag von" as "talk by", up to the sentence end', () => {
    const parsed = post(
      '# PyConES 2025',
      '',
      '### Metaclases sin miedo',
      '',
      'Charla de Lucía Ortega Ruiz y Tomás Vidal. Personalmente, me pareció una de las charlas',
      'más interesantes de la conferencia.',
      '',
      '### Observabilidade na prática',
      '',
      'Palestra de Joana Matos. Gostei muito dos exemplos.',
      '',
      '### Typen überall',
      '',
      'Vortrag von Jonas Weber. Sehr gut erklärt, mit vielen Beispielen.',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Metaclases sin miedo', ['Lucía Ortega Ruiz', 'Tomás Vidal']],
      ['Observabilidade na prática', ['Joana Matos']],
      ['Typen überall', ['Jonas Weber']],
    ]);
    // The rest of the sentence stays the talk's notes, not anyone's company.
    expect(parsed.talks[0]?.summary).toContain('me pareció una de las charlas');
  });

  it('takes no speaker from a sentence that goes on after a name', () => {
    const parsed = post(
      '# PyConES 2025',
      '',
      '### Metaclases sin miedo',
      '',
      'Lucía Ortega y Tomás Vidal. Personalmente, me pareció una de las mejores',
      '',
      '- ejemplos claros',
    );
    expect(parsed.talks.map((t) => who(t))).toEqual([[]]);
  });
});
