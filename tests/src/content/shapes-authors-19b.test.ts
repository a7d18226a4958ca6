import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (19, continued): each post invented for these tests. */

describe('panel line-ups', () => {
  it('reads "Moderated by X, with A, B and C." and keeps what follows as notes', () => {
    const { talks } = post(
      '# HarbourDev 2025',
      '',
      '## Talk one — Ana Lopes (Docklight)',
      '',
      'Notes.',
      '',
      '## Closing panel: Are microservices over?',
      '',
      'Moderated by Karl Weiss, with Nadia Fares, Tom Lind and Eun-ji Seo. Short answer: no.',
    );
    expect(talks[1]?.kind).toBe('Panel');
    expect(who(talks[1])).toEqual(['Karl Weiss', 'Nadia Fares', 'Tom Lind', 'Eun-ji Seo']);
    expect(talks[1]?.summary).toBe('Short answer: no.');
  });

  it('reads "mod. X; A, B (Co), C (Co)" after a dash in a log line', () => {
    const { talks } = post(
      '# QueueCon 2025',
      '',
      '## Log',
      '',
      '- 09:00 Keynote: [[Queues are forever]] — [[Hedda Lund]] (Fjellnett)',
      '- 13:30 Panel: [[Who pages whom?]] — mod. [[Arne Dahl]]; [[Siri Berg]], [[Ola Moe]] (Postly), [[Kari Lie]] (Trikk)',
      '  - nobody owns it',
    );
    expect(talks.map((t) => [t.title, t.kind, who(t)])).toEqual([
      ['Queues are forever', 'Keynote', ['Hedda Lund @ Fjellnett']],
      [
        'Who pages whom?',
        'Panel',
        ['Arne Dahl', 'Siri Berg', 'Ola Moe @ Postly', 'Kari Lie @ Trikk'],
      ],
    ]);
  });

  it('reads an Arabic line-up: moderated by one, with the others joined by و', () => {
    const { talks } = post(
      '# مؤتمر الويب 2025',
      '',
      '## حلقة نقاش: مستقبل الواجهات',
      '',
      'أدارتها سلمى الخطيب، بمشاركة كريم ناصر وهدى يوسف.',
    );
    expect(talks.map((t) => [t.title, t.kind, who(t)])).toEqual([
      ['مستقبل الواجهات', 'Panel', ['سلمى الخطيب', 'كريم ناصر', 'هدى يوسف']],
    ]);
  });
});

