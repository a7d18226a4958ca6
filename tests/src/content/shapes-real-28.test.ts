import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 28). */

describe("a talk's facts as a small table right under its heading", () => {
  it.each([
    ['時間', '登壇者', '場所'],
    ['時間', '発表者', '会場'],
    ['Time', 'Speaker', 'Room'],
    ['Hora', 'Palestrante', 'Sala'],
  ])('reads the speaker column of | %s | %s | %s |', (time, speaker, room) => {
    const { talks } = post(
      '# 港町テックフェス 2026 に行ってきた',
      '',
      '#### 分散キャッシュの落とし穴',
      '',
      `| ${time} | ${speaker} | ${room} |`,
      '|:---:|:---:|:---:|',
      '| 11:00 - 11:45 | 北川 真澄 | Hall A |',
      '',
      '- 整合性は最後に効いてくる',
      '',
      '#### イベント駆動の設計入門',
      '',
      `| ${time} | ${speaker} | ${room} |`,
      '|:---:|:---:|:---:|',
      '| 13:00 - 13:45 | Tomasz Rybak | Room B |',
      '',
      '- まずはイベントの名前から',
    );
    expect(talks.map((t) => [t.title, who(t), t.time, t.notes.map((n) => n.text)])).toEqual([
      ['分散キャッシュの落とし穴', ['北川 真澄'], '11:00 - 11:45', ['整合性は最後に効いてくる']],
      ['イベント駆動の設計入門', ['Tomasz Rybak'], '13:00 - 13:45', ['まずはイベントの名前から']],
    ]);
  });

  it('takes the company column with the speaker', () => {
    const { talks } = post(
      '# Notes from Harbour Dev Days 2026',
      '',
      '## Queues without tears',
      '',
      '| Speaker | Company |',
      '|---|---|',
      '| Ines Vukovic | Lantern Labs |',
      '',
      '- Retries need budgets.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues without tears', ['Ines Vukovic @ Lantern Labs']],
    ]);
  });
});

describe('family names written in capitals', () => {
  it('reads "Title - Given SURNAME et Given SURNAME" headings as the talk and its speakers', () => {
    const { talks } = post(
      '# Mon Devoxx à moi',
      '',
      '### Le cache qui mentait - Maëlle FOURNIER et Bastien LEGRAND',
      '',
      'Une université de trois heures.',
      '',
      '### Tester sans douleur - Corentin PELLETIER',
      '',
      'Très clair.',
      '',
      '### Sobriété numérique - Yannick ROUSSEL, Agathe MOREAU et Loïc BERTRAND',
      '',
      'Des chiffres concrets.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Le cache qui mentait', ['Maëlle FOURNIER', 'Bastien LEGRAND']],
      ['Tester sans douleur', ['Corentin PELLETIER']],
      ['Sobriété numérique', ['Yannick ROUSSEL', 'Agathe MOREAU', 'Loïc BERTRAND']],
    ]);
  });

  it('keeps acronyms after a dash in the title', () => {
    const { talks } = post(
      '# Notes',
      '',
      '### Streaming with Kafka - Parsing JSON',
      '',
      'Schemas first.',
      '',
      '### Browser magic - Ajax NASA',
      '',
      'Old tricks.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Streaming with Kafka - Parsing JSON', []],
      ['Browser magic - Ajax NASA', []],
    ]);
  });
});

describe('where and when a talk was given, in parentheses after its heading', () => {
  it('is neither a speaker nor a company: "(Strange Loop, 2011)", "(PyCon US 2019)"', () => {
    const { talks } = post(
      '# Talks that stayed with me',
      '',
      '#### [Marta Kowal - Queues at the Edge](https://example.com/queues) (Harbour Conf, 2019)',
      '- **Summary:** Backpressure first.',
      '',
      '#### [Joan Brightwater - Boring Deploys](https://example.com/deploys) (Velocity, 2015)',
      '- **Summary:** Ship small.',
      '',
      '#### [Reading Flame Graphs](https://example.com/flames) (PyCon US 2019)',
      '- **Summary:** Width is time.',
      '',
      '#### [Caching Lies](https://example.com/cache) (Ana Prado, Nubeko)',
      '- **Summary:** Invalidate less.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues at the Edge', ['Marta Kowal']],
      ['Boring Deploys', ['Joan Brightwater']],
      ['Reading Flame Graphs', []],
      ['Caching Lies', ['Ana Prado @ Nubeko']],
    ]);
  });
});

