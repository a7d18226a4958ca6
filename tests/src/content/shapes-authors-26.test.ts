import { describe, expect, it } from 'vitest';
import { kinds, post, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (26, round N7): each post invented for these tests. */

describe('list items with a bold title and "door", "par" or "von" before the speaker', () => {
  it('reads each item as a talk, grouped by the part of the day over it', () => {
    const { talks, problems } = post(
      '# Verslag: Kustdag Tech 2025',
      '',
      '## Ochtend',
      '',
      '* **Monorepo of niet** door Femke Dijkstra (Bolwerk)',
      '  Eerst de build cachen, dan pas splitsen.',
      '* **Wachtrijen zonder Kafka** door Ruud Brinkman en Aylin Demir (Havenlogic)',
      '  Postgres SKIP LOCKED volstaat vaak.',
      '',
      '## Middag',
      '',
      '* **Observabilité sans budget** par Luc Ferrand',
      '  Échantillonner en tête.',
      '* **Typsichere Formulare** von Jana Krüger (Formwerk)',
      '  Zod-Schemas im Frontend.',
    );
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Monorepo of niet', ['Femke Dijkstra @ Bolwerk'], 'Ochtend'],
      [
        'Wachtrijen zonder Kafka',
        ['Ruud Brinkman @ Havenlogic', 'Aylin Demir @ Havenlogic'],
        'Ochtend',
      ],
      ['Observabilité sans budget', ['Luc Ferrand'], 'Middag'],
      ['Typsichere Formulare', ['Jana Krüger @ Formwerk'], 'Middag'],
    ]);
    expect(talks[0]?.summary).toMatch(/^Eerst de build/);
    expect(warnings(problems)).toEqual([]);
  });
});

describe('plain bullets "Title — Name (Company)" ending in the talk\'s links', () => {
  it('reads them as talks with those links, not as notes of the day', () => {
    const { talks } = post(
      '# Notes de Garonne Dev 2025',
      '',
      '## Mardi',
      '',
      '- « Les index partiels » par Inès Morel (Cassoulet Data) — [slides](https://example.org/idx.pdf)',
      '  - Un index par statut actif',
      '- Monitoring frugal — Paul Girard (Vélo Cloud) · [vidéo](https://www.youtube.com/watch?v=frug4l)',
      '  - Trois métriques suffisent',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Les index partiels', ['Inès Morel @ Cassoulet Data'], ['slides']],
      ['Monitoring frugal', ['Paul Girard @ Vélo Cloud'], ['video']],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['Un index par statut actif']);
    // A link inside a bullet's sentence keeps the bullet a note.
    const tooling = post(
      '## Tooling — Ada Berg (Pinecraft)',
      '',
      '- We tried [Renovate](https://example.org/renovate) — it worked (mostly)',
      '- Build caching matters',
    );
    expect(tooling.talks.map((t) => t.title)).toEqual(['Tooling']);
    expect(tooling.talks[0]?.notes).toHaveLength(2);
  });
});

describe('the verb before "par" in a French item', () => {
  it('is no part of the title: "« Titre » animé par Jane Doe" is a workshop by her', () => {
    const { talks } = post(
      '# Notes',
      '',
      '## Jeudi',
      '',
      '- Atelier : « Déboguer Node en prod » animé par Chloé Lemoine',
      '  - Deux heures de flame graphs',
      '- « CSS moderne » présentée par Hugo Vidal',
      '  - Nesting natif',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Déboguer Node en prod', ['Chloé Lemoine'], 'Workshop'],
      ['CSS moderne', ['Hugo Vidal'], undefined],
    ]);
  });
});

describe('a closing keynote named in French', () => {
  it('drops "Keynote de clôture :" from the title and keeps the kind', () => {
    const { talks } = post(
      '# Notes',
      '',
      '## Vendredi',
      '',
      '- Keynote de clôture : « Le web léger » — Marc Aubert',
      '  - Moins de JavaScript',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Le web léger', ['Marc Aubert'], 'Keynote'],
    ]);
  });
});

