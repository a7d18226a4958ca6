import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (26b, round N7): links, tables and panels. */

describe("a Notion export's callout under a talk", () => {
  it('gives the talk the slides or video linked inside <aside>', () => {
    const { talks } = post(
      '# Harbour Cloud Days 2025',
      '',
      '### Tagging for FinOps',
      '',
      'Speaker: Lene Holm (Kelp Cloud)',
      '',
      '<aside>',
      '📎 Slides: [tagging.pdf](https://example.org/decks/tagging.pdf)',
      '',
      '</aside>',
      '',
      '- Tag at creation',
      '',
      '### Cold starts',
      '',
      'Speaker: Ravi Dutt',
      '',
      '<aside>',
      '🎥 Recording: https://www.youtube.com/watch?v=c0ld5tart',
      '',
      '</aside>',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Tagging for FinOps', ['Lene Holm @ Kelp Cloud'], ['slides']],
      ['Cold starts', ['Ravi Dutt'], ['video']],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['Tag at creation']);
  });
});

describe('an HTML link written inside a Markdown line', () => {
  it('is a link of the talk, classified by its words and address', () => {
    const { talks } = post(
      '## Schema stitching — Vera Lund (Quill)',
      '',
      '- Composition checks in CI',
      '- <a href="https://example.org/slides/stitching">Slides</a>',
      '',
      '## Persisted queries — Jonas Eide',
      '',
      'Allow-listed only. Video: <a href="https://www.youtube.com/watch?v=p3r5&amp;t=10">YouTube</a>',
    );
    expect(talks.map((t) => [t.title, t.links.map((l) => [l.kind, l.url])])).toEqual([
      ['Schema stitching', [['slides', 'https://example.org/slides/stitching']]],
      ['Persisted queries', [['video', 'https://www.youtube.com/watch?v=p3r5&t=10']]],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['Composition checks in CI']);
  });
});

describe('a table of talks with a rating, a break row and a panel', () => {
  const { talks } = post(
    '# Fjord Data Day 2025',
    '',
    '| # | Talk | Speaker(s) | Company | Links |',
    '|---|------|------------|---------|-------|',
    '| 1 | Lakehouse on a laptop | Sara Voss | Quayside | [video](https://www.youtube.com/watch?v=l4keh0) |',
    '| 2 | Slow dbt, fast fixes | Emil Rask | — | |',
    '| 3 | Lunch & sponsor expo | | | |',
    '| 4 | Stream joins | Maja Horn | Tidewater | |',
    '| 5 | Panel: Is SQL enough? | Moderated by Sara Voss; with Ole Dahl (Polarity), Ida Lie (Kvist) | | |',
  );

  it('reads no talk from the row that names nobody and has no notes or link', () => {
    expect(talks.map((t) => t.title)).toEqual([
      'Lakehouse on a laptop',
      'Slow dbt, fast fixes',
      'Stream joins',
      'Is SQL enough?',
    ]);
  });

  it('reads "—" in the company column as no company, and a panel\'s line-up in its cell', () => {
    expect(talks.map(who)).toEqual([
      ['Sara Voss @ Quayside'],
      ['Emil Rask'],
      ['Maja Horn @ Tidewater'],
      ['Sara Voss', 'Ole Dahl @ Polarity', 'Ida Lie @ Kvist'],
    ]);
  });
});

describe('two people joined by "&", then a comma and their company', () => {
  it('gives both that company, where three people would be "A, B & C"', () => {
    const { talks } = post(
      '# GPU Days 2025',
      '',
      '| Time | Session | Who |',
      '|------|---------|-----|',
      '| 09:00 | Queueing GPUs | Anja Brun & Lars Vik, High-energy Compute |',
      '| 10:00 | Model registries | Per Holm, Siri Dahl & Ole Ness |',
    );
    expect(talks.map(who)).toEqual([
      ['Anja Brun @ High-energy Compute', 'Lars Vik @ High-energy Compute'],
      ['Per Holm', 'Siri Dahl', 'Ole Ness'],
    ]);
  });
});

describe("a notes section whose bold lines name the schedule table's talks", () => {
  it('gives each named talk those notes and links', () => {
    const { talks, problems } = post(
      '# MLOps Valley 2025',
      '',
      '| Time | Session | Who |',
      '|------|---------|-----|',
      '| 10:00 | Shadow deployments for models | Paula Ruiz (Mercato) |',
      '| 11:00 | Drift alerts that matter | Nadia Rahim |',
      '',
      '## My notes',
      '',
      '**Shadow deployments**: mirror all traffic, compare offline. [Slides](https://example.org/shadow.pdf)',
      '',
      '**Drift alerts that matter**: alert on business metrics.',
    );
    expect(talks.map((t) => [t.title, kinds(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'Shadow deployments for models',
        ['slides'],
        ['mirror all traffic, compare offline. Slides'],
      ],
      ['Drift alerts that matter', [], ['alert on business metrics.']],
    ]);
    expect(problems).toEqual([]);
  });
});

describe("a panel's line-up on the first line of its notes", () => {
  it('names the moderator and panelists, the lines after it staying notes', () => {
    const { talks } = post(
      '# Nordic Ops 2025',
      '',
      '## Panel: Public-sector DevOps',
      '> Moderator: Ingrid Vale (Statnett). Panelists: Ole Brun (Skattely), Sara Holm (Helsa).',
      '> Procurement is the real bottleneck.',
      '',
      '## Mesa redonda: ¿Adiós al on-call?',
      '',
      'Moderadora: Carmen Ruiz. Participantes: Javier Gómez (Banco Sur), Sara Lozano (Rapido)',
      '',
      'No, pero cambiará.',
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'Public-sector DevOps',
        ['Ingrid Vale @ Statnett', 'Ole Brun @ Skattely', 'Sara Holm @ Helsa'],
        ['Procurement is the real bottleneck.'],
      ],
      [
        '¿Adiós al on-call?',
        ['Carmen Ruiz', 'Javier Gómez @ Banco Sur', 'Sara Lozano @ Rapido'],
        ['No, pero cambiará.'],
      ],
    ]);
  });
});
