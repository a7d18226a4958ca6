import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (28): each post invented for these tests. */

describe('a group heading that says "talks" in another language', () => {
  it('groups the list of talks under it instead of being one talk of them all', () => {
    const { talks } = post(
      '# Notatki z konferencji Kodowisko 2025',
      '',
      '## Prelekcje',
      '',
      '1. „Monorepo bez bólu” — Zofia Kmieć (Wyrmsoft)',
      '   - jeden lockfile',
      '2. „Edge functions w praktyce” — Adam Lis',
      '   - [slajdy](https://example.pl/edge.pdf)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Monorepo bez bólu', ['Zofia Kmieć @ Wyrmsoft']],
      ['Edge functions w praktyce', ['Adam Lis']],
    ]);
  });

  it('names the event without the words for "the conference" before its name', () => {
    const polish = parseNotes(
      '# Notatki z konferencji Kodowisko 2025\n\n## Monorepo — Zofia Kmieć\n\n- x\n',
      'a.md',
      'a',
    );
    const german = parseNotes(
      '# Notizen von der Kotlin Woche 2025\n\n## Coroutines — Jonas Feld\n\n- x\n',
      'b.md',
      'b',
    );
    expect(polish.event.name).toBe('Kodowisko 2025');
    expect(german.event.name).toBe('Kotlin Woche 2025');
  });

  it('reads "both from the company X" as their company, without the word "company"', () => {
    const { talks } = post(
      '# Kodowisko 2025',
      '',
      '1. „Kubernetes bez tajemnic” — Ola Nowak i Jan Bór, obaj z firmy Chmurex',
      '   - x',
    );
    expect(who(talks[0])).toEqual(['Ola Nowak @ Chmurex', 'Jan Bór @ Chmurex']);
  });
});

describe('a bold title with its speaker labelled in parentheses or "given by"', () => {
  it('reads "(Referent: Name, Company)" and "gehalten von" as the speakers', () => {
    const { talks } = post(
      '# Notizen vom Backend Tag 2025',
      '',
      'Kurz und knapp.',
      '',
      '**Strukturierte Nebenläufigkeit** (Referent: Lukas Brandl, Nordwerk)',
      '- Scopes statt Threads',
      '',
      '**Datenbanken im Test**, gehalten von Petra Klee und Ute Maas (Quellbau)',
      '- Testcontainers',
      '- [Aufzeichnung](https://www.youtube.com/watch?v=abcdefghijk)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Strukturierte Nebenläufigkeit', ['Lukas Brandl @ Nordwerk']],
      ['Datenbanken im Test', ['Petra Klee @ Quellbau', 'Ute Maas @ Quellbau']],
    ]);
    // The video is the second talk's, not the first's.
    expect(kinds(talks[0])).toEqual([]);
    expect(kinds(talks[1])).toEqual(['video']);
  });
});

describe('a name with a slash, a handle or an honorific beside it', () => {
  it('reads "(Name / Company)" as the person and their company', () => {
    const { talks } = post(
      '# GoNorth 2025',
      '',
      '## 基調講演：ジェネリクスの今（Ingrid Dahl / Fjordbyte）',
      '',
      '- x',
      '',
      '## Keynote: Ten years of modules (Oskar Lind / Tallwood)',
      '',
      '- y',
      '',
      '## Pair review (Ana Lima / Bo Chen)',
      '',
      '- z',
    );
    expect(talks.map(who)).toEqual([
      ['Ingrid Dahl @ Fjordbyte'],
      ['Oskar Lind @ Tallwood'],
      ['Ana Lima', 'Bo Chen'],
    ]);
  });

  it('leaves a lower-case handle after the name out of the company', () => {
    const { talks } = post(
      '# GoNorth 2025',
      '',
      '## pprof 入門（佐藤由美 @yumi_go）',
      '',
      '- x',
      '',
      '## Tracing the runtime (Mia Park @miapark)',
      '',
      '- y',
    );
    expect(talks.map(who)).toEqual([['佐藤由美'], ['Mia Park']]);
  });

  it('reads "@handle (Name, Company)" as that person and company', () => {
    const { talks } = post(
      '# GoNorth 2025',
      '',
      '- "Fuzzing in CI" by @tkvist (Tove Kvist, Brightloom). Found 3 bugs.',
      '- "Escape analysis" by @leo_r (Leo Ruiz, Nimbly). Stack is cheap.',
    );
    expect(talks.map(who)).toEqual([['Tove Kvist @ Brightloom'], ['Leo Ruiz @ Nimbly']]);
  });

  it('reads "「Title」 — Name さん（Company）" as title, person and company', () => {
    const { talks } = post(
      '# GoNorth 2025',
      '',
      '## 「チャネルを正しく使う」 — 鈴木一郎さん（ヤマブキ）',
      '',
      '- x',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['チャネルを正しく使う', ['鈴木一郎 @ ヤマブキ']],
    ]);
  });
});

