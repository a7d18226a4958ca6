import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (24): notes in shapes nobody here wrote. */

describe('headings that name one speaker after a slash, where the post writes them so', () => {
  const ROOM = [
    '# Open Source Days 2026 — the storage room',
    '',
    '## Erasure coding for the rest of us / Mirela Dobre (Ceph Works)',
    '',
    'Reed-Solomon without the maths.',
    '',
    '## Storage / Object Stores (MinIO)',
    '',
    'A hallway chat, no talk.',
    '',
    '## Snapshots that do not lie / Tarek Aziz',
    '',
    'Crash-consistent snapshots in practice.',
  ];

  it('reads the person and their company after the slash, not as words of the title', () => {
    const { talks } = post(...ROOM);
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Erasure coding for the rest of us', ['Mirela Dobre @ Ceph Works']],
      ['Storage / Object Stores', ['MinIO']],
      ['Snapshots that do not lie', ['Tarek Aziz']],
    ]);
  });

  it('keeps a slash between two topics where the post writes no speaker so', () => {
    const { talks } = post(
      '# Open Source Days 2026',
      '',
      '## Caching / Edge Compute (Fastly)',
      '',
      'Notes.',
      '',
      '## Writing good runbooks',
      '',
      'More notes.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Caching / Edge Compute', 'Writing good runbooks']);
    expect(who(talks[0])).toEqual(['Fastly']);
  });
});

describe("an Obsidian note's callouts, each titled as a talk over its speaker", () => {
  it('reads each callout over people as a talk and leaves the other callouts as boxes', () => {
    const { talks } = post(
      '# Data Summit Lyon 2025',
      '',
      'Notes from [[Data Summit Lyon 2025|the summit]].',
      '',
      '> [!note] Lakehouses without the hype',
      '> **Speaker:** [[Odile Marchal]] (Quaiflow)',
      '> Iceberg tables on plain object storage.',
      '',
      '> [!warning] Coffee',
      '> The queue took twenty minutes.',
      '',
      '> [!note]+ Streaming joins, explained',
      '> **Speakers:** [[Rémi Fabre]] and [[Lina Osei]]',
      '> Watermarks are a contract.',
      '',
      '> [!tip] Takeaway',
      '> Start with the tables you have.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Lakehouses without the hype', ['Odile Marchal @ Quaiflow']],
      ['Streaming joins, explained', ['Rémi Fabre', 'Lina Osei']],
    ]);
    expect(talks[0]?.summary).toMatch(/^Iceberg tables on plain object storage\./);
    expect(talks[1]?.summary).toMatch(/^Watermarks are a contract\./);
  });

  it("reads a person's page shown by the first name as the person, and no embedded file as words", () => {
    const { talks } = post(
      '# Data Summit Lyon 2025',
      '',
      '> [!note] Feature stores, revisited',
      '> **Speaker:** [[Agathe Roux|Agathe]] (Quaiflow)',
      '> Point-in-time joins are the whole product.',
      '> ![[roux-feature-stores.pdf]]',
      '',
      '> [!note] Vector search in Postgres',
      '> **Speaker:** [[Yanis Belkacem]]',
      '> pgvector with HNSW, and when not to.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Feature stores, revisited', ['Agathe Roux @ Quaiflow']],
      ['Vector search in Postgres', ['Yanis Belkacem']],
    ]);
    expect(talks[0]?.summary).toBe('Point-in-time joins are the whole product.');
  });
});

describe('notes typed as plain text: a line per talk at the margin, its notes indented below', () => {
  const TYPED = [
    'Notes from Small Systems Day 2025, typed up from paper. No formatting, sorry.',
    '',
    'Allocators you can read (Petra Lindgren)',
    '  An arena per request, freed in one go.',
    '  Slides: https://speakerdeck.com/plindgren/allocators',
    '',
    'Coffee (sponsored by Brewbox Labs)',
    '  Strong.',
    '',
    'Fuzzing the parser first (Omar Qasim, Sandline)',
    '    Coverage-guided, nightly, on every grammar change.',
    '',
    'Closing thoughts',
    '  Small room, good questions.',
  ];

  it('reads each line over indented notes as a talk, and a break or a closing line as none', () => {
    const { talks } = post(...TYPED);
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Allocators you can read', ['Petra Lindgren']],
      ['Fuzzing the parser first', ['Omar Qasim @ Sandline']],
    ]);
    expect(talks[0]?.summary).toBe('An arena per request, freed in one go.');
    expect(talks[1]?.summary).toBe('Coverage-guided, nightly, on every grammar change.');
  });

  it('leaves a paragraph whose lines are indented alone where no two lines name a speaker', () => {
    const { talks } = post(
      '# Small Systems Day 2025',
      '',
      'We met at the station (Kari Moe and me)',
      '  and walked over.',
    );
    expect(talks).toEqual([]);
  });
});

