import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (23): notes in shapes nobody here wrote. */

describe("a live blog's bold time and room over a title in plain words, its people labelled below", () => {
  const SCHEDULE = [
    '---',
    'title: Mis notas de Jornadas Sur 2025',
    '---',
    '',
    'Dos días en Sevilla.',
    '',
    '**09:30, Sala 1** — Colas sin drama',
    'Ponente: Irene Campos (Giralda Labs)',
    '',
    '- Una cola por dominio',
    '',
    '**10:15 · Room B** — Contratos de API en CI',
    'Ponentes: Pablo Vera y Nuria Ortiz (Triana Soft)',
    '',
    '- Vídeo: https://www.youtube.com/watch?v=abcdefghijk',
    '',
    '**11:00, Hall** — Pausa café',
    '',
    '**11:30** — Monorepos sin dolor',
    'Ponente: Clara Ibáñez',
    '',
    '- Un solo lockfile',
  ];

  it('reads each slot as a talk at its time, with the labelled people and the notes below', () => {
    const { talks } = post(...SCHEDULE);
    expect(talks.map((t) => [t.title, who(t), t.time])).toEqual([
      ['Colas sin drama', ['Irene Campos @ Giralda Labs'], '09:30'],
      [
        'Contratos de API en CI',
        ['Pablo Vera @ Triana Soft', 'Nuria Ortiz @ Triana Soft'],
        '10:15',
      ],
      ['Monorepos sin dolor', ['Clara Ibáñez'], '11:30'],
    ]);
    expect(talks[0]?.summary).toBe('Una cola por dominio.');
    expect(kinds(talks[1])).toEqual(['video']);
  });

  it('reads no talk from a timed line with no label under it', () => {
    const { talks } = post(
      '# Jornadas Sur 2025',
      '',
      '**09:30, Sala 1** — Registro y café',
      'Muy lento, como siempre.',
      '',
      '**10:00** — Bienvenida',
      '',
    );
    expect(talks).toEqual([]);
  });
});

describe('a recap in prose that names each talk by a quoted title', () => {
  const RECAP = [
    '---',
    'title: Notes from Harbour Dev Days 2025',
    '---',
    '',
    'The opening keynote "Decisions Are Trade-offs" by Maren Solberg set the tone: write the',
    'trade-off down.',
    '',
    'After lunch I went to "Canaries, honestly". Tariq Haddad explained what a canary really',
    'measures. Staging lies.',
    '',
    'Ines Duarte gave a talk called "Why Tidy?" about small structural changes first.',
    '',
    '3/ Closing keynote by Oskar Lind (Fjordpay): "Rust in ten years". Async closures, finally.',
  ];

  it('reads the title with the speaker after it, before it, or in the next sentence', () => {
    const { talks } = post(...RECAP);
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Decisions Are Trade-offs', ['Maren Solberg'], 'Keynote'],
      ['Canaries, honestly', ['Tariq Haddad'], undefined],
      ['Why Tidy?', ['Ines Duarte'], undefined],
      ['Rust in ten years', ['Oskar Lind @ Fjordpay'], 'Keynote'],
    ]);
  });

  it('keeps a quote the sentence does not say was a talk as prose', () => {
    const { talks } = post(
      '# Harbour Dev Days 2025',
      '',
      'On the train I read "Slow Productivity". Cal Newport explained it better than I can.',
      '',
      'The sign said "No coffee past this point". Jana Berg argued with it.',
    );
    expect(talks).toEqual([]);
  });
});

describe("a watch list: recordings' titles alone, one a bullet", () => {
  it('reads each linked recording as a talk with its video, though none names a speaker', () => {
    const { talks } = post(
      '---',
      'title: Fjord Gophers 2025 — what to watch',
      '---',
      '',
      'No notes this year, just the talks I would watch again.',
      '',
      '- [Iterators in anger](https://www.youtube.com/watch?v=aaaaaaaaaaa)',
      '- [Logging with slog, properly](https://youtu.be/bbbbbbbbbbb)',
      '- [PGO one year on](https://vimeo.com/123456)',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Iterators in anger', [], ['video']],
      ['Logging with slog, properly', [], ['video']],
      ['PGO one year on', [], ['video']],
    ]);
  });

  it("keeps a list of other pages, or of bare link words, and a talk's own videos as no talks", () => {
    const lists = post(
      '---',
      'title: Fjord Gophers 2025',
      '---',
      '',
      '- [The venue](https://maps.example.com/venue)',
      '- [The schedule page](https://fjord.example.com/schedule)',
      '',
      'And the two recordings that are up:',
      '',
      '- [Video](https://youtu.be/ccccccccccc)',
      '- [Recording](https://youtu.be/ddddddddddd)',
    );
    expect(lists.talks).toEqual([]);
    const { talks } = post(
      '# Fjord Gophers 2025',
      '',
      '## Boring deploys by Ana Ruiz',
      '',
      '- [Part one of the demo](https://youtu.be/eeeeeeeeeee)',
      '- [Part two of the demo](https://youtu.be/fffffffffff)',
    );
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([['Boring deploys', ['video', 'video']]]);
  });
});

