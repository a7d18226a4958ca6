import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';
import { post, who } from './shape-fixture.ts';

const folder = contentFolder('qcon-real-33-');

/** Round r33: shapes of real notes posts the bot had never seen. */

describe('a Polish post naming its speakers in prose', () => {
  it('reads the speakers the notes name as the subject, the object or after "przez"', () => {
    const { talks } = post(
      '---',
      'title: Relacja – Testfest Kraków 2019',
      '---',
      '',
      '### Testy kontraktowe w praktyce',
      '',
      'Na początku **Jan Wiśniewski** i **Anna Zielińska** przedstawili, czym są kontrakty.',
      '',
      '### Chmura bez tajemnic',
      '',
      '**Marek Lis** z firmy **Chmurex** opowiadał, jak przenieść monolit do chmury.',
      '',
      '### Kod, który się czyta',
      '',
      'O czytelności kodu opowiadała nam Agnieszka Nowak.',
      '',
      '### Zespół w kryzysie',
      '',
      'Prezentacja prowadzona była przez **Pawła Sowę**. Ciekawa historia o zespole.',
      '',
      '### Narzędzia do testów',
      '',
      'Prelegent pokazał Visual Studio. Potem było pytanie z sali.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Testy kontraktowe w praktyce', ['Jan Wiśniewski', 'Anna Zielińska']],
      ['Chmura bez tajemnic', ['Marek Lis @ Chmurex']],
      ['Kod, który się czyta', ['Agnieszka Nowak']],
      ['Zespół w kryzysie', ['Paweł Sowa']],
      ['Narzędzia do testów', []],
    ]);
  });

  it('reads them under a bold line that sets a talk apart', () => {
    const { talks } = post(
      '# Mobilna sobota 2012',
      '',
      '### Prelekcje',
      '',
      '**Aplikacje na zegarki**',
      '',
      'Kolejnym wykładem były zegarki, podczas którego Tomasz Kowal pokazał kilka nowości.',
      '',
      '**Testy na emulatorze**',
      '',
      'Widać było, że prowadząca Marta Mazur zna temat od podszewki.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Aplikacje na zegarki', ['Tomasz Kowal']],
      ['Testy na emulatorze', ['Marta Mazur']],
    ]);
  });
});

describe('a Swift-DocC catalogue of a conference, a page per talk', () => {
  const page = (title: string, kind: string, speaker: string) =>
    [
      `# ${title}`,
      '',
      '@Metadata {',
      `    @TitleHeading("${kind}")`,
      '}',
      '',
      speaker,
      '',
      '## Abstract',
      '',
      `What ${speaker} planned to cover, in a paragraph or two.`,
      '',
      '## Key Takeaways',
      '',
      '-',
      '',
      '## Links',
      '',
      '-',
    ].join('\n');

  it('reads each page as its talk, the name under the directives as its speaker', async () => {
    await folder.write({
      'Notes.docc/2025-Fjell/2025 Fjell Swift Days.md': [
        '# 2025 Fjell Swift Days',
        '',
        '@Metadata {',
        '    @PageImage(purpose: icon, source: "2025-Fjell")',
        '}',
        '',
        '## Topics',
        '',
        '### Talks',
        '',
        '- <doc:Testing-Without-Mocks>',
        '- <doc:Layout-From-Scratch>',
      ].join('\n'),
      'Notes.docc/2025-Fjell/Testing Without Mocks.md': page(
        'Testing Without Mocks',
        'Talk',
        'Ingrid Solvang',
      ),
      'Notes.docc/2025-Fjell/Layout From Scratch.md': page(
        'Layout From Scratch',
        'Workshop',
        'Tomas Berg',
      ),
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => [t.title, who(t)]).sort()).toEqual([
      ['Layout From Scratch', ['Tomas Berg']],
      ['Testing Without Mocks', ['Ingrid Solvang']],
    ]);
    expect(library.talks.map((t) => t.summary).join(' ')).not.toContain('@');
  });
});