describe('one talk noted slide by slide', () => {
  it('is that one talk, its title without "slide notes", its slides its notes', () => {
    const { talks } = post(
      '# “Caching at the edge” — slide notes',
      '',
      'Talk by **Maren Vik**, Staff Engineer at Lysverk.',
      'Recording: https://vimeo.com/987654321',
      '',
      '## Slide 1 — Title',
      'Nothing yet.',
      '',
      '## Slide 2: Why caches lie',
      '- stale reads',
      '',
      '## Slides 5–6',
      '- purge by tag',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Caching at the edge', ['Maren Vik @ Lysverk']],
    ]);
    expect(kinds(talks[0])).toEqual(['video']);
    expect(talks[0]?.summary).toMatch(/purge by tag/);
  });

  it('reads "Title — my notes" and "Title (notes)" as the title alone', () => {
    const { talks } = post(
      '# Notes from EdgeDays 2025',
      '',
      '## Caching at the edge — my notes',
      'Maren Vik (Lysverk)',
      '',
      '- stale reads',
      '',
      '## Purging by tag (notes)',
      'Ola Berg (Fjellnett)',
      '',
      '- purge by tag',
    );
    expect(talks.map((t) => t.title)).toEqual(['Caching at the edge', 'Purging by tag']);
  });
});

describe('a shared document with its tracks in bold, as its talks are', () => {
  it('reads a bold line alone over a bold talk with a speaker as the topic, no talk', () => {
    const { talks } = post(
      '**Notes — CloudHarbor 2025**',
      '',
      'Shared doc, add yours below.',
      '',
      '**Resilient Systems**',
      '',
      '**Retries that help** — Ilse Brandt, Netwise',
      '',
      '* budgets per client',
      '',
      '**Queues at scale** (Omar Said, Lumen)',
      '',
      '* backpressure',
      '',
      '**Data Platforms**',
      '',
      '**Joins in streams** — Ana Ruiz and Li Wei of Streamly',
      '',
      '* watermarks',
    );
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      ['Retries that help', 'Resilient Systems'],
      ['Queues at scale', 'Resilient Systems'],
      ['Joins in streams', 'Data Platforms'],
    ]);
  });
});

describe("an awesome list's year, a conference heading over its one talk", () => {
  it('reads the first conference’s one linked talk as a talk of that conference', () => {
    const { talks } = post(
      '# Great talks — 2024',
      '',
      '## Fjordconf 2024',
      '- [Ledgers that never lie](https://www.youtube.com/watch?v=abcdefghijk) — Oda Vik. Best of the year.',
      '',
      '## RustNorth 2024',
      '- [Fearless FFI](https://vimeo.com/1234567) by Yuki Sato (Kitsune)',
      '- [Async in anger](https://vimeo.com/7654321) – Lena Hartmann, Kaffe AS',
    );
    expect(talks.map((t) => [t.title, who(t), t.event])).toEqual([
      ['Ledgers that never lie', ['Oda Vik'], 'post-fjordconf-2024'],
      ['Fearless FFI', ['Yuki Sato @ Kitsune'], 'post-rustnorth-2024'],
      ['Async in anger', ['Lena Hartmann @ Kaffe AS'], 'post-rustnorth-2024'],
    ]);
  });
});

