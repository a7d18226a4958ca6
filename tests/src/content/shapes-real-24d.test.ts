import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * More shapes of real notes (session 24), written again with invented talks and people: a kind
 * of talk before a dash ("Academic Talk — Title"), a panel's facilitator after its people, and
 * "Title, Name, Company" headings in a post of "Title, Name" headings.
 */

const read = (parsed: ReturnType<typeof post>) => parsed.talks.map((t) => [t.title, who(t)]);

describe('"Academic Talk — Title", "Tech Talk — Title"', () => {
  it('is the title after the dash, by the person after "by"', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Day 1',
      '',
      '### Academic Talk — Queues in the wild by Kari Holm, PhD',
      '',
      'A survey.',
      '',
      '### Tech Talk — Caches that forget by Per Aune, CTO, Fjordpay',
      '',
      'War stories.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Queues in the wild', 'Caches that forget']);
  });
});

describe("a panel's facilitator after its people", () => {
  it('is one of its people', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '| Session | Speaker |',
      '|---|---|',
      '| Panel — The future of queues | Kari Holm, Per Aune & Bo Sten · facilitator: Ines Vogt |',
      '| Keynote — Caches that forget | Ola Nord, Fjordpay |',
    );
    expect(read(parsed)[0]).toEqual([
      'The future of queues',
      ['Kari Holm', 'Per Aune', 'Bo Sten', 'Ines Vogt'],
    ]);
  });
});

describe('"Title, Name, Company" among "Title, Name" headings', () => {
  it('names the person and their company, a handle between them dropped', () => {
    const parsed = post(
      '# Mis notas sobre Fjordconf 2026',
      '',
      '### Colas sin miedo, Kari Holm',
      '',
      'Muy amena.',
      '',
      '### Cachés que olvidan, Per Aune',
      '',
      'Muy práctica.',
      '',
      '### Streams en producción, Ines Vogt, @ivogt, Fjordpay',
      '',
      'Demo en vivo.',
      '',
      '### Usando behat sin F5, Ola Nord, Brightloom',
      '',
      'Con código.',
    );
    expect(read(parsed)).toEqual([
      ['Colas sin miedo', ['Kari Holm']],
      ['Cachés que olvidan', ['Per Aune']],
      ['Streams en producción', ['Ines Vogt @ Fjordpay']],
      ['Usando behat sin F5', ['Ola Nord @ Brightloom']],
    ]);
  });
});
