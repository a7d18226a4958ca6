import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of notes as tools and platforms export them, and as teams write them (20): each post
 * invented for these tests.
 */

describe('a file of one talk with the author’s own part', () => {
  it.each(['## My take', '## My two cents', '## Personal notes', '## Would I recommend it?'])(
    'is that talk, "%s" a part of its notes',
    (part) => {
      const { talks } = post(
        '# Fearless database migrations',
        '',
        '**Speaker:** Oda Brekke (Laksebank)',
        '**Video:** https://www.youtube.com/watch?v=fdm2025x',
        '',
        '[← Back to index](README.md) | [Next →](04-queues.md)',
        '',
        '## Notes',
        '',
        '- Expand, migrate, contract',
        '- Never rename a column in one deploy',
        '',
        part,
        '',
        'Solid, practical, slightly too long.',
      );
      expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind)])).toEqual([
        ['Fearless database migrations', ['Oda Brekke @ Laksebank'], ['video']],
      ]);
      expect(talks[0]?.summary).toContain('Expand, migrate, contract');
    },
  );

  it('keeps a talk titled with the word in a post of several talks', () => {
    const { talks } = post(
      '# RiverConf 2025',
      '',
      '## Take the pager by Ida Holm',
      '',
      '- on-call for everyone',
      '',
      '## Queues by Per Lund',
      '',
      '- use them',
    );
    expect(talks.map((t) => t.title)).toEqual(['Take the pager', 'Queues']);
  });
});

describe('an outliner’s talks: "Talk:" items over nested fields', () => {
  it('reads plain "- **Talk:** Title" items over "- **Speaker:** …" and their notes', () => {
    const { talks } = post(
      '# Weekly notes',
      '',
      '- **Talk:** Cutting cloud costs with spot nodes',
      '    - **Speaker:** Henna Virtanen (Kuusi Cloud)',
      '    - **Slides:** https://speakerdeck.com/hvirtanen/spot-nodes',
      '    - Interruptions are rarer than you think',
      '- **Talk:** Why we left GraphQL',
      '    - **Speaker:** Pekka Laine',
      '    - REST with good docs was enough',
      '- coffee with the Kuusi folks',
    );
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind), t.summary])).toEqual([
      [
        'Cutting cloud costs with spot nodes',
        ['Henna Virtanen @ Kuusi Cloud'],
        ['slides'],
        'Interruptions are rarer than you think.',
      ],
      ['Why we left GraphQL', ['Pekka Laine'], [], 'REST with good docs was enough.'],
    ]);
  });

  it('reads a Roam page: a day block over "Talk::" blocks, a "Notes" block, Roam’s marks', () => {
    const { talks } = post(
      '- [[DataTide 2025]]',
      '    - **Day 2**',
      '        - Talk:: [[Streaming joins without tears]]',
      '            - Speaker:: [[Maren Aas]] (Flytt Data)',
      '            - Video:: {{[[youtube]]: https://www.youtube.com/watch?v=dt25joins}}',
      '            - Notes',
      '                - ^^watermarks^^ decide when a join may give up',
      '                - ((Xy7_kq2Lp))',
      '            - {{[[TODO]]}} read the Flink docs on interval joins',
      '        - lunch by the harbour',
    );
    expect(talks.map((t) => [t.title, who(t), t.day, t.links.map((l) => l.kind)])).toEqual([
      ['Streaming joins without tears', ['Maren Aas @ Flytt Data'], 'Day 2', ['video']],
    ]);
    expect(talks[0]?.summary).toBe('watermarks decide when a join may give up.');
  });

  it('leaves a list of "Talk:" items that name no speaker to the other readings', () => {
    const { talks } = post(
      '# Reading list',
      '',
      '## Ideas',
      '',
      '- Talk: something about queues?',
      '    - maybe ask Ola',
    );
    expect(talks.map((t) => t.title)).not.toContain('Speaker');
    expect(talks.flatMap((t) => t.speakers)).toEqual([]);
  });
});

