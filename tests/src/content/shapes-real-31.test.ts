import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 31). */

describe('an index of talk pages whose people are CJK names with their Latin names', () => {
  it('reads a capitalised word after a CJK name as the person’s name where the list writes them so', () => {
    const { talks } = post(
      '---',
      'title: "第三屆 Logging Day 日誌技術日"',
      '---',
      '',
      '## 議程列表',
      '',
      '- [結構化日誌的十個習慣 - 陳冠宇 (Oscar)](./habits.md)',
      '- [日誌管線的背壓處理 - 林佳穎 (Wendy)](./backpressure.md)',
      '- [從 syslog 到 OpenTelemetry - 蔡承翰 (Dorian)](./otel.md)',
      '- [邊緣節點的日誌收集 - 吳建宏 (Acme Cloud)](./edge.md)',
    );
    expect(talks.map(who)).toEqual([
      ['陳冠宇 (Oscar)'],
      ['林佳穎 (Wendy)'],
      ['蔡承翰 (Dorian)'],
      ['吳建宏 @ Acme Cloud'],
    ]);
  });
});

describe('a numbered day programme whose titles end in their track', () => {
  it('reads "(… track)" after a title as its track, not as part of the title', () => {
    const { talks } = post(
      '---',
      'title: My first day at Northwind Dev Days 2015',
      '---',
      '',
      'My schedule for the day was:',
      '1) Sara Lind: Scaling teams without scaling meetings (when one team is not enough track)',
      'A good talk about team topologies and how to keep the number of meetings down.',
      '2) Piet Mols: Property testing for the rest of us (Testing Track)',
      'Lots of live coding, and a few failures on stage.',
      '3) Jonas Ek: Shipping on Fridays [Continuous Delivery track]',
      'He argued that the fear of Friday deploys says more about the pipeline than the day.',
    );
    expect(talks.map((t) => [t.title, t.track])).toEqual([
      ['Scaling teams without scaling meetings', 'when one team is not enough'],
      ['Property testing for the rest of us', 'Testing'],
      ['Shipping on Fridays', 'Continuous Delivery'],
    ]);
  });

  it('keeps a title whose last words only happen to end in "track"', () => {
    const { talks } = post(
      '---',
      'title: Northwind Dev Days 2015',
      '---',
      '',
      '## Keeping builds on track (Jane Doe)',
      '',
      'Notes.',
      '',
      '## Tools to help you stay (mostly) on track',
      '',
      'Speaker: John Smith',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Keeping builds on track',
      'Tools to help you stay (mostly) on track',
    ]);
  });
});

describe('a keynote block whose keynotes are "Name, Company: Title" paragraphs', () => {
  it('reads an unquoted title after the company as the talk, like a quoted one', () => {
    const { talks } = post(
      '---',
      'title: Harbour Web Expo, Day 1 Keynotes',
      '---',
      '',
      'The keynotes all came in one block this morning.',
      '',
      'Mary Quinn, Quinn Publishing: Quinn Outlook',
      '',
      '- Search engines learned to read between the lines.',
      '- Let a simple system evolve.',
      '',
      'Paul Ortega, Lakeside School of Art: “Open Studio Management”',
      '',
      '- Simplicity is a design law.',
      '- Art schools move slowly.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Quinn Outlook', ['Mary Quinn @ Quinn Publishing']],
      ['Open Studio Management', ['Paul Ortega @ Lakeside School of Art']],
    ]);
  });
});

describe('titles that start with symbols of their own', () => {
  it('keeps a shebang, a decorator, a prompt and a hashtag at the start of a title', () => {
    const { talks } = post(
      '---',
      'title: Crónica de la PyConES 2015',
      '---',
      '',
      'Las charlas que vimos:',
      '',
      '- Mejor código asíncrono con Python 3, Ana Caro',
      '- #!/usr/bin/env python (Python para administradores), Luis Pardo Gil',
      '- @cache y otros decoradores útiles, Marta Ruiz',
      '- $ pip install sin miedo, Jorge Sanz',
      '- #PythonEnLaEscuela: enseñar a programar, Elena Vidal',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Mejor código asíncrono con Python 3',
      '#!/usr/bin/env python (Python para administradores)',
      '@cache y otros decoradores útiles',
      '$ pip install sin miedo',
      '#PythonEnLaEscuela: enseñar a programar',
    ]);
  });
});

describe('a post section whose one word has a typo', () => {
  it('skips "AfterPaty" and "Conclsion" among talk headings, as it skips the words spelt right', () => {
    const { talks } = post(
      '---',
      'title: Cloud Summit 2019 参加レポート',
      '---',
      '',
      '# DAY 01',
      '',
      '## Serverless patterns for mobile backends',
      '',
      'サーバーレスの設計パターンの紹介。',
      '',
      '## AfterPaty',
      '',
      '会場の外でバンドの演奏があった。',
      '',
      '# DAY 02',
      '',
      '## Building offline-first apps',
      '',
      'オフライン対応の話。',
      '',
      '## Conclsion',
      '',
      '楽しかった。',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Serverless patterns for mobile backends',
      'Building offline-first apps',
    ]);
  });
});