describe('a heading that ends with the kind of session after a dash', () => {
  it('reads "Name - Title - Keynote" as the person, the title and the kind', () => {
    const { talks } = post(
      '# Rubyfjord 2024 - Day 2',
      '',
      '# Yukihiro Matsumoto - In Praise of the Lock - Keynote',
      '',
      'Threads share data, and data clashes.',
      '',
      '# Scott Lindqvist - Ask your repository',
      '',
      'Ask why until you reach first principles.',
      '',
      '# Hiroshi Tanaka - Where gems come from',
      '',
      'Dependency resolution is a search.',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['In Praise of the Lock', ['Yukihiro Matsumoto'], 'Keynote'],
      ['Ask your repository', ['Scott Lindqvist'], undefined],
      ['Where gems come from', ['Hiroshi Tanaka'], undefined],
    ]);
  });

  it('keeps a preposition opening a title out of the names, and the kind out of the title', () => {
    const { talks } = post(
      '## Matz - In Praise of the Lock - Keynote',
      '',
      '* threads share data',
      '',
      '## Scaling Kafka - Keynote',
      '',
      '* partitions first',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Matz - In Praise of the Lock', [], 'Keynote'],
      ['Scaling Kafka', [], 'Keynote'],
    ]);
  });

  it('reads "Title – Name – Workshop" so too', () => {
    const { talks } = post(
      '## Caching Without Tears – Ingrid Solvang – Workshop',
      '',
      '* warm the cache before the deploy',
      '',
      '## Queues at the Edge – Tomas Berg',
      '',
      '* back-pressure first',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Caching Without Tears', ['Ingrid Solvang'], 'Workshop'],
      ['Queues at the Edge', ['Tomas Berg'], undefined],
    ]);
  });
});

describe('a label over a line of people per company', () => {
  it("reads each line's people with the company after their role", () => {
    const { talks } = post(
      '# Data Evening #7',
      '',
      '## Доклады',
      '',
      '### Потоковая загрузка заказов в озеро данных',
      '',
      '_Авторы:  ',
      'Анна Лебедева, Олег Ким, Data Platform Team, Pizzeria Nord  ',
      'Игорь Савин, Solutions Architect, Lakehouse Inc_',
      '',
      '- [Запись](https://youtu.be/abcDEF12345) выступления.',
      '',
      '### Schemas that survive',
      '',
      '**Speakers:**',
      'Mira Holm, Tallis',
      '',
      '- versions live beside the data',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      [
        'Потоковая загрузка заказов в озеро данных',
        [
          'Анна Лебедева @ Pizzeria Nord',
          'Олег Ким @ Pizzeria Nord',
          'Игорь Савин @ Lakehouse Inc',
        ],
      ],
      ['Schemas that survive', ['Mira Holm @ Tallis']],
    ]);
  });
});

describe("a post's section of workshops in another language", () => {
  it('reads "### Warsztaty", "### Talleres" as a part of the post, not a talk', () => {
    for (const word of ['Warsztaty', 'Talleres', 'Ateliers', 'Воркшопы']) {
      const { talks } = post(
        '# Testfest 2019',
        '',
        `### ${word}`,
        '',
        'Zapisaliśmy się na warsztaty prowadzone przez Annę Zielińską. Było ciekawie.',
        '',
        '### Testy kontraktowe',
        '',
        'Jan Wiśniewski opowiedział, czym są kontrakty.',
      );
      expect(talks.map((t) => t.title)).toEqual(['Testy kontraktowe']);
    }
  });
});

describe("a site section's index of talks over a page per talk", () => {
  it('reads each page as the talk the index lists, with its card of speaker and links', async () => {
    await folder.write({
      'content/events/infra-day-2025/_index.md': [
        '---',
        'title: "第二屆 Infra Day 基礎設施技術日"',
        '---',
        '',
        '> 2025-05-14 09:00 - 17:00 @ 台北國際會議中心',
        '',
        '## 議程列表',
        '',
        '- [從單體到服務網格的遷移之路 - 陳志明 (Jimmy)](./from_monolith_to_mesh.md)',
        '- [零停機資料庫升級實戰 - 林雅婷 (Tina)](./zero_downtime_db.md)',
      ].join('\n'),
      'content/events/infra-day-2025/from_monolith_to_mesh.md': [
        '---',
        'title: "從單體到服務網格的遷移之路"',
        '---',
        '',
        '# 從單體到服務網格的遷移之路',
        '',
        '> 陳志明 (Jimmy)／SRE Lead, 雲河科技',
        '',
        '> [議程](https://infraday.example.tw/2025/session/101)',
        '',
        '> [簡報](https://infraday.example.tw/slides/mesh.pdf)',
        '',
        '## 講者介紹',
        '',
        '陳志明，十年維運經驗。',
        '',
        '## 為什麼要拆',
        '',
        '- 部署一次要兩小時',
        '- 團隊互相等待',
        '',
        '## 結語',
        '',
        '先量測，再拆分。',
      ].join('\n'),
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['第二屆 Infra Day 基礎設施技術日']);
    expect(library.talks.map((t) => [t.title, who(t)])).toEqual([
      ['從單體到服務網格的遷移之路', ['陳志明 (Jimmy) @ 雲河科技']],
      ['零停機資料庫升級實戰', ['林雅婷 (Tina)']],
    ]);
    expect(library.talks[0]?.links.map((l) => l.kind).sort()).toEqual(['description', 'slides']);
  });
});
