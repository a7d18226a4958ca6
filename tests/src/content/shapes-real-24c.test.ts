import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * More shapes of real notes (session 24), written again with invented talks and people: days
 * counted in words of European languages ("## Primer día"), a speaker's handle after a bar
 * ("por Ana Ruiz | @anaruiz") and a closing "## En conclusion".
 */

const read = (parsed: ReturnType<typeof post>) => parsed.talks.map((t) => [t.title, who(t)]);

describe('a day counted in a word: "Primer día", "Deuxième jour", "Zweiter Tag"', () => {
  it('groups the talks under it, which are talks, not the day', () => {
    const parsed = post(
      '---',
      'title: "Fjordconf 2026"',
      'dates: 2026-03-12..2026-03-13',
      '---',
      '',
      '## Primer día',
      '',
      'Las charlas a las que asistí fueron:',
      '',
      '1. ___Colas sin miedo___, por Ana Ruiz <small>| <a href="https://social.example/anaruiz">@anaruiz</a></small>',
      '1. ___Cachés que olvidan___, por Per Aune y Kari Holm <small>| @kholm</small>',
      '',
      '### Colas sin miedo',
      'Ana nos contó muchas cosas.',
      '',
      '## Segundo día',
      '',
      '### Streams en producción (Marta Vidal)',
      '',
      'Muy buena charla.',
    );
    expect(read(parsed)).toEqual([
      ['Cachés que olvidan', ['Per Aune', 'Kari Holm']],
      ['Colas sin miedo', ['Ana Ruiz']],
      ['Streams en producción', ['Marta Vidal']],
    ]);
    expect(parsed.talks.map((t) => t.date)).toEqual(['2026-03-12', '2026-03-12', '2026-03-13']);
  });

  it('keeps "Erster Tagesordnungspunkt" a title', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Erster Tagesordnungspunkt by Kari Holm',
      '',
      'Notes.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Erster Tagesordnungspunkt']);
  });
});

describe('a closing section in another language', () => {
  it('"En conclusion", "Zum Schluss" and "Para concluir" are no talks', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Queues by default',
      '',
      'Pour démarrer la journée, [Kari Holm](https://social.example/kari) nous explique.',
      '',
      '## En conclusion',
      '',
      'Une belle édition.',
      '',
      '## Zum Schluss',
      '',
      'Danke.',
      '',
      '## Para concluir',
      '',
      'Gracias.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Queues by default']);
  });
});
