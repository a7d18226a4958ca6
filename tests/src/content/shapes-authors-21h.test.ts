import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21h): a grid's session over every room, labels after a dash. */

describe('a schedule grid whose keynote is written in every room', () => {
  it('reads the same cell across a row as one talk, in the first room', () => {
    const { talks } = post(
      '# DevDays Tallinn 2025',
      '',
      '| Time | Hall A | Hall B | Hall C |',
      '|---|---|---|---|',
      '| 09:00 | Keynote: Software that lasts — Mari Tamm | Keynote: Software that lasts — Mari Tamm | Keynote: Software that lasts — Mari Tamm |',
      '| 10:00 | Typed SQL — Jaan Kask (Wise) | Islands — Liis Org | Data mesh, revisited — Peeter Saar (Bolt) |',
      '| 11:00 | Closing panel: Is the monolith back? — Moderator: Kadri Lepp | Coffee break | Coffee break |',
    );
    expect(talks.map((t) => [t.title, who(t), t.room, t.kind])).toEqual([
      ['Software that lasts', ['Mari Tamm'], 'Hall A', 'Keynote'],
      ['Typed SQL', ['Jaan Kask @ Wise'], 'Hall A', undefined],
      ['Islands', ['Liis Org'], 'Hall B', undefined],
      ['Data mesh, revisited', ['Peeter Saar @ Bolt'], 'Hall C', undefined],
      ['Is the monolith back?', ['Kadri Lepp'], 'Hall A', 'Panel'],
    ]);
  });

  it('reads a people label after a heading\'s dash as "by"', () => {
    const { talks } = post(
      '# Warsaw JUG #318',
      '',
      '## „Wirtualne wątki w praktyce" — Prelegent: Piotr Nowak (Allegro)',
      '',
      'Kod dwa razy krótszy.',
      '',
      '## Testy kontraktowe – Prelegentka: Anna Zielińska (mBank)',
      '',
      'Zacznijcie od Pact.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Wirtualne wątki w praktyce', ['Piotr Nowak @ Allegro']],
      ['Testy kontraktowe', ['Anna Zielińska @ mBank']],
    ]);
  });
});

describe('a speaker heading with its label over a labelled title line', () => {
  it('reads "### Relatrice: Name, role presso Co" over "**Titolo:** Title" as that talk', () => {
    const { talks } = post(
      '# Codemotion Roma 2025',
      '',
      '### Relatrice: Chiara Galli, Staff Engineer presso Satispay',
      '',
      '**Titolo:** Pagamenti idempotenti',
      '',
      'Ogni richiesta ha la sua chiave.',
      '',
      '### Relatore: Paolo Neri (Nexi)',
      '',
      '**Titolo:** Code senza paura',
      '',
      'Kafka o SQS, dipende.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Pagamenti idempotenti', ['Chiara Galli @ Satispay'], 'Ogni richiesta ha la sua chiave.'],
      ['Code senza paura', ['Paolo Neri @ Nexi'], 'Kafka o SQS, dipende.'],
    ]);
  });
});

describe("a team's takeaways after the talks", () => {
  it('is no talk', () => {
    const { talks, problems } = post(
      '# DevDays Tallinn 2025 — team notes',
      '',
      '## Typed SQL — Jaan Kask (Wise)',
      '',
      'Generate types from the schema.',
      '',
      '## Takeaways for the team',
      '',
      '- Try typed SQL on billing',
    );
    expect(talks.map((t) => t.title)).toEqual(['Typed SQL']);
    expect(problems.map((p) => p.message).join('\n')).toContain('"Takeaways for the team" skipped');
  });
});