describe('a bold title, then the speaker and company after middle dots', () => {
  it('reads "**Title** · Name · Company" as the talk and its speaker', () => {
    const { talks } = post(
      '# OpsFjell 2025',
      '',
      '## Talks',
      '',
      '**Runbooks as code** · Siv Aasen · Nordkapp Data',
      '> Every runbook step is a script.',
      '',
      '**Paging less** · Omar Lind',
      '> Alert on symptoms.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Runbooks as code', ['Siv Aasen @ Nordkapp Data']],
      ['Paging less', ['Omar Lind']],
    ]);
  });
});

describe("a post's own sections beside the headings over its talks", () => {
  it('are no talks: "Le reste", "Sponsors I talked to", "Was ich verpasst habe"', () => {
    const { talks, problems } = post(
      '# Autumn Stack 2025',
      '',
      '## Morning track',
      '',
      '- **Zero-downtime migrations** by Rita Okoro (Lumen Bank)',
      '  - Expand, migrate, contract',
      '- **Edge auth** by Timo Salo',
      '  - Tokens at the edge',
      '',
      '## Le reste',
      '',
      'Les repas étaient bons et le café aussi.',
      '',
      '## Sponsors I talked to',
      '',
      '- Lumen Bank (nice socks)',
      '',
      '## Was ich verpasst habe',
      '',
      '- Das Panel am Nachmittag',
      '',
      '## O que eu perdi',
      '',
      '- A palestra de Flutter',
    );
    expect(talks.map((t) => t.title)).toEqual(['Zero-downtime migrations', 'Edge auth']);
    expect(warnings(problems)).toEqual([
      '10: "Le reste" skipped as not a talk: a section of the post beside the headings over its talks, naming no speaker',
      '14: "Sponsors I talked to" skipped as not a talk: a section of the post beside the headings over its talks, naming no speaker',
      '18: "Was ich verpasst habe" skipped as not a talk: the author says they missed these talks',
      '22: "O que eu perdi" skipped as not a talk: the author says they missed these talks',
    ]);
    // A heading that names a talk a schedule table above listed is that talk.
    const agenda = post(
      '## Agenda',
      '',
      '| Time | Talk | Speaker |',
      '|---|---|---|',
      '| 10:00 | Durable queues | Ines Park |',
      '| 11:00 | Retry budgets | Sol Ramos |',
      '',
      '## Durable queues',
      '',
      '- Outbox pattern',
    );
    expect(agenda.talks.map((t) => [t.title, who(t), t.source.line])).toEqual([
      ['Retry budgets', ['Sol Ramos'], 6],
      ['Durable queues', ['Ines Park'], 8],
    ]);
  });

  it("reads a track heading over a list of talks as the talks' track", () => {
    const { talks } = post(
      '# Crossroads 2025',
      '',
      '## Track: Platform',
      '',
      '1. **Golden paths** — Nia Holt, Railyard. Templates first.',
      '2. **Cost dashboards** — Per Moen (Fjordcloud). Tags at creation.',
    );
    expect(talks.map((t) => [t.title, t.topic, t.track])).toEqual([
      ['Golden paths', 'Platform', 'Platform'],
      ['Cost dashboards', 'Platform', 'Platform'],
    ]);
  });

  it('skips "What we\'ll do next" after a company blog\'s talks', () => {
    const { talks } = post(
      '## Ledgers that last',
      '',
      '*Speaker: Kari Moe, Principal Engineer at Ledgerly*',
      '',
      'Immutable journals.',
      '',
      "## What we'll do next",
      '',
      '1. Prototype a journal',
    );
    expect(talks.map((t) => t.title)).toEqual(['Ledgers that last']);
  });
});

describe('an "Ignites" heading over a list of talks', () => {
  it('makes each bullet a lightning talk, not the heading a talk', () => {
    const { talks } = post(
      '# DevOpsDays Somewhere 2025',
      '',
      '## Ignites',
      '',
      '- "Cron is forever" — Lea Brun',
      '- "Tabs won" — Ivo Stam',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Cron is forever', ['Lea Brun'], 'Lightning talk'],
      ['Tabs won', ['Ivo Stam'], 'Lightning talk'],
    ]);
  });
});