describe('a Logseq page whose talks are blocks with their properties on the lines under them', () => {
  const PAGE = [
    'title:: Lisp Harbour 2025',
    'tags:: conference',
    '',
    '- Got there early #venue',
    '- [[Datalog in anger]]',
    '  speaker:: [[Mira de Wit]]',
    '  company:: [[Tulpware]]',
    '  video:: https://www.youtube.com/watch?v=aaaaaaaaaaa',
    '\t- the whole log replays on deploy',
    '\t- TODO try their replay tool',
    '- [[Scripting CI with babashka]]',
    '  speaker:: [[Joost Aerts]], [[Lena Vos]]',
    '\t- bb tasks replaced 400 lines of bash',
    '- lunch — stroopwafels #food',
    '- [[Ideas for next year]]',
    '  status:: open',
    '\t- a talk on transducers',
  ];

  it('reads each such block as a talk, its nested bullets the notes', () => {
    const { talks } = post(...PAGE);
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Datalog in anger', ['Mira de Wit @ Tulpware'], ['video']],
      ['Scripting CI with babashka', ['Joost Aerts', 'Lena Vos'], []],
    ]);
    expect(talks[0]?.summary).toContain('the whole log replays on deploy');
    expect(talks[1]?.summary).not.toContain('stroopwafels');
  });
});

describe("the post's own sections in more words", () => {
  it('skips a numbered break, a sponsor lounge, action items for a team and thoughts on both', () => {
    const { talks } = post(
      'Rhein Data Days 2025 — Report',
      '==============================',
      '',
      '2. Day 1',
      '--------',
      '',
      '### 2.1 Lazy frames for everyone — Katja Roth (Flusswerk)',
      '',
      '- Plans before rows',
      '',
      '### 2.2 Lunch and poster session',
      '',
      'Posters on maps.',
      '',
      '### 2.3 Arrow all the way down — Tim Busch (Kielbyte)',
      '',
      '- Zero copies',
      '',
      '### 2.4 Sponsor lounge',
      '',
      'Stickers.',
      '',
      '## Action items for the guild',
      '',
      '- Try lazy frames',
      '',
      '## Thoughts on both days',
      '',
      'Day 1 had the better food.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Lazy frames for everyone', ['Katja Roth @ Flusswerk']],
      ['Arrow all the way down', ['Tim Busch @ Kielbyte']],
    ]);
  });
});

describe("footnotes that carry each talk's links", () => {
  it("gives each footnote's links to the talk that marks it, not to the last talk", () => {
    const { talks } = post(
      '# Notes from Lambda Coast 2025',
      '',
      '## Effects, not monads',
      '',
      'Speaker: Dana Spiers (Typelane)',
      '',
      'Effect systems are mainstream now.[^1] The rest is syntax.',
      '',
      '## Gradual types for the BEAM',
      '',
      'Speaker: Jon Vale (Dashbolt)',
      '',
      'Set-theoretic types land next year.[^video]',
      '',
      '## Category theory at a whiteboard',
      '',
      'Speaker: Bart Milo',
      '',
      'No slides at all.',
      '',
      '[^1]: Slides: https://speakerdeck.com/dspiers/effects',
      '[^video]: Recording: https://www.youtube.com/watch?v=abcdefghijk',
      '[^2]: A footnote no one marks.',
    );
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['Effects, not monads', ['slides']],
      ['Gradual types for the BEAM', ['video']],
      ['Category theory at a whiteboard', []],
    ]);
    expect(talks[0]?.summary).not.toContain('speakerdeck');
  });
});

