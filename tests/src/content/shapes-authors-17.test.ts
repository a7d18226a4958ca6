import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (17): each post invented for these tests. */

describe('a forum recap with its replies pasted under it', () => {
  const thread = [
    '# [Recap] HarbourPy 2025 — my notes',
    '',
    'Posted by u/quiet_gopher · 9h · r/learnpython',
    '',
    '**Talk 1: "Descriptors demystified" — Marta Kowalik (Vistula Soft)**',
    '',
    'She built a tiny ORM on stage to show how descriptors power fields.',
    '',
    '**Talk 2: “Packaging wheels for ARM” — Henrik Dale**',
    '',
    'Cross-compiling with cibuildwheel, and why musl wheels still bite.',
    '',
    '**The venue**',
    '',
    'A converted shipyard, freezing cold.',
    '',
    'Edit: formatting',
    'Edit 3: thanks for the award!',
    '',
    '---',
    '',
    '**level 1** · u/wheel_builder · 7h',
    "> Marta's talk was my favourite too. Recording: https://www.youtube.com/watch?v=Qq1rR2sS3tT",
    '',
    '**level 2** · u/quiet_gopher · 6h',
    '> nice, thanks!',
    '',
    '**level 1** · u/numpy_fan · 5h',
    '> Henrik skipped the part about manylinux https://speakerdeck.com/other/unrelated-deck',
  ];

  it('leaves the replies, the edits and a bold section of the post out of the last talk', () => {
    const { talks } = post(...thread);
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Descriptors demystified', ['Marta Kowalik @ Vistula Soft']],
      ['Packaging wheels for ARM', ['Henrik Dale']],
    ]);
    expect(talks[1]?.summary).toBe(
      'Cross-compiling with cibuildwheel, and why musl wheels still bite.',
    );
  });

  it("gives a reply's recording to the one talk it names by its speaker, and no other link", () => {
    const { talks } = post(...thread);
    expect(talks.map(kinds)).toEqual([['video'], []]);
  });
});

describe('one conference two years running, a heading per year', () => {
  it("gives each year's talks an event of that year, named by the post's conference", () => {
    const { event, more, talks } = post(
      '---',
      'title: "FjordRuby: 2023 and 2024 compared"',
      '---',
      '',
      'Same conference, two visits.',
      '',
      '## 2023',
      '',
      '### Ractors in anger — Ingrid Moe (Snøfall)',
      '- Shared-nothing is harder than it sounds',
      '',
      '## 2024',
      '',
      '### YJIT in production — Ingrid Moe (Snøfall)',
      '- Memory went up, latency went down',
      '',
      '### Rails without Redis — Paal Strand',
      '- Solid Queue on Postgres was enough for them',
    );
    expect([event, ...(more ?? [])].map((e) => e.name)).toEqual([
      'FjordRuby 2023',
      'FjordRuby 2024',
    ]);
    expect(talks.map((t) => [t.title, t.event, t.topic])).toEqual([
      ['Ractors in anger', 'post-fjordruby-2023', undefined],
      ['YJIT in production', 'post-fjordruby-2024', undefined],
      ['Rails without Redis', 'post-fjordruby-2024', undefined],
    ]);
  });

  it('keeps one event where the post names no conference (years of a watch list)', () => {
    const { event, more } = post(
      '# Old favourites, rewatched',
      '',
      '## 2019',
      '',
      '### Simple made easy, again — Rita Holm',
      '- Complecting is the enemy',
      '',
      '## 2021',
      '',
      '### Boundaries revisited — Ola Dahl',
      '- Values as the boundary',
    );
    expect([event.name, more]).toEqual(['Old favourites, rewatched', undefined]);
  });
});