describe("an organiser's recap: the year's theme, the numbers and what the author takes home", () => {
  it('reads no talk from those sections, only from the talks', () => {
    const { talks } = post(
      '# Harbour Frontend Days 2025 — recap',
      '',
      '## Theme 2025',
      '',
      'This year the theme was "less JavaScript, more web".',
      '',
      '## Zero-dependency apps — Ines Varga (Webwork)',
      '',
      'A whole app with no package.json.',
      '',
      '## Numbers',
      '',
      '- 300 attendees',
      '',
      "## What I'm taking home",
      '',
      'Fewer dependencies.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Zero-dependency apps', ['Ines Varga @ Webwork']],
    ]);
  });

  it('names no conference "Theme 2025" after a theme heading over talks', () => {
    const notes = post(
      '# What our team saw this spring',
      '',
      '## Theme 2025',
      '',
      '### Signals in depth — Ryan Moss (Solidware)',
      '',
      '### Anchor positioning — Una Berg (Chromatic)',
      '',
      '## FrontDays Oslo 2025',
      '',
      '### Islands everywhere — Misko Lind',
    );
    expect(notes.talks.map((t) => t.title)).toEqual([
      'Signals in depth',
      'Anchor positioning',
      'Islands everywhere',
    ]);
    expect([notes.event, ...(notes.more ?? [])].map((e) => e.name)).not.toContain('Theme 2025');
  });
});

describe("the conference a post's title names, with the post's own words in other shapes", () => {
  const eventOf = (...head: string[]) =>
    post(...head, '', '## Paved roads — Kari Moe (Fjordbank)', '', 'Notes.').event.name;

  it('drops the post words after a colon in German, a day of the conference, and a city before it', () => {
    expect(eventOf('# DevLand Leipzig 2025: Meine Notizen')).toBe('DevLand Leipzig 2025');
    expect(eventOf('# FOSDEM 2026 — Sunday in the Rust devroom')).toBe('FOSDEM 2026');
    expect(eventOf('# Back from Bergen: Fjordconf 2025')).toBe('Fjordconf 2025');
    expect(eventOf('# Four talks from Rivet Conference that changed my mind')).toBe(
      'Rivet Conference',
    );
    expect(eventOf('# Five things I learned')).toBe('Five things I learned');
  });

  it("reads an Obsidian note's link to the event's page as the event's name", () => {
    expect(eventOf('---', 'event: "[[Data Summit Lyon 2025]]"', '---')).toBe(
      'Data Summit Lyon 2025',
    );
  });
});

describe("a Hugo post's speaker shortcodes, one line per person", () => {
  it('reads every person of the block as a speaker of the talk, each with their company', () => {
    const { talks } = post(
      '+++',
      'title = "Notes from RiverJS 2025"',
      '+++',
      '',
      '## Streams in the browser',
      '',
      '{{< speaker name="Lena Hald" company="Tidepool" >}}',
      '{{< speaker name="Nils Brekke" company="Fjordpay" >}}',
      '',
      'Backpressure, finally.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Streams in the browser', ['Lena Hald @ Tidepool', 'Nils Brekke @ Fjordpay']],
    ]);
  });
});

describe('a trip report naming the people before a quoted title, with their company', () => {
  it('reads the person and company before "talk about", a keynote with a comma, and two people', () => {
    const { talks } = post(
      '# Back from Bergen: Fjordsec 2025',
      '',
      'I flew in on Monday night and stayed two days.',
      '',
      'After coffee I saw Maren Holt (Kvarts) talk about "Patching PLCs without downtime". Photos of USB sticks taped to racks.',
      '',
      'Caught Ole Brun\'s keynote, "Infostealers everywhere". Same energy as always.',
      '',
      'In the afternoon, Siri Dahl and Even Lie (both Nordvik) did a joint session called "Threat models on one page". A 30-minute time box.',
      '',
      'Lunch was fish soup.',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Patching PLCs without downtime', ['Maren Holt @ Kvarts'], undefined],
      ['Infostealers everywhere', ['Ole Brun'], 'Keynote'],
      ['Threat models on one page', ['Siri Dahl @ Nordvik', 'Even Lie @ Nordvik'], undefined],
    ]);
  });
});

describe('a speaker who joined remotely, said in parentheses after the name', () => {
  it('reads no company "remote" or "online", under the heading or in it', () => {
    const { talks } = post(
      '# Craftwork Days 2025',
      '',
      '### Safety you can measure',
      '',
      '*Agnes Moll (remote)*',
      '',
      'She joined by video.',
      '',
      '### Wait time is the work — Tibor Vass (online)',
      '',
      'Queues everywhere.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Safety you can measure', ['Agnes Moll']],
      ['Wait time is the work', ['Tibor Vass']],
    ]);
  });
});