describe('two people on one speaker line, their company given once', () => {
  it('reads "A, B - Company" and "Speaker: A, B" over "Company: …" as two people of it', () => {
    const { talks } = post(
      '# Team notes from DevFjord 2025',
      '',
      '## Passkeys, for real',
      '',
      '**Speakers:** Sara Bell, Tomas Gir \\- Oktaline',
      '',
      '- Recovery is the real work',
      '',
      '## Design tokens at scale',
      '',
      'Speaker: Freja Holm, Mads Kjeld',
      'Company: Danske Data',
      '',
      '- Tokens first',
      '',
      '## Kubernetes on a budget',
      '',
      'Speaker: Zdenek Roub, Red Hat',
      'Company: Red Hat',
      '',
      '- Spot nodes',
    );
    expect(talks.map((t) => who(t))).toEqual([
      ['Sara Bell @ Oktaline', 'Tomas Gir @ Oktaline'],
      ['Freja Holm @ Danske Data', 'Mads Kjeld @ Danske Data'],
      ['Zdenek Roub @ Red Hat'],
    ]);
  });
});

describe("a heading's speaker named again under it, and a panel's line-up in a quote", () => {
  it("takes the company from the line under the heading, and the quote's line-up as the panel", () => {
    const { talks } = post(
      '# QCon Harbour 2025: my notes',
      '',
      '## Lorna Vik: APIs as contracts',
      '',
      '*Lorna Vik, Redwharf*',
      '',
      'Overlays let each team own its corner of the spec.',
      '',
      '## Sam Nord: Timeouts and retries',
      '',
      '> Sam Nord, independent consultant',
      '',
      'Retries without idempotency keys double-charge.',
      '',
      '## Fireside chat: scaling Rust at Chatly',
      '',
      '> Moderated by Wes Reid, with Jesse Howe (Chatly)',
      '',
      'Rust for the read states service.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'APIs as contracts',
        ['Lorna Vik @ Redwharf'],
        'Overlays let each team own its corner of the spec.',
      ],
      ['Timeouts and retries', ['Sam Nord'], 'Retries without idempotency keys double-charge.'],
      [
        'Scaling Rust at Chatly',
        ['Wes Reid', 'Jesse Howe @ Chatly'],
        'Rust for the read states service.',
      ],
    ]);
  });
});

describe("a Notion page whose properties are a table under the page's title", () => {
  const PAGE = [
    '# ReactFjord 2025',
    '',
    '| Property | Value |',
    '| --- | --- |',
    '| Date | May 14, 2025 |',
    '| Location | Bergen |',
    '',
    '<aside>',
    '💡 Team notes from Bergen.',
    '',
    '</aside>',
    '',
    '# Talks',
    '',
    '## Server components, demystified',
    '',
    'Speaker: Ida Sand',
    '',
    '- A serialization format',
  ];

  it('names the event from the title, as a page with property lines does', () => {
    const { event, talks } = post(...PAGE);
    expect(event.name).toBe('ReactFjord 2025');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Server components, demystified', ['Ida Sand']],
    ]);
  });

  it('keeps a first heading over a table of talks as no title of the page', () => {
    const { event } = post(
      '# Tools 2025',
      '',
      '| Tool | Why | Verdict |',
      '| --- | --- | --- |',
      '| Vite | fast | yes |',
      '',
      '# Talks',
      '',
      '## Signals by Ada Berg',
      '',
      '- fine-grained',
    );
    expect(event.name).not.toBe('Tools 2025');
  });
});

describe("a talk told by its speaker's first name, after the post introduced them", () => {
  it('reads "Anja\'s lightning talk on flaky tests" as her talk, in a thread or a paragraph', () => {
    const thread = post(
      '🧵 Live from Tiber Days 2025',
      '',
      '4/ Anja Keller from Ferrule Systems is up next, she hosts the lightning talks too.',
      '',
      "5/ Anja's lightning talk on safety-critical Rust: qualification took two years.",
      '',
      '6/ Pasta time.',
    );
    expect(thread.talks.map((t) => [t.title, who(t), t.kind, t.summary])).toEqual([
      [
        'Safety-critical Rust',
        ['Anja Keller @ Ferrule Systems'],
        'Lightning talk',
        "Anja's lightning talk on safety-critical Rust: qualification took two years.",
      ],
    ]);
    const recap = post(
      '---',
      'title: Craftwork 2025 in Pécs',
      '---',
      '',
      'The afternoon block was hosted by Anja Petrov (Shopline). Anja’s lightning talk on flaky',
      'tests was the best five minutes of the day.',
    );
    expect(recap.talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Flaky tests', ['Anja Petrov @ Shopline'], 'Lightning talk'],
    ]);
  });

  it('names no one where the first name was never introduced, or two people share it', () => {
    const { talks } = post(
      '# Craftwork 2025',
      '',
      "Anja's talk on flaky tests was great.",
      '',
      'I met Tom Berg (Fjordpay) and Tom Lind (Kielbyte) at lunch.',
      '',
      "Tom's keynote on pagers was long.",
    );
    expect(talks).toEqual([]);
  });
});
