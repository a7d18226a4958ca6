import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Round r27: Korean and Japanese recaps — counted days, timetable slots, picture captions. */

describe('a Korean recap with counted days', () => {
  it('reads "# 1일차 - date", "# 둘째 날" as days over their talks, not as talks', () => {
    const { talks } = post(
      '# 데브서밋 2021',
      '',
      '# 1일차 - 2021-10-04',
      '## 사내 검색 플랫폼을 만든 이야기',
      '* 역색인, 형태소 분석',
      '',
      '## 모바일 크래시 수집기',
      '* 몽고디비 집계',
      '',
      '# 둘째 날',
      '## Kafka Streams 운영기',
      '* 파티션 재분배',
    );
    expect(talks.map((t) => [t.title, t.day])).toEqual([
      ['사내 검색 플랫폼을 만든 이야기', '1일차 - 2021-10-04'],
      ['모바일 크래시 수집기', '1일차 - 2021-10-04'],
      ['Kafka Streams 운영기', '둘째 날'],
    ]);
  });

  it('does not take a picture captioned "이미지" or "写真" for the speaker', () => {
    const { talks } = post(
      '# 데브서밋 2021',
      '',
      '## 실시간 모니터링 구축기',
      '![이미지](./img/a.jpg)',
      '* 비츠와 일래스틱서치',
      '',
      '## 社内ツールの作り方',
      '![写真](./img/b.jpg)',
      '* 小さく始める',
      '',
      '## 추천 시스템 A to Z',
      '![김하늘](./img/c.jpg)',
      '* 협업 필터링',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['실시간 모니터링 구축기', []],
      ['社内ツールの作り方', []],
      ['추천 시스템 A to Z', ['김하늘']],
    ]);
  });

  it('keeps a subtitle of four Korean words in the title, no speaker or company', () => {
    const { talks } = post(
      '# 데브서밋 2021',
      '',
      '## 검색 품질을 높이려면?, 사내 검색 랭킹 개선 이야기',
      '* 클릭 로그',
      '',
      '## 이미지 번역을 자연스럽게(번역 앱 텍스트 렌더링 개발기)',
      '* 폰트 합성',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['검색 품질을 높이려면?, 사내 검색 랭킹 개선 이야기', []],
      ['이미지 번역을 자연스럽게(번역 앱 텍스트 렌더링 개발기)', []],
    ]);
  });
});

describe('timetable slots as headings', () => {
  it('reads "## 11:15 ~ 12:00" over a linked title as that talk at that time', () => {
    const { talks, problems } = post(
      '---',
      'title: "TechDay 2023 후기"',
      '---',
      '',
      '## 09:50 ~ 10:45',
      '> KEYNOTE',
      '',
      '## 11:15 ~ 12:00',
      '[이미지 번역 렌더링 개발기](https://example.org/141.pdf)',
      '',
      '## 14:00 - 14:45',
      '**Continual learning for growing models** — Mina Seo',
      'Notes on replay buffers.',
      '',
      '## 15:00〜15:45',
      '[推薦システムの作り方](https://example.org/134.pdf)',
    );
    expect(talks.map((t) => [t.title, t.time, who(t)])).toEqual([
      ['이미지 번역 렌더링 개발기', '11:15 ~ 12:00', []],
      ['Continual learning for growing models', '14:00 - 14:45', ['Mina Seo']],
      ['推薦システムの作り方', '15:00〜15:45', []],
    ]);
    expect(talks[1]?.notes.map((n) => n.text)).toEqual(['Notes on replay buffers.']);
    expect(problems.map((p) => p.message)).toEqual([
      '"09:50 ~ 10:45" skipped as not a talk: a time with no talk title',
    ]);
  });
});

describe('headings for a part of the day or a kind of session', () => {
  it('reads "### AM:", "### 下午", "## 오후", "## Les Keynotes" as groups, not talks', () => {
    const { talks } = post(
      '# PyDay Zhuhai 2014',
      '',
      '## Schedule',
      '',
      '### AM:',
      '',
      '#### Metaprogramming Go from Python (Wen Li)',
      '',
      '- templates generate the code',
      '',
      '### 下午',
      '',
      '#### 高性能 web 服务 (Ming Zhao)',
      '',
      '- openresty',
      '',
      '## 오후',
      '',
      '- 사진',
      '',
      '## Les Keynotes',
      '',
      'Pour marquer les 10 ans, une [rétrospective](https://youtu.be/abc123) du chemin parcouru.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Metaprogramming Go from Python', ['Wen Li']],
      ['高性能 web 服务', ['Ming Zhao']],
    ]);
  });
});

