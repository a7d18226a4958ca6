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
      '',
      'Then I went to the "Hallway track". Ola Dahl explained the coffee machine.',
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

  it('reads a footnote’s label as its link’s, on any host', () => {
    const { talks } = post(
      '## Effects, not monads',
      '',
      'Speaker: Dana Spiers (Typelane)',
      '',
      'Effect systems are mainstream now.[^1] Also on video.[^2]',
      '',
      '[^1]: Slides: https://files.example.org/effects.pdf',
      '[^2]: Recording: https://media.example.org/effects',
    );
    expect(talks[0]?.links.map((link) => [link.kind, link.text])).toEqual([
      ['slides', 'Slides'],
      ['video', 'Recording'],
    ]);
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
