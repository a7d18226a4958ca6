import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21d): terse notes, people joined by + and x. */

describe('a terse list of title lines with people joined by "+" or "x"', () => {
  it('reads each joined pair as two speakers, and the list as talks beside its breaks', () => {
    const { talks } = post(
      '# FrontendDays Tartu 2025 — bare list',
      '',
      'Too tired to write notes, here is what I saw.',
      '',
      '- Design tokens in CI – Liis Tamm + Mart Kask (Bolt)',
      '- Islands everywhere – Kadri Saar x Jaan Pihl',
      '- Lunch',
      '- CSS layers in practice – Triin Org',
      '- Hallway track',
      '- Closing keynote – Peeter Mets',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Design tokens in CI', ['Liis Tamm @ Bolt', 'Mart Kask @ Bolt']],
      ['Islands everywhere', ['Kadri Saar', 'Jaan Pihl']],
      ['CSS layers in practice', ['Triin Org']],
      ['Closing keynote', ['Peeter Mets']],
    ]);
  });

  it('keeps "x" and "+" between words that are no names part of the title', () => {
    const { talks } = post(
      '# FrontendDays Tartu 2025',
      '',
      '## Rust x WebAssembly – Liis Tamm (Bolt)',
      '',
      'Fast.',
      '',
      '## Vite + Vitest in a monorepo – Mart Kask (Wise)',
      '',
      'Also fast.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Rust x WebAssembly', ['Liis Tamm @ Bolt']],
      ['Vite + Vitest in a monorepo', ['Mart Kask @ Wise']],
    ]);
  });
});