describe("a speaker's profile link as the first bullet", () => {
  it('reads "* [Name](twitter profile)" as the speaker, a bare word or a repository as notes', () => {
    const { talks } = post(
      '# ScriptConf 2015',
      '',
      '### Rebuilding a dial-up modem in the browser',
      '* [Oskar Lind](https://twitter.com/oskarlind)',
      '* Summary by: Ravi',
      '',
      '> Frequency-shift keying with Web Audio.',
      '',
      '### Packaging for everyone',
      '* [Kubernetes](https://github.com/kubernetes)',
      '* Helm charts',
      '',
      '### Open source governance',
      '* Foundations',
      '* Charters',
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'Rebuilding a dial-up modem in the browser',
        ['Oskar Lind'],
        ['Summary by: Ravi', 'Frequency-shift keying with Web Audio.'],
      ],
      ['Packaging for everyone', [], ['Kubernetes', 'Helm charts']],
      ['Open source governance', [], ['Foundations', 'Charters']],
    ]);
  });
});

describe('a list of talks whose links stand on the lines under each', () => {
  it('reads "+ Name ![photo](…) ~ Title;" over "[slides](…) / [audio](…)" as that talk', () => {
    const { talks } = post(
      '# PyDay Zhuhai 2014',
      '',
      '## 流水',
      '',
      '### PM:',
      '+ 陈立 ![陈立](https://example.org/p1.jpg) ~ 用 Python 生成 Go 代码 ;',
      '    [幻灯](https://example.org/s1.pdf)',
      '    /[录音](https://example.org/a1.mp3)',
      '    - 模板生成代码',
      '+ Ana Ruiz ~ Caching at the edge;',
      '    [slides](https://example.org/s2.pdf)',
      '    - cache keys are product decisions',
    );
    expect(
      talks.map((t) => [t.title, who(t), t.links.map((l) => l.url), t.notes.map((n) => n.text)]),
    ).toEqual([
      [
        '用 Python 生成 Go 代码',
        ['陈立'],
        ['https://example.org/s1.pdf', 'https://example.org/a1.mp3'],
        ['模板生成代码'],
      ],
      [
        'Caching at the edge',
        ['Ana Ruiz'],
        ['https://example.org/s2.pdf'],
        ['cache keys are product decisions'],
      ],
    ]);
  });
});

describe("linked titles of a conference's presentation pages", () => {
  it('reads "- [Title](…/2024/presentations/x.html)" under "1日目" as the talks of that day', () => {
    const { talks } = post(
      '---',
      'title: GemKaigi 2024 参加レポート',
      '---',
      '',
      '## 聞いたセッション',
      '',
      '### 1日目',
      '',
      '- [Writing Odd Ruby](https://gemkaigi.example/2024/presentations/okada.html)',
      '- [A Faster Line Editor](https://gemkaigi.example/2024/presentations/mori.html)',
      '',
      '### 2日目',
      '',
      '- [Shapes of Objects](https://gemkaigi.example/2024/presentations/ueda.html)',
      '- [Parsing, Again](https://gemkaigi.example/2024/presentations/kato.html)',
    );
    expect(talks.map((t) => [t.title, t.day])).toEqual([
      ['Writing Odd Ruby', '1日目'],
      ['A Faster Line Editor', '1日目'],
      ['Shapes of Objects', '2日目'],
      ['Parsing, Again', '2日目'],
    ]);
  });
});

describe("a notes repository's README with its project sections", () => {
  it('reads its table of talks, not "Rodando localmente", "Licença" or "설치 방법" as talks', () => {
    const { talks } = post(
      '# Summit Dev 2024 — anotações',
      '',
      '| Palestra | Palestrante |',
      '|---|---|',
      '| [Arquitetura hexagonal na prática](talks/hexagonal.md) | Ana Souza |',
      '| [Observabilidade com OpenTelemetry](talks/otel.md) | Bruno Lima |',
      '',
      '## Rodando localmente',
      '',
      'Rode `npm install` e depois `npm run dev`.',
      '',
      '## Como contribuir',
      '',
      'Abra um PR com suas anotações.',
      '',
      '## Running locally',
      '',
      'Clone it and serve the folder.',
      '',
      '## 설치 방법',
      '',
      '저장소를 복제하세요.',
      '',
      '## Licença',
      '',
      'MIT',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Arquitetura hexagonal na prática', ['Ana Souza']],
      ['Observabilidade com OpenTelemetry', ['Bruno Lima']],
    ]);
  });
});