describe('a week of co-located conferences, each day heading naming its conference', () => {
  it('gives an event per conference, with the talks of its days', () => {
    const notes = post(
      '# My week in Lisbon, 2025',
      '',
      '## Day 1 (GitOpsCon)',
      '',
      '### Drift detection that works — Rui Matos',
      '',
      '## Day 2 (Cloud Summit Lisboa)',
      '',
      '### Multi-region without tears — Ana Lopes',
      '',
      '## Day 3 (Tuesday)',
      '',
      '### Cost dashboards nobody reads — Joana Reis',
    );
    const events = [notes.event, ...(notes.more ?? [])];
    const eventOf = (title: string) =>
      events.find((e) => e.id === notes.talks.find((t) => t.title === title)?.event)?.name;
    expect(eventOf('Drift detection that works')).toBe('GitOpsCon');
    expect(eventOf('Multi-region without tears')).toBe('Cloud Summit Lisboa');
    expect(eventOf('Cost dashboards nobody reads')).not.toBe('Tuesday');
  });
});

describe("a link on a line of its own under a label that ends the notes' last line", () => {
  it('reads the label above as the kind of the link, and no word of the summary', () => {
    const { talks } = post(
      '# Harbour Frontend Days 2025',
      '',
      '## Signals everywhere — Ryan Moss',
      '',
      'From Knockout to the TC39 proposal. Recording:',
      'https://media.example.org/hfd25/signals.mp4',
      '',
      '## Anchor positioning — Una Berg',
      '',
      'Popovers without JavaScript. Slides:',
      'https://decks.example.org/berg/anchors.pdf',
    );
    expect(talks.map((t) => [t.title, kinds(t), t.summary])).toEqual([
      ['Signals everywhere', ['video'], 'From Knockout to the TC39 proposal.'],
      ['Anchor positioning', ['slides'], 'Popovers without JavaScript.'],
    ]);
  });
});

describe('talks as a bold title over the speaker, then definition lines of notes', () => {
  it('reads the notes and labelled links without their colon marks', () => {
    const { talks } = post(
      '# Baltic Postgres Day 2025 — my notes',
      '',
      '**Vacuum, gently**',
      'Liene Ozola, Dzintars Data',
      ': Autovacuum tuning per table.',
      ': Slides: https://files.example.org/ozola/vacuum.pdf',
      '',
      '**Replication slots in anger**',
      'Tomas Kalnins',
      ': Watch the lag.',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.summary])).toEqual([
      [
        'Vacuum, gently',
        ['Liene Ozola @ Dzintars Data'],
        ['slides'],
        'Autovacuum tuning per table.',
      ],
      ['Replication slots in anger', ['Tomas Kalnins'], [], 'Watch the lag.'],
    ]);
  });
});

describe('a bare address after "Slides at" in the notes', () => {
  it('is the talk\'s slides, as after "Slides:"', () => {
    const { talks } = post(
      '# Small Systems Day 2025',
      '',
      '## Allocators you can read (Petra Lindgren)',
      '',
      'An arena per request. Slides at https://files.example.org/lindgren/arenas.pdf',
    );
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['Allocators you can read', ['slides']],
    ]);
  });
});

describe("a section of the post joined to a word by a slash ('Lunch / waffles')", () => {
  it('is no talk, as "Lunch & networking" is none; a talk titled with a slash stays', () => {
    const { talks } = post(
      '# DevConf 2025',
      '',
      '## Fast builds — Tom Berg (Fjordpay)',
      '',
      '- cache everything',
      '',
      '## Lunch / waffles',
      '',
      'Great waffles at the booth.',
      '',
      '## Coffee/hallway',
      '',
      'Met the Fjordpay team.',
      '',
      '## CI/CD at scale — Ana Reyes (Kubely)',
      '',
      '- pipelines as code',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Fast builds', ['Tom Berg @ Fjordpay']],
      ['CI/CD at scale', ['Ana Reyes @ Kubely']],
    ]);
  });
});

describe("a panel's line-up with the moderator last, or as the talk's first bullet", () => {
  it('names the moderator and each panellist, and leaves the line-up out of the notes', () => {
    const { talks } = post(
      '# ShipSafe 2026',
      '',
      '### Closing panel: Is platform engineering just DevOps renamed?',
      '',
      'With Grace Okafor, Tom Becker and Nina Kowal, moderated by Dana Whitfield.',
      '',
      '* Platforms are products',
      '',
      '### Panel: Monoliths are back?',
      '',
      '* With Ana Ferreira, Rui Costa and Marta Kowalczyk, moderated by Ricardo Almeida',
      '* The modular monolith won',
      '',
      '### Panel: Who owns the pager?',
      '',
      '* Moderated by Ricardo Almeida, with Lia Chen (Fjordpay) and Tom Berg (Kubely)',
      '* Rotations need budgets',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Is platform engineering just DevOps renamed?',
        ['Dana Whitfield', 'Grace Okafor', 'Tom Becker', 'Nina Kowal'],
        'Platforms are products.',
      ],
      [
        'Monoliths are back?',
        ['Ricardo Almeida', 'Ana Ferreira', 'Rui Costa', 'Marta Kowalczyk'],
        'The modular monolith won.',
      ],
      [
        'Who owns the pager?',
        ['Ricardo Almeida', 'Lia Chen @ Fjordpay', 'Tom Berg @ Kubely'],
        'Rotations need budgets.',
      ],
    ]);
  });
});