describe('speakers introduced first, their talk named in any language', () => {
  it.each([
    ['**Titel:** *Grüne Rechenzentren*', 'Lea arbeitet als Architektin bei Windpark Digital.'],
    ['**Titre :** « Grüne Rechenzentren »', 'Lea est architecte chez Windpark Digital.'],
    [
      '**Talk:** *Grüne Rechenzentren* (closing keynote).',
      'Lea is an architect at Windpark Digital.',
    ],
  ])('a bio with "%s" gives its talk the speaker and is no talk', (line, bio) => {
    const { talks } = post(
      '# Green Tech Meetup #7',
      '',
      '## Our speakers',
      '',
      '### Lea Brandt',
      '',
      bio,
      '',
      line,
      '',
      '## The talks',
      '',
      '### Grüne Rechenzentren',
      '',
      '- Abwärme heizt das Schwimmbad nebenan',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Grüne Rechenzentren', ['Lea Brandt @ Windpark Digital']],
    ]);
  });
});

describe('a pasted chat: each message under its author and time', () => {
  it('reads the talks a Slack thread names, without the headers, reactions and the next messages', () => {
    const { talks } = post(
      'Copying the #devdays channel before it expires. NordDev Days 2025.',
      '',
      '**Malin Strand**  9:48 AM',
      'Keynote was "Software at human speed" by Ivar Holt (Fjordsoft). Loved the bit about WIP limits',
      ':fire: 4  :eyes: 1',
      '',
      '**Jonas Ek**  10:02 AM',
      'coffee queue is insane',
      '2 replies',
      '',
      '**Malin Strand**  11:15 AM',
      'Room 3: "Typed SQL in Kotlin" - Sara Lind (Bankly). Exposed vs jOOQ, jOOQ won',
      '(edited)',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Software at human speed',
        ['Ivar Holt @ Fjordsoft'],
        'Keynote was "Software at human speed" by Ivar Holt (Fjordsoft). Loved the bit about WIP limits.',
      ],
      [
        'Typed SQL in Kotlin',
        ['Sara Lind @ Bankly'],
        'Room 3: "Typed SQL in Kotlin" - Sara Lind (Bankly). Exposed vs jOOQ, jOOQ won.',
      ],
    ]);
  });

  it.each([
    ['Teams', '[10:05] Berg, Ola', '[11:40] Lund, Per'],
    ['Discord', 'ola — Today at 10:05', 'per — Today at 11:40'],
  ])('reads a %s chat so', (_, first, second) => {
    const { talks } = post(
      first,
      'Last one before lunch: "Queues are not databases" by Kari Moe (Postly).',
      '',
      second,
      'lunch?',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Queues are not databases',
        ['Kari Moe @ Postly'],
        'Last one before lunch: "Queues are not databases" by Kari Moe (Postly).',
      ],
    ]);
  });

  it('keeps a line with a time in other notes', () => {
    const { talks } = post(
      '# InfraDays 2025',
      '',
      '## Boring deploys by Ana Ruiz',
      '',
      'Release train 10:30',
      'Every day, same time, no exceptions.',
    );
    expect(talks[0]?.summary).toBe('Release train 10:30 Every day, same time, no exceptions.');
  });
});

describe('mkdocs-material admonitions', () => {
  const page = post(
    '# PyAlps 2025',
    '',
    '## Typed pandas, finally',
    '',
    '!!! info "Speaker"',
    '    **Nora Gasser** — Data Engineer, Bergdata AG',
    '',
    'pandas-stubs caught three real bugs in their ETL.',
    '',
    '??? tip "Slides & video"',
    '    - [Slides](https://speakerdeck.com/ngasser/typed-pandas)',
    '',
    '    - [Recording](https://www.youtube.com/watch?v=pyalps25tp)',
    '',
    '!!! warning',
    '    Some of it needs pandas 3.',
    '',
    '```text',
    '!!! note "not a box"',
    '    in a code block',
    '```',
    '',
    '## Lunch',
    '',
    'Raclette.',
  );

  it('reads a box titled "Speaker" as the speaker, the boxes’ links and notes as the talk’s', () => {
    expect(page.talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind)])).toEqual([
      ['Typed pandas, finally', ['Nora Gasser @ Bergdata AG'], ['slides', 'video']],
    ]);
    expect(page.talks[0]?.summary).toBe(
      'pandas-stubs caught three real bugs in their ETL. Some of it needs pandas 3.',
    );
  });
});