describe('a Korean role after the company', () => {
  it('reads "송인서 | 업스테이지 SW엔지니어" as 업스테이지, the role no part of the company', () => {
    const { talks } = post(
      '# 데브그라운드 2025',
      '',
      '### 10:20 ~ 11:00',
      '**LLM 지표 모니터링**  ',
      '한지우 | 솔라웍스 SW엔지니어  ',
      '- 필수 지표',
      '',
      '### 11:10 ~ 11:50',
      '**AI Agent 구현 입문**  ',
      '오세린 | 데이터숲 백엔드 개발자  ',
      '- 개념',
      '',
      '### 13:40 ~ 14:20',
      '**글로벌 시장에서 살아남기**  ',
      '문태오 | 클라우드핀 Founder & CEO  ',
      '- 고객 문제',
    );
    expect(talks.map((t) => [t.time, who(t)])).toEqual([
      ['10:20 ~ 11:00', ['한지우 @ 솔라웍스']],
      ['11:10 ~ 11:50', ['오세린 @ 데이터숲']],
      ['13:40 ~ 14:20', ['문태오 @ 클라우드핀']],
    ]);
  });
});

describe('the talk "of" a person in Romance prose', () => {
  it('names the speaker of "Cette présentation de …", "La conférence de …", "A palestra do …"', () => {
    const { talks } = post(
      '# Riviera Dev 2019',
      '',
      '## Coroutines Kotlin en production',
      '',
      'Cette présentation de Julien Marchetti était très claire.',
      '',
      '- structured concurrency',
      '',
      '## Le futur du JDK',
      '',
      'La conférence de Sophie Bernardin a fait le tour de Valhalla.',
      '',
      '## Observabilidade na prática',
      '',
      'A palestra do Rafael Moura mostrou traces de ponta a ponta.',
      '',
      '## Le cloud souverain',
      '',
      'La conférence de Riviera Dev a eu lieu au Palais.',
      '',
      '- hébergement',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Coroutines Kotlin en production', ['Julien Marchetti']],
      ['Le futur du JDK', ['Sophie Bernardin']],
      ['Observabilidade na prática', ['Rafael Moura']],
      ['Le cloud souverain', []],
    ]);
  });
});

describe("a speaker's full name alone among a talk's first bullets", () => {
  it('reads "- Roman Lindqvist" among "- Length …", "- Language: …" as the speaker', () => {
    const { talks } = post(
      '# JavaDays 2022',
      '',
      '## Scalable backend',
      '- (in original: Škálovatelný backend)',
      '',
      '> "No universal truth about architecture."',
      '- Length 1:00:39, watched on 2022-11-12, **#architecture**',
      '- Roman Lindqvist',
      '- Language: Czech',
      '',
      '### Impression',
      '- context-aware reasoning',
      '',
      '## Patterns for queues',
      '- Kafka Streams',
      '- Length 40:00',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Scalable backend', ['Roman Lindqvist']],
      ['Patterns for queues', []],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).not.toContain('Roman Lindqvist');
  });
});

describe("a Japanese report's own sections", () => {
  it('reads no talk in "## イベント" (its drinkups), "## 企業ブース", "## 初めて参加する方へ"', () => {
    const { talks } = post(
      '---',
      'title: GemKaigi2024参加レポート',
      '---',
      '',
      '## 印象に残ったセッション',
      '',
      '### [Writing Odd Ruby](https://gemkaigi.example/2024/presentations/okada.html)',
      '',
      'Quineの紹介でした。',
      '',
      '## イベント',
      '',
      '### [Shibuya.rb 前夜祭](https://connpass.example/event/1/)',
      '',
      '懇親会で色々な方と話しました。',
      '',
      '### offical after party',
      '',
      'ご飯を食べながら話しました。',
      '',
      '## 企業ブース',
      '',
      'スタンプラリーが楽しかったです。',
      '',
      '## 初めて参加する方へ',
      '',
      '### 予習',
      '',
      '事前勉強会に参加するとよいです。',
    );
    expect(talks.map((t) => t.title)).toEqual(['Writing Odd Ruby']);
  });
});