describe("a conference diary's own headings beside its talks", () => {
  it('drops the intro, the caveats, the wish list, the verdict and the contact of a Japanese post', () => {
    const { talks } = post(
      '# 港町テックフェス 2026 に初めて行ってみた',
      '',
      '#### 港町テックフェス とは？',
      '',
      '> 港町で開かれる開発者カンファレンス。',
      '',
      '#### 注意事項',
      '- 誤りがあるかもしれない。',
      '',
      '#### 聞きたいセッション',
      '- 分散キャッシュの落とし穴',
      '',
      '#### 分散キャッシュの落とし穴',
      '',
      '| 時間 | 登壇者 | 場所 |',
      '|:---:|:---:|:---:|',
      '| 11:00 - 11:45 | 北川 真澄 | Hall A |',
      '',
      '- 整合性は最後に効いてくる',
      '',
      '#### 総評',
      '難しかったが楽しかった。',
      '',
      '#### 連絡先',
      '間違いは Twitter まで。',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['分散キャッシュの落とし穴', ['北川 真澄']],
    ]);
  });

  it('drops "初参加！" before the sessions and a Korean post\'s discussion points after them', () => {
    const { talks } = post(
      '# 개발자 컨퍼런스 2026',
      '',
      '## 初参加！',
      '初めての参加でした。',
      '',
      '## 세션 요약',
      '',
      '### 09:20 ~ 09:40',
      '',
      '**2030년의 개발 조직**  ',
      '김도윤 | 바다랩 CTO',
      '',
      '- 핵심 요약: 조직의 변화',
      '',
      '---',
      '',
      '### 09:40 ~ 10:20',
      '',
      '**테스트 자동화의 속도**  ',
      '이서연 | 물결소프트 CEO',
      '',
      '- 핵심 요약: 빠른 피드백',
      '',
      '## 팀 적용 인사이트',
      '- 단기: 실험',
      '',
      '## 논의 포인트',
      '1. 무엇부터 할까?',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['2030년의 개발 조직', ['김도윤 @ 바다랩']],
      ['테스트 자동화의 속도', ['이서연 @ 물결소프트']],
    ]);
  });

  it('reads "The good", "Worst" and "Others" as groups over talks, never talks', () => {
    const { talks } = post(
      '# Notes from Harbour Dev Days 2026',
      '',
      '## Best',
      '',
      '### Queues without tears — Ines Vukovic',
      'Room full.',
      '',
      '## Worst',
      '',
      '### Slides nobody could read — Pavel Dragan',
      'Left early.',
      '',
      '## Others',
      '',
      '### Caching lies — Ana Prado',
      'Fine.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues without tears', ['Ines Vukovic']],
      ['Slides nobody could read', ['Pavel Dragan']],
      ['Caching lies', ['Ana Prado']],
    ]);
  });
});

describe("the day's last slot left open in a time heading", () => {
  it.each(['16:20 ~', '16:20 –', '16h20 -'])(
    'reads "### %s" over the title as that slot',
    (slot) => {
      const { talks } = post(
        '# Harbour Dev Days 2026',
        '',
        '### 15:30 ~ 16:10',
        '',
        '**Queues without tears**  ',
        'Ines Vukovic | Lantern Labs',
        '',
        '- Summary: retries need budgets',
        '',
        `### ${slot}`,
        '',
        '**Teams that ship**  ',
        'Pavel Dragan | Northwind',
        '',
        '- Summary: small batches',
        '- Insight: trust',
      );
      expect(talks.map((t) => [t.title, who(t)])).toEqual([
        ['Queues without tears', ['Ines Vukovic @ Lantern Labs']],
        ['Teams that ship', ['Pavel Dragan @ Northwind']],
      ]);
    },
  );
});

describe("an HTML list of talks with the post's text right after it", () => {
  it('reads the list items as talks, the text after </ul> as a paragraph of the post', () => {
    const { talks } = post(
      '---',
      "title: 'Wir @Hafenkonferenz'",
      '---',
      '',
      'Unsere Top-2-Talks der Hafenkonferenz waren:',
      '<ul>',
      '\t<li><a href="https://example.com/1">Ines Vukovic – Warteschlangen ohne Tränen</a></li>',
      '\t<li><a href="https://example.com/2">Pavel Dragan – Caches, die lügen</a></li>',
      '</ul>',
      'Insgesamt fanden wir die Konferenz wirklich super!',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Warteschlangen ohne Tränen', ['Ines Vukovic']],
      ['Caches, die lügen', ['Pavel Dragan']],
    ]);
  });
});

describe('a Japanese word with a particle after it before a link', () => {
  it('names no speaker: "昨日の[keynote](…)で話題になっていた…"', () => {
    const { talks } = post(
      '# 港町テックフェス 2026 に参加しました',
      '',
      '## Queues without tears',
      '',
      '昨日の[keynote](https://example.com/k)で話題になっていた[Queues](https://example.com/q)!',
      '',
      '- バックプレッシャー',
      '',
      '## Caching lies',
      '',
      '- 無効化は少なく',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues without tears', []],
      ['Caching lies', []],
    ]);
  });
});

describe('a microphone before the speakers on the first line under a heading', () => {
  it('names them, linked or not, and the line is no note', () => {
    const { talks } = post(
      '# Back from Harbour Dev Days',
      '',
      '### 🧩 Lego and flow',
      '🎙️ [Ines Vukovic](https://www.linkedin.com/in/ines) et [Pavel Dragan](https://twitter.com/pavel)  ',
      '📝 [Abstract](https://example.com/lego)',
      '',
      'Three hours went fast.',
      '',
      '### 🦫 Go mistakes',
      '🎤 Ana Prado  ',
      '📝 [Abstract](https://example.com/go)',
      '',
      'Fifteen traps.',
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      ['Lego and flow', ['Ines Vukovic', 'Pavel Dragan'], ['Three hours went fast.']],
      ['Go mistakes', ['Ana Prado'], ['Fifteen traps.']],
    ]);
  });
});

describe("a diary's section of the day between its talks", () => {
  it.each([
    'Bilan de la première journée',
    'Résumé du jour 2',
    'Fazit Tag 1',
    'Wrap-up of day two',
    'Resumen del día 2',
  ])('"## %s" is the post\'s, no talk', (heading) => {
    const { talks } = post(
      '# Notes from Harbour Dev Days 2026',
      '',
      '## Queues without tears — Ines Vukovic',
      '',
      'Retries need budgets.',
      '',
      `## ${heading}`,
      '',
      'Tired but happy.',
      '',
      '## Caching lies — Ana Prado',
      '',
      'Invalidate less.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Queues without tears', 'Caching lies']);
  });
});
