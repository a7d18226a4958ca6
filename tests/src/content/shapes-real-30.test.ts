import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 30). */

describe('an index of talk pages, each item `[Title - Speaker](page)`', () => {
  it('reads each link as a talk and its speaker, not a reading list of `[Topic - Subtitle](…)`', () => {
    const { talks } = post(
      '---',
      'title: "Second Tracing Day"',
      '---',
      '',
      '> 2025-05-02 09:00 - 17:00 @ Harbour Hall',
      '',
      '## Sessions',
      '',
      '- [Sampling without tears: tail sampling at scale - Jane Doe](./sampling.md)',
      '- [Logs are events too - Tomas Berg (Nordlog)](./logs.md)',
      '- [Trace context across queues - Marta Quist](https://tracing.example/queues)',
      '',
      '## Further reading',
      '',
      '- [Kubernetes - The Hard Way](https://example.com/k8s)',
      '- [Rust - Getting Started](https://example.com/rust)',
      '- [Postgres - Internals Explained](https://example.com/pg)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Sampling without tears: tail sampling at scale', ['Jane Doe']],
      ['Logs are events too', ['Tomas Berg @ Nordlog']],
      ['Trace context across queues', ['Marta Quist']],
    ]);
  });

  it('keeps a Chinese name with its Latin name, handle or honorific as one name', () => {
    const { talks } = post(
      '---',
      'title: "第二屆 Tracing Day 追蹤技術日"',
      '---',
      '',
      '## 議程列表',
      '',
      '- [採樣的藝術：大規模尾部採樣 - 陳美玲](./sampling.md)',
      '- [Logs are events too - 林志豪 (Kevin)](./logs.md)',
      '- [跨佇列的追蹤上下文 - 張書維 (swchang)](./queues.md)',
      '- [可觀測性的成本治理 - 黃雅婷 (Tina 老師)](./cost.md)',
      '- [邊緣節點的日誌管線 - 吳建宏 (Acme Cloud)](./edge.md)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['採樣的藝術：大規模尾部採樣', ['陳美玲']],
      ['Logs are events too', ['林志豪 (Kevin)']],
      ['跨佇列的追蹤上下文', ['張書維 (swchang)']],
      ['可觀測性的成本治理', ['黃雅婷 (Tina 老師)']],
      ['邊緣節點的日誌管線', ['吳建宏 @ Acme Cloud']],
    ]);
    // "議程列表" (the agenda's list) is no topic of theirs.
    expect(talks.map((t) => t.topic)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('a planned programme by weekday, each slot a link to the talk on the conference site', () => {
  it('reads the linked slots as talks of their day, not the stand duty between them', () => {
    const { talks } = post(
      '---',
      'title: Besuch der Datenbank-Tage 2024',
      '---',
      '',
      'Mein Plan für die Woche:',
      '',
      '* Dienstag, 12.11.2024',
      '\t* 09:00 - 11:00 Ihr findet mich am Stand von Nordlicht IT!',
      '\t* 12:00 - 12:45 [Indizes verstehen statt raten](https://www.dbtage.example/konferenz/vortrag_details.php?id=5011)',
      '\t* 16:00 - 16:45 [Migrationen ohne Downtime](https://www.dbtage.example/konferenz/vortrag_details.php?id=5012)',
      '* Mittwoch, 13.11.2024',
      '\t* 10:00 - 10:45 [Event Sourcing in der Praxis](https://www.dbtage.example/konferenz/vortrag_details.php?id=5020)',
      '\t* 13:00 - 13:45 [Kanban für Datenbankteams](https://www.dbtage.example/konferenz/vortrag_details.php?id=5021)',
    );
    expect(talks.map((t) => [t.title, t.day, t.time])).toEqual([
      ['Indizes verstehen statt raten', 'Dienstag, 12.11.2024', '12:00 - 12:45'],
      ['Migrationen ohne Downtime', 'Dienstag, 12.11.2024', '16:00 - 16:45'],
      ['Event Sourcing in der Praxis', 'Mittwoch, 13.11.2024', '10:00 - 10:45'],
      ['Kanban für Datenbankteams', 'Mittwoch, 13.11.2024', '13:00 - 13:45'],
    ]);
  });
});

describe('a heading whose parentheses hold a label and what it names', () => {
  it('keeps "(Home tab : Feed)" in the title, no company or speaker', () => {
    const { talks } = post(
      '# 2024 판교 개발자 데이',
      '',
      '## 검색 화면의 UX (Home tab : Feed)',
      '* 사용자가 집중할 수 있는 화면을 만들자.',
      '',
      '## 모바일 빌드 속도 개선 (Hanbit Labs)',
      '* 캐시를 적극적으로 사용했다.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['검색 화면의 UX (Home tab : Feed)', []],
      ['모바일 빌드 속도 개선', ['Hanbit Labs']],
    ]);
  });
});

describe('a talk whose first part, "## Abstract", opens with its speaker alone on a bullet', () => {
  it('reads the bullet as the speaker, not as a note', () => {
    const { talks } = post(
      '# Un futur sobre : hacker le système',
      '',
      'Keynote',
      '',
      '## Abstract',
      '',
      '- Hélène Marchand',
      '',
      'Il nous reste peu de temps pour agir. Une seule solution : sortir du cadre.',
      '',
      '## Notes',
      '',
      '- Le monde de demain sera low-tech',
      '',
      '# La prévision est un art difficile',
      '',
      'Keynote',
      '',
      '## Abstract',
      '',
      '- Julien Perrot',
      '',
      'Les dix dernières années ont été ébouriffantes.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Un futur sobre : hacker le système', ['Hélène Marchand']],
      ['La prévision est un art difficile', ['Julien Perrot']],
    ]);
    expect(JSON.stringify(talks[0]?.notes)).not.toContain('Hélène');
  });
});

describe('a post without headings: a plain title over its speaker and company, notes after', () => {
  it('reads each two-line paragraph as a talk and the paragraphs after it as its notes', () => {
    const { talks } = post(
      'The slides are up for every session now. I will link the ones I went to later.',
      '',
      'Gardening at Scale: Pruning Dependency Trees Before They Fall',
      'Marcus Feld, Larchwood Systems',
      '',
      'The closing keynote, and it brought the house down. A spoof with a serious point.',
      '',
      'Small Robots: Odd Uses for Scripting Languages',
      'Joanna Pike, Tinker Labs',
      '',
      'A great session that made me want a soldering iron.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Gardening at Scale: Pruning Dependency Trees Before They Fall',
        ['Marcus Feld @ Larchwood Systems'],
        'The closing keynote, and it brought the house down. A spoof with a serious point.',
      ],
      [
        'Small Robots: Odd Uses for Scripting Languages',
        ['Joanna Pike @ Tinker Labs'],
        'A great session that made me want a soldering iron.',
      ],
    ]);
  });
});
