import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (16): each post invented for these tests. */

describe('a watch list with task boxes, and a keycap list', () => {
  it('reads ticked and unticked linked titles as talks, under their topic headings', () => {
    const { talks } = post(
      '# NDC Oslo 2025 — watch list',
      '',
      '### Architecture',
      '',
      '- [x] [Modular monoliths, five years on](https://www.youtube.com/watch?v=Gg7hH8iI9jJ) — Kristoffer Haug (Fjordsoft)',
      '  - Boundaries enforced with tests',
      '- [ ] [Sagas without a framework](https://www.youtube.com/watch?v=Jj0kK1lL2mM) — Nadia Berisha',
    );
    expect(talks.map((t) => [t.title, who(t), t.topic, t.links.map((l) => l.kind)])).toEqual([
      [
        'Modular monoliths, five years on',
        ['Kristoffer Haug @ Fjordsoft'],
        'Architecture',
        ['video'],
      ],
      ['Sagas without a framework', ['Nadia Berisha'], 'Architecture', ['video']],
    ]);
  });

  it('reads a keycap before a bold title as a mark, and the next line as the notes', () => {
    const { talks } = post(
      '# AWS Community Day Nordics 2025',
      '',
      '1️⃣ **Serverless cost traps** by Elin Forsberg (Kronhjort)',
      'Lambda is cheap until it isn’t.',
      '',
      '2️⃣ **Graviton migration playbook** by Astrid Lund (Nordsken AB)',
      '30% cheaper, 2 weeks of work.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Serverless cost traps', ['Elin Forsberg @ Kronhjort'], 'Lambda is cheap until it isn’t.'],
      [
        'Graviton migration playbook',
        ['Astrid Lund @ Nordsken AB'],
        '30% cheaper, 2 weeks of work.',
      ],
    ]);
  });
});

describe('a pasted thread and a day-by-day post in plain timed lines', () => {
  it('reads each post of the thread that names a talk, and no other post into its notes', () => {
    const { talks } = post(
      '# DevReach Conf 2025',
      '',
      '2/ Opening keynote by @ritaferreira@hachyderm.io — "Developer experience is a supply chain". Every CI minute is stolen.',
      '',
      '3/ Next: "Monorepos at 300 engineers" by Joost Vermeulen (Kaasbank). Bazel cache hits 93%.',
      '',
      '4/ Lunch. The pastéis de nata are dangerous',
      '',
      '5/ @amarachukwu (Nkemba Labs) on "Local-first apps are distributed systems" — CRDTs are not magic.',
      '',
      '7/ Closing keynote: Bernadette Okafor-Lindqvist (Stillwater) — "Burnout is an architecture smell". Room went silent.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Developer experience is a supply chain', ['@ritaferreira@hachyderm.io']],
      ['Monorepos at 300 engineers', ['Joost Vermeulen @ Kaasbank']],
      ['Local-first apps are distributed systems', ['@amarachukwu @ Nkemba Labs']],
      ['Burnout is an architecture smell', ['Bernadette Okafor-Lindqvist @ Stillwater']],
    ]);
    expect(talks[1]?.summary).not.toMatch(/Lunch/);
  });

  it('reads timed lines of plain words under day headings, with their time, kind and speaker', () => {
    const { talks } = post(
      '# Heartland DevFest 2025',
      '',
      '## Tuesday, August 26',
      '',
      '**9:00 AM** Opening keynote — "Boring is a feature" by Lorraine Tibbets (Prairie Mutual)',
      '',
      'Old systems still run.',
      '',
      '**10:15am** – *Kotlin Multiplatform in a bank* – Dev Raghunathan, Cornbelt Credit Union',
      '',
      '## Wednesday, August 27',
      '',
      '2:30pm – Postgres full-text search is good enough – Abebe Girma (Wheatfield)',
      'Slides: https://speakerdeck.com/agirma/pg-fts',
      '',
      '11:00 a.m. — Workshop: Intro to OpenTelemetry — Marcus Bell',
      'Hands-on, bring a laptop.',
    );
    expect(talks.map((t) => [t.title, who(t), t.time, t.kind ?? ''])).toEqual([
      ['Boring is a feature', ['Lorraine Tibbets @ Prairie Mutual'], '9:00 AM', 'Keynote'],
      [
        'Kotlin Multiplatform in a bank',
        ['Dev Raghunathan @ Cornbelt Credit Union'],
        '10:15am',
        '',
      ],
      ['Postgres full-text search is good enough', ['Abebe Girma @ Wheatfield'], '2:30pm', ''],
      ['Intro to OpenTelemetry', ['Marcus Bell'], '11:00 a.m.', 'Workshop'],
    ]);
    expect(talks[0]?.summary).toBe('Old systems still run.');
    expect(talks[2]?.links.map((l) => l.kind)).toEqual(['slides']);
  });
});