describe('talks in HTML tables', () => {
  it('reads a card per row: the bold title, the speaker line, the notes and the links', () => {
    const { talks } = post(
      '# My picks from FjordSwift 2025',
      '',
      '<table>',
      '  <tr>',
      '    <td><img src="/img/one.png" width="100"></td>',
      '    <td>',
      '      <strong>Concurrency checking, strictly</strong><br>',
      '      <em>Maja Holm — Fjordapps</em><br>',
      '      Turn on complete checking per module, never for the whole app at once.<br>',
      '      <a href="https://speakerdeck.com/mholm/strict">Slides</a> · <a href="https://youtu.be/Zz9yY8xX7wV">Video</a>',
      '    </td>',
      '  </tr>',
      '  <tr>',
      '    <td><img src="/img/two.png" width="100"></td>',
      '    <td><strong>Widgets everywhere</strong><br><em>Ole Berg</em><br>Timelines are the hard part of widgets.</td>',
      '  </tr>',
      '</table>',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.summary])).toEqual([
      [
        'Concurrency checking, strictly',
        ['Maja Holm @ Fjordapps'],
        ['slides', 'video'],
        'Turn on complete checking per module, never for the whole app at once.',
      ],
      ['Widgets everywhere', ['Ole Berg'], [], 'Timelines are the hard part of widgets.'],
    ]);
  });

  it('reads a table with a header row as a table of talks, and a table per talk as its facts', () => {
    const { talks } = post(
      '# NordSwift 2025',
      '',
      '<table>',
      '<thead><tr><th>Title</th><th>Speaker</th><th>Company</th></tr></thead>',
      '<tr><td>Macros, carefully</td><td>Lars Vik</td><td>Nordlys AS</td></tr>',
      '<tr><td>Embedded Swift on a Pico</td><td>Sara Eng</td><td>Fjellchip</td></tr>',
      '</table>',
      '',
      '<table>',
      '<tr><th>Talk</th><td>Testing with Swift Testing</td></tr>',
      '<tr><th>Speaker</th><td>Kari Lund (Bergen Labs)</td></tr>',
      '<tr><th>Slides</th><td><a href="https://speakerdeck.com/kl/testing">deck</a></td></tr>',
      '<tr><th>Notes</th><td>Parameterised tests replaced half their XCTest boilerplate.</td></tr>',
      '</table>',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.summary])).toEqual([
      ['Macros, carefully', ['Lars Vik @ Nordlys AS'], [], ''],
      ['Embedded Swift on a Pico', ['Sara Eng @ Fjellchip'], [], ''],
      [
        'Testing with Swift Testing',
        ['Kari Lund @ Bergen Labs'],
        ['slides'],
        'Parameterised tests replaced half their XCTest boilerplate.',
      ],
    ]);
  });

  it('keeps a table of figures in the notes as it was: no talks', () => {
    const { talks } = post(
      '# FjordSwift 2025',
      '',
      '## Build times, measured — Per Lie (Skogapps)',
      '',
      '<table><tr><th>Target</th><th>Before</th><th>After</th></tr>',
      '<tr><td>App</td><td>310 s</td><td>95 s</td></tr></table>',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Build times, measured', ['Per Lie @ Skogapps']],
    ]);
  });
});

describe('a LinkedIn post: keycap lines with no blank line between them', () => {
  it('starts a talk at each keycap, and leaves the thanks, tags and calls to action out', () => {
    const { event, talks } = post(
      '🎉 Back from DataHarbor Summit 2025 in Gdynia! My 3 favourite sessions 👇',
      '1️⃣ **Vector search without a vector DB** by Oskar Wilk (Bałtyk Data)',
      'pgvector plus a good index went further than they expected.',
      '2️⃣ **Lakehouse on a shoestring** – Ewa Lis, Kaszuby Software',
      'One engineer, two months, no vendor.',
      '3️⃣ **Streaming for analysts** by Piotr Zięba (Sopot Labs)',
      'Huge thanks to the organisers! 🙌',
      '#data #lakehouse #streaming',
      '♻️ Repost if this helped',
    );
    expect(event.name).toBe('DataHarbor Summit 2025');
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Vector search without a vector DB',
        ['Oskar Wilk @ Bałtyk Data'],
        'pgvector plus a good index went further than they expected.',
      ],
      [
        'Lakehouse on a shoestring',
        ['Ewa Lis @ Kaszuby Software'],
        'One engineer, two months, no vendor.',
      ],
      ['Streaming for analysts', ['Piotr Zięba @ Sopot Labs'], ''],
    ]);
  });

  it('leaves the tags and a call to action after a pointing sign out of the last talk', () => {
    const { talks } = post(
      '🎉 Back from DataHarbor Summit 2025!',
      '1️⃣ **Vector search without a vector DB** by Oskar Wilk (Bałtyk Data)',
      'pgvector went further than expected.',
      '2️⃣ **Streaming for analysts** by Piotr Zięba (Sopot Labs)',
      '#data #streaming',
      '👉 Follow me for more data content',
    );
    expect(talks.map((t) => [t.title, t.summary])).toEqual([
      ['Vector search without a vector DB', 'pgvector went further than expected.'],
      ['Streaming for analysts', ''],
    ]);
  });

  it('ends the speaker at its company when the notes follow on the same line with no mark', () => {
    const { talks } = post(
      '# DataHarbor Summit 2025',
      '',
      '1️⃣ **Vector search without a vector DB** by Oskar Wilk (Bałtyk Data) Recall was fine at 95%.',
      '',
      '2️⃣ **Lakehouse on a shoestring** – Ewa Lis, Kaszuby Software 40% cheaper, one engineer.',
      '',
      '3️⃣ **Streaming for analysts** by Piotr Zięba. Kafka hidden behind SQL views.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Vector search without a vector DB',
        ['Oskar Wilk @ Bałtyk Data'],
        'Recall was fine at 95%.',
      ],
      ['Lakehouse on a shoestring', ['Ewa Lis @ Kaszuby Software'], '40% cheaper, one engineer.'],
      ['Streaming for analysts', ['Piotr Zięba'], 'Kafka hidden behind SQL views.'],
    ]);
  });
});

