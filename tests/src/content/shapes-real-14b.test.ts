import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R14), written again with invented talks and people: Korean and
 * Japanese reports that head each day with its date ("3월 1일", "5月21日（水）") or "当日", and a
 * Korean sentence after a talk's dash that is its summary, not its speaker.
 */

describe('days headed by a Korean or Japanese date', () => {
  it("reads each day's list of linked talks, on that date", () => {
    const parsed = post(
      '---',
      'title: "Hanbit Dev 2026 참관기"',
      'date: 2026-05-23',
      '---',
      '',
      '## 5월 21일',
      '',
      '- [Typed queues](https://hanbit.example/2026/#queues) [[slide](https://slides.example/queues)] - 큐 설계를 소개.',
      '- [Borrowed time](https://hanbit.example/2026/#leases) - 리스의 동작을 알려주고, 팁 소개.',
      '',
      '## 5월 22일',
      '',
      '- [Caches that forget](https://hanbit.example/2026/#caches) - 캐시 이야기.',
    );
    expect(parsed.talks.map((t) => [t.title, t.day, t.date])).toEqual([
      ['Typed queues', '5월 21일', '2026-05-21'],
      ['Borrowed time', '5월 21일', '2026-05-21'],
      ['Caches that forget', '5월 22일', '2026-05-22'],
    ]);
    expect(parsed.talks.map((t) => t.topic)).not.toContain('5월 21일');
  });

  it('takes "2026年5月21日（木）" and "当日" as days, not topics', () => {
    const parsed = post(
      '# Fjord PHP 2026 参加レポート',
      '',
      '## 2026年5月21日（木）',
      '',
      '### [型で守るモジュール](https://speakerdeck.example/a/modules)',
      '- 境界が大事',
      '',
      '## 当日',
      '',
      '### [配列の内側](https://speakerdeck.example/b/arrays)',
      '- packed array',
    );
    expect(parsed.talks.map((t) => [t.title, t.day, t.topic])).toEqual([
      ['型で守るモジュール', '2026年5月21日（木）', undefined],
      ['配列の内側', '当日', undefined],
    ]);
    expect(parsed.talks[0]?.date).toBe('2026-05-21');
  });
});

describe('a Korean sentence after a dash', () => {
  it('is no speaker', () => {
    const parsed = post(
      '## Day 1',
      '',
      '- [Borrowed time](https://hanbit.example/2026/#leases) - 리스의 동작을 알려주고, 확장을 통해 팁 소개.',
      '- [Typed queues](https://hanbit.example/2026/#queues) - 큐 설계를 소개.',
    );
    expect(parsed.talks.map((t) => [t.title, t.speakers.length])).toEqual([
      ['Borrowed time', 0],
      ['Typed queues', 0],
    ]);
  });
});
