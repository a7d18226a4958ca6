import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (session 23), written again with invented talks and people: recaps whose
 * sections are about the event (its venue, organisation, the author's verdicts), in English,
 * Portuguese, Norwegian and Korean; and a bold title over a "Speaker:" line in one bullet.
 */

const titles = (parsed: ReturnType<typeof post>) => parsed.talks.map((t) => t.title);

describe("a recap's sections about the event itself", () => {
  it('reads no talk from a Portuguese recap of the venue, the breaks and the organisation', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      'Este ano fui à Fjordconf. Quero contar como foi.',
      '',
      '## Sobre o evento em geral',
      '',
      '### Local',
      '',
      'O centro de convenções era perto do metrô e tinha bastante espaço.',
      '',
      '### Intervalos / Comida / Café',
      '',
      'Sempre havia café e água entre as palestras.',
      '',
      '## As palestras',
      '',
      'O público era bem sênior e as trilhas eram muito boas.',
      '',
      '## Palestrantes',
      '',
      'Os palestrantes estavam acessíveis durante todo o evento.',
      '',
      '## Organização',
      '',
      'A recepção dos inscritos foi rápida, quase não havia filas.',
    );
    expect(titles(parsed)).toEqual([]);
  });

  it("leaves out an English essay's verdicts and themes, and keeps its talks", () => {
    const parsed = post(
      '# Fjordconf 2026 takeaways',
      '',
      '## Common themes',
      '',
      '### Platform teams',
      'Everyone talked about paved roads.',
      '',
      '### Data products',
      'Data as a product was everywhere.',
      '',
      '## Most inspiring talks',
      '',
      '### Queues by default by _Ola Nord (Acme)_',
      'Backpressure first.',
      '',
      '### Caches that forget by _Bo Sten_',
      'Eviction is a feature.',
      '',
      '## Pleasant surprises',
      '',
      'The sponsored track was actually good.',
      '',
      '## Disappointments',
      '',
      'The big rooms were far too full.',
      '',
      '## Conference experience',
      '',
      'The food was great and the venue near the river.',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nord @ Acme']],
      ['Caches that forget', ['Bo Sten']],
    ]);
  });

  it('takes no topic from a heading that only praises the talks under it', () => {
    const parsed = post(
      '# Fjordconf 2026 takeaways',
      '',
      '## Most inspiring talks',
      '',
      '### Queues by default by _Ola Nord (Acme)_',
      'Backpressure first.',
      '',
      '## Security',
      '',
      '### Zero trust at home by _Ana Lee_',
      'Start small.',
      '',
      '## Other interesting sessions',
      '',
      '### Fast builds by _Kai Moe_',
      'Cache it.',
    );
    expect(parsed.talks.map((t) => [t.title, t.topic ?? '-'])).toEqual([
      ['Queues by default', '-'],
      ['Zero trust at home', 'Security'],
      ['Fast builds', '-'],
    ]);
  });

  it('leaves out Norwegian and Korean sections about the event and the verdict', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Hva ble det pratet om?',
      '',
      'Konferansen hadde en god blanding av myke og harde foredrag.',
      '',
      '## Lokalet',
      '',
      'Det var trangt, men kaffen var god.',
      '',
      '## 행사 소개',
      '',
      '올해 처음 열린 행사였습니다.',
      '',
      '## 느낀 점',
      '',
      '다음에도 참가하고 싶습니다.',
      '',
      '## PS: Fjordconf 2027',
      '',
      'Neste år er den i Bergen.',
    );
    expect(titles(parsed)).toEqual([]);
  });
});