describe('a terse log: days written as paragraphs, sessions named by their kind, dates in prose', () => {
  it('dates the talks after a day written as a paragraph, and keeps a panel no one is named for', () => {
    const { talks } = post(
      '---',
      'title: GoFjord 2024 log',
      'date: 2024-05-20',
      '---',
      '',
      'Day 1 — Tue 14 May',
      '',
      '- 08:30 registration, long queue',
      '- 09:00 keynote by Nils Aune (Go Team), "Fifteen years of Go". solid',
      '- 11:00 panel "Do we still need frameworks?". lively',
      '- 12:00 lunch',
      '',
      'Day 2 — Wed 15 May',
      '',
      '- 09:30 Hedda Vik: Profiling with pprof labels. useful',
      '- 10:30 "Fuzzing in CI" — Sander Moe. found two bugs live',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind, t.day, t.date, t.time])).toEqual([
      [
        'Fifteen years of Go',
        ['Nils Aune @ Go Team'],
        'Keynote',
        'Day 1 — Tue 14 May',
        '2024-05-14',
        '09:00',
      ],
      ['Do we still need frameworks?', [], 'Panel', 'Day 1 — Tue 14 May', '2024-05-14', '11:00'],
      [
        'Profiling with pprof labels',
        ['Hedda Vik'],
        undefined,
        'Day 2 — Wed 15 May',
        '2024-05-15',
        '09:30',
      ],
      ['Fuzzing in CI', ['Sander Moe'], undefined, 'Day 2 — Wed 15 May', '2024-05-15', '10:30'],
    ]);
  });

  it("reads a timed session's people from the line under it when its own line names no one", () => {
    const { talks } = post(
      '# PrairieDev 2025',
      '',
      '10:00am – Opening keynote – "Fields, not forests" by Ruth Anders (Plainview)',
      '',
      '4:00pm – Closing panel: "Is the monolith back?"',
      'Moderator: Gus Ferris. Panelists: Ada Pike (Siloworks) and Lee Nunn.',
    );
    expect(talks.map((t) => [t.title, t.kind, who(t)])).toEqual([
      ['Fields, not forests', 'Keynote', ['Ruth Anders @ Plainview']],
      ['Is the monolith back?', 'Panel', ['Gus Ferris', 'Ada Pike @ Siloworks', 'Lee Nunn']],
    ]);
  });

  it('takes the dates the opening sentence gives, of the year in the title', () => {
    const opening = (sentence: string) =>
      post(
        '---',
        'title: Trip report — StatsFjord 2025',
        'date: 2026-01-10',
        '---',
        '',
        sentence,
        '',
        '## Bayesian A/B tests — Lise Dahl (Fjordstat)',
        '- Priors are product decisions',
      ).event.dates;
    expect(opening('I attended StatsFjord in Tromsø from March 30 to April 2.')).toBe(
      '2025-03-30..2025-04-02',
    );
    expect(opening('Went to StatsFjord last week (Oct 4–5). Cold but great.')).toBe(
      '2025-10-04..2025-10-05',
    );
    expect(opening('Notes from StatsFjord, Tromsø (6–8 November 2025).')).toBe(
      '2025-11-06..2025-11-08',
    );
    // A single day, or a figure that is no date, gives none.
    expect(opening('Marketing 3–4 people were there on May 5.')).toBeUndefined();
  });
});