describe('event names, places, dates and days in more languages', () => {
  it.each([
    ['DevFest İzmir 2025 notlarım', 'DevFest İzmir 2025'],
    ['PyData Pune 2025 — मेरे नोट्स (Pune)', 'PyData Pune 2025'],
    ['ملاحظاتي من مؤتمر CloudGulf 2025 في الدوحة', 'CloudGulf 2025'],
    ['Verslag: Backend Polder meetup #7 (Delft)', 'Backend Polder meetup #7'],
    ['🚀 RustBalkan 2025 was 🔥🔥 — my recap', 'RustBalkan 2025'],
    ["I almost didn't go to DataFjord Oslo 2025. Glad I went.", 'DataFjord Oslo 2025'],
  ])('names the event of "%s" "%s"', (title, name) => {
    expect(conferenceName(title)).toBe(name);
  });

  it('takes the place after the post words, and after "في" in Arabic', () => {
    expect(post('---', 'title: "PyData Pune 2025 — मेरे नोट्स (Pune)"', '---', '').event.place).toBe(
      'Pune',
    );
    expect(
      post('---', 'title: "ملاحظاتي من مؤتمر CloudGulf 2025 في الدوحة"', '---', '').event.place,
    ).toBe('الدوحة');
  });

  it("leaves a title's badges out of the event's name", () => {
    const { event } = post(
      '# great-talks [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) [![License: CC0](https://img.shields.io/badge/License-CC0.svg)](https://example.org/cc0)',
      '',
      '## Databases',
      '',
      '- [Clocks are lies](https://www.youtube.com/watch?v=Cl0ck5L1e5x) — Hana Mori (Tempora)',
    );
    expect(event.name).toBe('great-talks');
  });

  it("reads dates and place from a page's property table", () => {
    const { event } = post(
      '# Trip report: OpsPolder 2025',
      '',
      '| | |',
      '|---|---|',
      '| **Dates** | 2–3 Oct 2025 |',
      '| **Location** | Zwolle, Spoorhal |',
      '',
      '## Talk — Bram Smit (Veenlab)',
      '',
      'Notes.',
    );
    expect([event.name, event.dates, event.place]).toEqual([
      'OpsPolder 2025',
      '2025-10-02..2025-10-03',
      'Zwolle, Spoorhal',
    ]);
  });

  it('names a daily note by the conference its context line names, not by its date', () => {
    const { event } = post(
      '# Tue, 3 June 2025',
      '',
      'Context: [[QueueCon 2025]], Tampere, day 1 of 2. Venue: [[Tampere Hall]].',
      '',
      '## Log',
      '',
      '- 09:00 Keynote: [[Queues are forever]] — [[Hedda Lund]] (Fjellnett)',
    );
    expect([event.name, event.place]).toEqual(['QueueCon 2025', 'Tampere Hall']);
  });

  it('reads day headings in Turkish, Hindi and Arabic as days, each its own', () => {
    const day = (heading: string) => [
      heading,
      '',
      '### Talk — Ayla Kaya (Fener)',
      '',
      'Notes.',
      '',
    ];
    const { talks } = post(
      '---',
      'title: MixConf 2025',
      'event:',
      '  dates: 2025-11-15..2025-11-16',
      '---',
      ...day('## 1. Gün'),
      ...day('## İkinci gün'),
      ...day('## दिन 1 (15 नवंबर)'),
      ...day('## اليوم الثاني'),
    );
    expect(talks.map((t) => [t.day, t.date, t.topic])).toEqual([
      ['1. Gün', '2025-11-15', undefined],
      ['İkinci gün', '2025-11-16', undefined],
      ['दिन 1 (15 नवंबर)', '2025-11-15', undefined],
      ['اليوم الثاني', '2025-11-16', undefined],
    ]);
  });
});

describe('a review of a conference', () => {
  it('is no book review: its talks are read', () => {
    const { talks } = post(
      '---',
      'title: "Reseña: JSConf Andes 2025"',
      '---',
      '',
      '## Signals en producción — Lucía Paz (Cóndor Labs)',
      '',
      'Menos renders.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Signals en producción', ['Lucía Paz @ Cóndor Labs']],
    ]);
  });
});

describe('summaries, roles and titles', () => {
  it('ends a Hindi sentence at its danda, and drops an emoji-led placeholder and "Member-only story"', () => {
    const { talks } = post(
      '# PyConf 2025',
      '',
      '## टाइपिंग — अर्जुन राव',
      '',
      'टाइप हिंट्स से बग कम होते हैं।',
      '',
      '- CI में type check',
      '',
      '## Pipelines — Ilse Vos (Kanaal)',
      '',
      'Member-only story',
      '',
      'Pipelines deserve owners.',
      '',
      '🎥 Recording coming soon.',
    );
    expect(talks.map((t) => t.summary)).toEqual([
      'टाइप हिंट्स से बग कम होते हैं। CI में type check.',
      'Pipelines deserve owners.',
    ]);
  });

  it('keeps a role in lower case after a dash out of the speaker', () => {
    const { talks } = post(
      '# Meetup 2025',
      '',
      '## Toegankelijkheid in de praktijk',
      '',
      '**Spreker:** Joost de Wit — zelfstandig ontwerper',
      '',
      'Notes.',
    );
    expect(who(talks[0])).toEqual(['Joost de Wit']);
  });

  it('drops "Part 1 of 3:" and makes the parts of a workshop series workshops', () => {
    const { talks } = post(
      '# IaC Evenings 2025',
      '',
      '## The workshop series: "From scripts to modules"',
      '',
      '### Part 1 of 2: State, and why it bites',
      '',
      '*Rhian Evans & Sion Hughes*',
      '',
      '### Part 2 of 2: Modules',
      '',
      '*Rhian Evans*',
      '',
      '## Talks night',
      '',
      '### Lightning talk: `node --watch` is enough',
      '',
      '*Lior Ben-Ami*',
    );
    expect(talks.map((t) => [t.title, t.kind])).toEqual([
      ['State, and why it bites', 'Workshop'],
      ['Modules', 'Workshop'],
      ['node --watch is enough', 'Lightning talk'],
    ]);
  });
});