describe('a bold title over a "Speaker:" line in one bullet', () => {
  it('is a talk by that speaker, with the lines after as its notes', () => {
    const parsed = post(
      '# Reflections on Fjordconf 2026',
      '',
      '## Talks I Attended and Really Liked',
      '',
      '- **Queues by default**  ',
      '  Speaker: Ola Nord  ',
      '  Key takeaways:',
      '  - Backpressure first',
      '',
      '- **Caches that forget**',
      '  Speaker: Bo Sten (Acme)',
      '  Key takeaways:',
      '    - Eviction matters',
      '',
      '## New Open Source Tools I Want to Try',
      '',
      '- [quill](https://example.com/quill) - a queue library',
      '',
      '## Conference Experience',
      '',
      'The venue was great.',
    );
    expect(parsed.talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Queues by default', ['Ola Nord'], 'Backpressure first.'],
      ['Caches that forget', ['Bo Sten @ Acme'], 'Eviction matters.'],
    ]);
  });

  it("keeps a bold title over a plain note as no talk of that note's words", () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Talks',
      '',
      '- **Queues by default**',
      '  Ola Nord was great on stage.',
      '',
      '- **Caches that forget**',
      '  Bo Sten showed eviction.',
    );
    expect(parsed.talks.flatMap((t) => t.speakers.map((s) => s.name))).not.toContain(
      'Ola Nord was great on stage',
    );
  });
});

describe("a Japanese report's addendum and overall verdict, and a subtitle in parentheses", () => {
  it('leaves out 追記 (addendum) with its room videos, and 総括 (overall)', () => {
    const parsed = post(
      '# フィヨルドカンファレンス2026 参加レポート',
      '',
      '## キューの設計論',
      '',
      '@[card](https://speakerdeck.com/example/queues)',
      '',
      'バックプレッシャーの話でした。',
      '',
      '## 追記（2026/09/24）',
      '',
      '### RoomA',
      '',
      '@[card](https://youtu.be/HqmZmqVROzM)',
      '',
      '## 総括',
      '',
      'とても楽しめました。',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['キューの設計論']);
  });

  it('keeps "(부제: …)" and "(subtitle: …)" in the title, never as a company or a speaker', () => {
    const parsed = post(
      '# 2026 참관 후기',
      '',
      '## 캐시 이야기 (부제: 워커로 성능 올리기)',
      '',
      '- 오프스크린 캔버스',
      '',
      '## Queues by default (subtitle: why backpressure matters)',
      '',
      '- bounded queues',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['캐시 이야기 (부제: 워커로 성능 올리기)', []],
      ['Queues by default (subtitle: why backpressure matters)', []],
    ]);
  });
});

describe('the people the author talked to, a heading each, under "Discussions"', () => {
  it('are no talks, and the talks above stay', () => {
    const parsed = post(
      '# Fjordconf 2026 Report',
      '',
      '# Day 1',
      '',
      '## Queues by default by Ola Nord',
      '',
      'Backpressure first.',
      '',
      '# Discussions',
      '',
      '## Bo Sten & Anna Lind',
      '',
      'We talked about caches between the talks.',
      '',
      '## Kari Holm',
      '',
      '- she had a baby too',
      '',
      '## 全体的な感想',
      '',
      'とても楽しかった。',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nord']],
    ]);
  });
});

describe("a Korean review's way there, event zone, opening and Q&A", () => {
  it('are no talks: 찾아가는길, 이벤트존, 오프닝, 질문답변', () => {
    const parsed = post(
      '# 피오르콘 2026 후기',
      '',
      '## 찾아가는길',
      '',
      '코엑스에서 열렸습니다.',
      '',
      '## 이벤트존',
      '',
      '스탬프를 모으면 선물을 받습니다.',
      '',
      '## 오프닝',
      '',
      '대표님의 인사말이 있었습니다.',
      '',
      '## 큐는 데이터베이스가 아니다 - 김민수',
      '',
      '- 백프레셔가 먼저',
      '',
      '## 캐시가 잊는 법 - 박지훈',
      '',
      '- 만료 정책',
      '',
      '### 질문답변',
      '',
      '질문: 테스트는 어떻게 했나요?',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual([
      '큐는 데이터베이스가 아니다',
      '캐시가 잊는 법',
    ]);
  });
});
