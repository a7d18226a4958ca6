import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21e): the speaker first, the company in brackets. */

describe('speaker-first headings with the company in square brackets', () => {
  it('reads Name [Company] — Title as Name (Company) — Title', () => {
    const { talks } = post(
      '# Notas de la JSDay Sevilla 2025',
      '',
      'Por ponente, como siempre.',
      '',
      '### Elena Ruiz [Cabify] — Módulos nativos sin miedo',
      '',
      'ESM en Node 22 ya es aburrido.',
      '',
      '### Diego Marín & Paula Gil [Factorial] — Tests visuales en CI',
      '',
      'Playwright y capturas.',
      '',
      '### Hugo Sanz [Wallapop] — Bundles más pequeños',
      '',
      'Quitar polyfills.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Módulos nativos sin miedo', ['Elena Ruiz @ Cabify']],
      ['Tests visuales en CI', ['Diego Marín @ Factorial', 'Paula Gil @ Factorial']],
      ['Bundles más pequeños', ['Hugo Sanz @ Wallapop']],
    ]);
  });

  it('reads Name [Company]: Title where the post writes its headings so', () => {
    const { talks } = post(
      '# JSDay Sevilla 2025',
      '',
      '## Elena Ruiz [Cabify]: Módulos nativos sin miedo',
      '',
      'ESM en Node 22 ya es aburrido.',
      '',
      '## Hugo Sanz [Wallapop]: Bundles más pequeños',
      '',
      'Quitar polyfills.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Módulos nativos sin miedo', ['Elena Ruiz @ Cabify']],
      ['Bundles más pequeños', ['Hugo Sanz @ Wallapop']],
    ]);
  });

  it('leaves a tag in brackets before a title a tag', () => {
    const { talks } = post(
      '# JSDay Sevilla 2025',
      '',
      '### [Security] Supply chain attacks — Elena Ruiz (Cabify)',
      '',
      'Pin your dependencies.',
      '',
      '### [Frontend] Bundles más pequeños — Hugo Sanz (Wallapop)',
      '',
      'Quitar polyfills.',
    );
    expect(talks.map((t) => [t.title, who(t), t.track])).toEqual([
      ['Supply chain attacks', ['Elena Ruiz @ Cabify'], 'Security'],
      ['Bundles más pequeños', ['Hugo Sanz @ Wallapop'], 'Frontend'],
    ]);
  });
});
