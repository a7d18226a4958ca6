import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (session 24), written again with invented talks and people: a Korean
 * recap's talks whose sub-headings are their parts, a lone "Product: 제목" heading, two speakers
 * of one family, and an unlinked "Keynote by Name! [recording](…)" in a day's list of talks.
 */

const read = (parsed: ReturnType<typeof post>) => parsed.talks.map((t) => [t.title, who(t)]);

describe('a Korean recap whose ## talks open with whose talk it is', () => {
  it('reads the ## headings as talks, their ### headings as parts, the person as speaker', () => {
    const parsed = post(
      '# 데브페스트 2025 후기',
      '',
      '## 찾아가는길',
      '',
      '행사는 부산 벡스코에서 열렸습니다.',
      '',
      '## 작은 팀의 관측 가능성 이야기',
      '',
      '모니터링 블로그로 알려진 Fjordlog 박서연님의 발표 입니다.',
      '',
      '### 1년차. 로그만 있던 시절',
      '',
      '- 알림이 너무 많았다.',
      '',
      '### 2년차. 트레이싱 도입',
      '',
      '- 샘플링 비율을 정했다.',
      '',
      '## 모놀리스를 쪼개지 않는 용기',
      '',
      '발표는 지훈님이 해 주셨습니다.',
      '',
      '### 시즌1',
      '',
      '모듈 경계부터 정했다.',
      '',
      '### 시즌2',
      '',
      '배포 파이프라인을 하나로 합쳤다.',
    );
    expect(read(parsed)).toEqual([
      ['작은 팀의 관측 가능성 이야기', ['박서연 @ Fjordlog']],
      ['모놀리스를 쪼개지 않는 용기', ['지훈']],
    ]);
    expect(parsed.talks[1]?.summary).toContain('배포 파이프라인');
  });

  it('keeps a heading over talks a group when its opening names no talk of a person', () => {
    const parsed = post(
      '# 데브페스트 2025 후기',
      '',
      '## 백엔드 트랙',
      '',
      '백엔드 트랙은 사람이 많았습니다.',
      '',
      '### 큐 없이 버티기 - 이도윤',
      '',
      '- 재시도는 지수적으로.',
      '',
      '### 캐시가 잊는 법 - 최하린',
      '',
      '- TTL은 짧게.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['큐 없이 버티기', '캐시가 잊는 법']);
  });
});

describe('a lone "X: Y" heading', () => {
  it('stays a title where X is what the notes are about, not a person', () => {
    const parsed = post(
      '# 데브페스트 2025',
      '',
      '## Jetpack Compose: 한 달 만에 관리자 화면 만들기',
      '',
      '- Jetpack Compose?',
      '    - 하나의 코드로 웹과 앱을 만든다',
      '',
      '## 캔버스 성능 이야기',
      '',
      '- OffscreenCanvas 소개',
    );
    expect(read(parsed)).toEqual([
      ['Jetpack Compose: 한 달 만에 관리자 화면 만들기', []],
      ['캔버스 성능 이야기', []],
    ]);
  });

  it('names a person whose given name opens it, told of in the notes', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Sarah Lindqvist: Queues by default',
      '',
      '- Sarah showed backpressure everywhere.',
      '',
      '## Caches that forget',
      '',
      '- TTLs.',
    );
    expect(read(parsed)).toEqual([
      ['Queues by default', ['Sarah Lindqvist']],
      ['Caches that forget', []],
    ]);
  });
});

describe('two speakers of one family named once', () => {
  it('reads "by Anna & Lars Berg" as Anna Berg and Lars Berg', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Day 1',
      '',
      '### Token pipelines by Anna & Lars Berg',
      '',
      'Siblings on stage.',
      '',
      '### Queues by default by Per Aune',
      '',
      'Backpressure.',
    );
    expect(read(parsed)).toEqual([
      ['Token pipelines', ['Anna Berg', 'Lars Berg']],
      ['Queues by default', ['Per Aune']],
    ]);
  });

  it('leaves "Design & Build Systems" a title', () => {
    const parsed = post('# Fjordconf 2026', '', '## Talks by Design & Build Systems', '', 'Notes.');
    expect(parsed.talks[0]?.speakers).toEqual([]);
  });
});

describe('an unlinked "Keynote by Name" in a day\'s list of linked talks', () => {
  it('is a keynote by that person, its recording the video, the words after it its notes', () => {
    const parsed = post(
      '# Fjordconf 2026 notes',
      '',
      '## Day 1:',
      '1. Keynote by Kjell! [recording](https://youtu.be/abc123)',
      '2. [Queues by default](https://fjordconf.example/program#session-701)',
      '3. [Caches that forget](https://fjordconf.example/program#session-702) Great demo.',
      '4. Keynote by Ingrid Solberg [recording](https://youtu.be/def456) About [care](https://care.example/) at work.',
    );
    expect(read(parsed)).toEqual([
      ['Keynote', ['Kjell']],
      ['Queues by default', []],
      ['Caches that forget', []],
      ['Keynote', ['Ingrid Solberg']],
    ]);
    const last = parsed.talks[3];
    expect(last?.links.map((l) => [l.kind, l.url])).toEqual([['video', 'https://youtu.be/def456']]);
    expect(last?.summary).toContain('About care at work');
    expect(parsed.talks[0]?.kind).toBe('Keynote');
  });

  it('keeps "Refactoring by Example" a linked title, no keynote', () => {
    const parsed = post(
      '# Fjordconf 2026 notes',
      '',
      '## Day 1:',
      '1. Lunch by the sea',
      '2. [Queues by default](https://fjordconf.example/program#session-701)',
      '3. [Caches that forget](https://fjordconf.example/program#session-702)',
    );
    expect(read(parsed)).toEqual([
      ['Queues by default', []],
      ['Caches that forget', []],
    ]);
  });
});
