import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (22): a chat's messages that name a talk later on. */

describe('a pasted chat whose messages name the talk after a short aside', () => {
  const chat = (...messages: string[][]) =>
    post('# #devdays export', '', ...messages.flatMap((m) => [...m, '']));

  it('reads a quoted title in the second sentence of a message, in English and German', () => {
    const { talks } = chat(
      ['**Mara**  10:12', 'Bin im Saal 3. "Zustand ohne Drama" von Henrik Vogel war sehr gut.'],
      ['**Ole**  10:40', 'lunch anyone?'],
      [
        '**Mara**  13:20',
        'Heads up. The talk "Queues in anger" by Petra Lindahl (Postwerk) starts in Saal 1.',
      ],
      ['**Ole**  15:02', '"Caches, ein Jahr später" von Lukas Brenner (Nordbit) war sehr gut.'],
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Zustand ohne Drama', ['Henrik Vogel']],
      ['Queues in anger', ['Petra Lindahl @ Postwerk']],
      ['Caches, ein Jahr später', ['Lukas Brenner @ Nordbit']],
    ]);
  });

  it('keeps a quote after a first sentence as prose outside a chat', () => {
    const { talks } = post(
      '# Berlin trip',
      '',
      '## Day 1',
      '',
      'Rain all day. "Make it work" by Kent Moor is still my favourite book.',
      '',
      '## Boring deploys by Ana Ruiz',
      '',
      '- small steps',
    );
    expect(talks.map((t) => t.title)).toEqual(['Boring deploys']);
  });

  it('keeps a message whose aside is long, or whose quote names no one, as chat', () => {
    const { talks } = chat(
      ['**Mara**  10:12', 'Heads up. "Lunch is at noon" says the sign.'],
      [
        '**Ole**  10:40',
        'I spent the whole morning at the booth of a vendor that sells queues. "Queues in anger" by Petra Lindahl was next.',
      ],
    );
    expect(talks).toEqual([]);
  });
});

describe("the author's plans for their own work, under a heading of its own", () => {
  const EDGE_DAYS = [
    '# Edge Days Utrecht 2025',
    '',
    '## Caching at the edge by Wout Smit',
    '',
    '- stale-while-revalidate everywhere',
    '',
  ];

  it('reads "What I\'ll try at work", "Things to adopt" and "Son düşünceler" as no talks', () => {
    const { talks } = post(
      ...EDGE_DAYS,
      "## What I'll try at work",
      '',
      '- stale-while-revalidate on the shop pages',
      '',
      '## Things to adopt',
      '',
      '1. Edge config for feature flags',
      '',
      '## Son düşünceler',
      '',
      'Gelecek yıl tekrar gideceğim.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([['Caching at the edge', ['Wout Smit']]]);
  });

  it('keeps such a heading that names its speaker as a talk', () => {
    const { talks } = post(
      ...EDGE_DAYS,
      '## Things to try with eBPF',
      '',
      '**Speaker:** Iris Kok (Tulp Cloud)',
      '',
      '- bpftrace one-liners first',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Caching at the edge', ['Wout Smit']],
      ['Things to try with eBPF', ['Iris Kok @ Tulp Cloud']],
    ]);
  });
});

describe('Dutch speaker labels of a workshop day', () => {
  it('reads "Door: A en B (Co)", "Begeleid door:" and "Sprekers:" as the speakers', () => {
    const { talks } = post(
      '# Verslag: Workshopdag Gent 2025',
      '',
      '## Workshop: Testcontainers van nul tot productie',
      '**Door:** Femke Claes en Jan Wouters (Kraanbit)',
      '',
      '- databases in tests zonder mocks',
      '',
      '## Hands-on lab: Tracing met OpenTelemetry',
      '**Begeleid door:** Sofie Maes',
      '',
      'Traces, metrics en logs in één collector.',
      '',
      '## Gegevens zonder schema',
      '**Sprekers:** Bram Peeters en Ilse Vos',
      '',
      '- schema-on-read heeft een prijs',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      [
        'Testcontainers van nul tot productie',
        ['Femke Claes @ Kraanbit', 'Jan Wouters @ Kraanbit'],
      ],
      ['Tracing met OpenTelemetry', ['Sofie Maes']],
      ['Gegevens zonder schema', ['Bram Peeters', 'Ilse Vos']],
    ]);
  });
});

describe("a notes repository's file for one talk, the speaker's name alone under its title", () => {
  it('reads "# Title" over a name line and points as that talk', () => {
    const { talks } = post(
      '# Temporal logic for the rest of us',
      '',
      'Hedda Wain',
      '',
      '- liveness vs safety properties',
      '- model checking finds the bug in the design, not the code',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Temporal logic for the rest of us',
        ['Hedda Wain'],
        'liveness vs safety properties. model checking finds the bug in the design, not the code.',
      ],
    ]);
  });

  it("keeps a recap's title over its author's byline and points a post", () => {
    const { talks } = post(
      '# DevDays Bergen 2025',
      '',
      'Hedda Wain',
      '',
      '- the venue was great',
      '- too many talks on AI',
    );
    expect(talks).toEqual([]);
  });
});

describe("a schedule's opening and closing words", () => {
  it('reads an "Opening" row by the organisers and a "Closing" heading as no talks', () => {
    const { talks } = post(
      '# Cloud Days Delft 2025',
      '',
      '| Time | Room | Title | Speaker |',
      '|---|---|---|---|',
      '| 09:00 | Main | Opening | Organisers |',
      '| 09:30 | Main | Kubernetes on ships | Joris Bakker |',
      '| 10:30 | Main | Opening keynote: Clouds over water | Fleur Dekker |',
      '',
      '## Closing',
      '',
      'The organisers thanked the volunteers.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Kubernetes on ships', ['Joris Bakker']],
      ['Clouds over water', ['Fleur Dekker']],
    ]);
  });
});

