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

describe('a post by speaker, with the talk on a labelled line', () => {
  it('takes the people from the heading and the title from the line under it', () => {
    const { talks } = post(
      '# Speakers I saw at DevOpsDays Cape Town 2025',
      '',
      '## Thandiwe Mokoena (Baobab Bank)',
      '',
      '**Talk:** Incident commanders are made, not born',
      '',
      '- Rotate the IC role weekly',
      '',
      '## Pieter van Wyk',
      '',
      '**Talk:** *Terraform drift detection on a budget*',
      '**Slides:** https://speakerdeck.com/pvanwyk/drift',
      '',
      'Cron and a plan. That’s it. That’s the talk.',
      '',
      '## Zanele Dube & Karabo Sithole (Fynbos Fintech)',
      '',
      '**Talk:** Blameless, but not pointless',
    );
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind)])).toEqual([
      ['Incident commanders are made, not born', ['Thandiwe Mokoena @ Baobab Bank'], []],
      ['Terraform drift detection on a budget', ['Pieter van Wyk'], ['slides']],
      [
        'Blameless, but not pointless',
        ['Zanele Dube @ Fynbos Fintech', 'Karabo Sithole @ Fynbos Fintech'],
        [],
      ],
    ]);
    // "That's it" in the middle of a note is no sign-off: only a closing sentence is.
    expect(talks[1]?.summary).toBe('Cron and a plan. That’s it. That’s the talk.');
  });
});

describe('Korean, Japanese and Russian headings and speaker lines', () => {
  it('drops honorifics, counts and bracketed kinds, and reads a company in guillemets', () => {
    const { talks } = post(
      '# DEVIEW 2025',
      '',
      '## 2. 쿠버네티스 비용 최적화 — 이도현 님 (구름컴퓨팅)',
      '',
      '- 스팟 인스턴스',
      '',
      '## 【基調講演】プラットフォームエンジニアリングの10年',
      '',
      '登壇者：Ramesh Iyer さん（Tenjin Systems）',
      '',
      '- 内製化',
      '',
      '## Доклад 2. «ClickHouse как очередь: плохая идея?» — Мария Иванова, «Дата Поток»',
      '',
      '- не надо',
      '',
      '## 王志强的分享',
      '',
      '讲师：王志强（星河云科技，资深架构师）',
      '',
      '- 多活',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind ?? ''])).toEqual([
      ['쿠버네티스 비용 최적화', ['이도현 @ 구름컴퓨팅'], ''],
      ['プラットフォームエンジニアリングの10年', ['Ramesh Iyer @ Tenjin Systems'], 'Keynote'],
      ['ClickHouse как очередь: плохая идея?', ['Мария Иванова @ Дата Поток'], ''],
      ['王志强的分享', ['王志强 @ 星河云科技'], ''],
    ]);
  });

  it('reads no profile site as a company', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## Writing for developers',
      '',
      '[Rhiannon Pugh](https://rhiannon.example) · [Mastodon](https://hachyderm.io/@rhi)',
      '',
      '- Docs are a product',
    );
    expect(talks.map(who)).toEqual([['Rhiannon Pugh']]);
  });
});

describe('a post with no title', () => {
  it('is about the conference its first lines name with its year, not a date', () => {
    expect(
      post(
        '🚀 Just got back from AWS Community Day Nordics 2025 in Stockholm! Here are my picks 👇',
        '',
        '1️⃣ **Serverless cost traps** by Elin Forsberg (Kronhjort)',
      ).event.name,
    ).toBe('AWS Community Day Nordics 2025');
    expect(
      post('In March 2025 we went to a meetup.', '', '- **Title** by Jane Doe (Acme)').event.name,
    ).toBe('post');
  });
});