describe('a definition list whose definitions open with the people, then notes', () => {
  it('reads each term as a talk, its first sentence the speakers and the rest notes', () => {
    const { talks } = post(
      '# PyFjord 2025 notes',
      '',
      'Typing is not optional',
      ': by Ada Lind. Gradual typing, strict mode in CI. [Video](https://www.youtube.com/watch?v=abcdefghijk)',
      '',
      'Frames, lazily',
      ': Rune Vik (Polarfox). Lazy frames and query plans.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Typing is not optional', ['Ada Lind'], 'Gradual typing, strict mode in CI.'],
      ['Frames, lazily', ['Rune Vik @ Polarfox'], 'Lazy frames and query plans.'],
    ]);
    expect(kinds(talks[0])).toEqual(['video']);
  });

  it('leaves a glossary whose definitions open with a sentence as it was: no talks', () => {
    const { talks } = post(
      '# Stream terms',
      '',
      'Watermark',
      ': A timestamp that says how late data may be. Used by stream joins.',
      '',
      'Backpressure',
      ': Slowing the producer down. Bounded queues do it.',
    );
    expect(talks).toEqual([]);
  });
});

describe('a Slack channel pasted with lower-case user names', () => {
  it('reads the talks its messages name, each message apart, the event without the channel', () => {
    const { talks, event } = post(
      '# #fjordconf-2025 channel export — Fjordconf 2025',
      '',
      '**oda.v** 10:02 AM',
      'room B: "Ledgers that never lie" by Kari Holm (Kassa) starting now',
      '',
      '**rune** 10:31 AM',
      'lunch? meet at the entrance',
      '',
      '**ilse_b** 1:30 PM',
      'ignite: "On-call is a team sport" — Mira Lund (Pagewise), very good',
    );
    expect(event.name).toBe('Fjordconf 2025');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Ledgers that never lie', ['Kari Holm @ Kassa']],
      ['On-call is a team sport', ['Mira Lund @ Pagewise']],
    ]);
    expect(talks[0]?.summary).not.toMatch(/lunch/);
  });
});

describe('a bold or italic title, then its people in words of other languages', () => {
  it('reads "charla de", "di", "com … ; mediação de" as the speakers', () => {
    const { talks } = post(
      '# Notas do DevSul 2025',
      '',
      '- **Acessibilidade não é opcional**, charla de Nerea Olano y Iker Arrieta (ambos de Ikusoft)',
      '- 11:00 *Rust per sviluppatori Java* di Francesca Neri (Rossoblu)',
      '- **Painel: Carreira em tecnologia** — com Ana Sousa (Pagaí), Bruno Reis (Zuppa) e Carla Dias (Pedra); mediação de Diego Prado',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Acessibilidade não é opcional', ['Nerea Olano @ Ikusoft', 'Iker Arrieta @ Ikusoft']],
      ['Rust per sviluppatori Java', ['Francesca Neri @ Rossoblu']],
      [
        'Carreira em tecnologia',
        ['Ana Sousa @ Pagaí', 'Bruno Reis @ Zuppa', 'Carla Dias @ Pedra', 'Diego Prado'],
      ],
    ]);
    expect(talks[2]?.kind).toBe('Panel');
  });
});

describe('a co-speaker after "with", with no company to split on', () => {
  it('reads "A with B" after a title and ", with A" ending a heading as the speakers', () => {
    const { talks } = post(
      '# RetryConf 2025',
      '',
      '1. **The hidden cost of retries** — Marco Neri with Yuki Aoki',
      '   - retry budgets',
      '2. **Jitter, explained** — Ola Berg',
      '   - full jitter',
      '',
      '### Lean portfolios, with Siv Lunde',
      '',
      '- value streams',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['The hidden cost of retries', ['Marco Neri', 'Yuki Aoki']],
      ['Jitter, explained', ['Ola Berg']],
      ['Lean portfolios', ['Siv Lunde']],
    ]);
  });
});