describe('"independent" or "freelance" where the company would stand', () => {
  it('names no company after a comma in a numbered recap', () => {
    const { talks } = post(
      '# OpsDays Tartu 2025',
      '',
      '1. **Terraform state is a liability** — Mihkel Saar, independent',
      '   - split states per blast radius',
      '2. **On-call for small teams** — Laura Kask, Freelance',
      '   - a rota of three is not a rota',
      '3. **SBOMs nobody reads** — Ahmed Oru, Bolt',
      '   - diff them in PRs',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Terraform state is a liability', ['Mihkel Saar']],
      ['On-call for small teams', ['Laura Kask']],
      ['SBOMs nobody reads', ['Ahmed Oru @ Bolt']],
    ]);
  });
});

describe('"Title / A + B": a slash before two people', () => {
  it('reads the people after the slash as the speakers, and keeps "CI / CD" a title', () => {
    const { talks } = post(
      '# NDC Bergen 2025',
      '',
      '## Event sourcing in anger / Kari Lund + Ola Strand',
      '',
      '- snapshots every 100 events',
      '',
      '## Domain events & sagas / Nina Berg and Per Vik',
      '',
      '- sagas need owners',
      '',
      '## CI / CD + GitOps',
      '',
      '**Speaker:** Anne Holm',
      '',
      '- pull, never push',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Event sourcing in anger', ['Kari Lund', 'Ola Strand']],
      ['Domain events & sagas', ['Nina Berg', 'Per Vik']],
      ['CI / CD + GitOps', ['Anne Holm']],
    ]);
  });
});

describe('a bold title whose notes open with the speaker, as dev.to and Medium posts write it', () => {
  it('names the person with their company who opens the first sentence under the title', () => {
    const { talks } = post(
      'Hey folks! I just got back from Porto and wanted to share my favourite talks.',
      '',
      '**1. Server Components without a framework**',
      '',
      'Rui Lobo from Sardinha Labs showed how to wire RSC with nothing but Vite.',
      '',
      '**2. Forms are hard, still**',
      '',
      'Inês Faria (Talkvale) went through every form library.',
      '',
      '**3. Docker Compose in CI**',
      '',
      'Docker Compose showed up everywhere this year.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Server Components without a framework', ['Rui Lobo @ Sardinha Labs']],
      ['Forms are hard, still', ['Inês Faria @ Talkvale']],
      ['Docker Compose in CI', []],
    ]);
  });
});

describe("dev.to's {% embed %} of a deck", () => {
  it('gives the talk its slides, where a bare address of the deck stays a reference', () => {
    const { talks } = post(
      '# Talks',
      '',
      '## The React Compiler in practice by Tiago Moura',
      '',
      '{% embed https://speakerdeck.com/tmoura/react-compiler %}',
      '',
      '## Signals by Ana Lobo',
      '',
      'Related: https://speakerdeck.com/someone/other-deck',
    );
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['The React Compiler in practice', ['slides']],
      ['Signals', ['see-also']],
    ]);
  });
});

describe('the kind of session the sentence names before a title', () => {
  it('reads "Name\'s lightning talk "Title"" and "The opening keynote, **Title**," so', () => {
    const { talks } = post(
      '# Recap',
      '',
      '## Day 1',
      '',
      'Loved Anja Brink\'s lightning talk "Records all the way down": short and sweet.',
      '',
      'The opening keynote, **Software that lasts**, was given by Hanne Kol.',
      '',
      'After lunch I caught **Typing at scale** by Luis Ortiz, a talk about mypy.',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Records all the way down', ['Anja Brink'], 'Lightning talk'],
      ['Software that lasts', ['Hanne Kol'], 'Keynote'],
      ['Typing at scale', ['Luis Ortiz'], undefined],
    ]);
  });
});

describe("the author's essay under a heading of its own, before talks that name their speakers", () => {
  const essay = [
    '## Neden hâlâ konferanslara gidiyorum',
    '',
    'Pandemi döneminde her şeyi video olarak izlemeye alıştık. Ama salonda olmanın başka bir enerjisi var. Koridor sohbetleri, tanımadığınız birinin size bir soru sorması... Bunlar videoda yok. Bu yıl da bu yüzden gittim.',
    '',
  ];
  it('reads that first section as no talk', () => {
    const { talks } = post(
      '# DevFest İzmir 2025 notlarım',
      '',
      ...essay,
      "## Kafka'dan Pulsar'a geçiş",
      'Konuşmacı: Emre Yıldız (Kargom)',
      '',
      '- geçiş 8 ay sürdü',
      '',
      "## Go ile API'ler",
      'Konuşmacı: Zeynep Aksoy (Sepetim)',
      '',
      '- sync.Pool önemli',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ["Kafka'dan Pulsar'a geçiş", ['Emre Yıldız @ Kargom']],
      ["Go ile API'ler", ['Zeynep Aksoy @ Sepetim']],
    ]);
  });

  it('keeps it a talk where the talks after it name no one', () => {
    const { talks } = post(
      '# DevFest İzmir 2025 notlarım',
      '',
      ...essay,
      "## Kafka'dan Pulsar'a geçiş",
      '',
      '- geçiş 8 ay sürdü',
      '',
      "## Go ile API'ler",
      '',
      '- sync.Pool önemli',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Neden hâlâ konferanslara gidiyorum',
      "Kafka'dan Pulsar'a geçiş",
      "Go ile API'ler",
    ]);
  });
});
