import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21): habits of writing and languages. */

describe('speaker labels and names in Russian, Chinese and Japanese notes', () => {
  it('reads Докладчик: / Докладчики: A и B as the speakers, not as a note', () => {
    const { talks } = post(
      '---',
      'title: "DevBaikal 2025 — заметки"',
      '---',
      '## «Миграции без даунтайма»',
      '',
      'Докладчик: Павел Орлов, «Контур»',
      '',
      'Главное: сначала код, потом схема.',
      '',
      '## «Кэш, который не врёт»',
      '',
      'Докладчики: Анна Белова и Кирилл Зайцев (Озон)',
      '',
      'Инвалидация по событиям, а не по TTL.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Миграции без даунтайма', ['Павел Орлов @ Контур']],
      ['Кэш, который не врёт', ['Анна Белова @ Озон', 'Кирилл Зайцев @ Озон']],
    ]);
    expect(talks[1]?.summary).toBe('Инвалидация по событиям, а не по TTL.');
  });

  it('reads 分享嘉宾： with the role after the company, and a one-character given name', () => {
    const { talks } = post(
      '# 2025 数据库大会 参会笔记',
      '',
      '## 《分布式事务的十个误区》',
      '',
      '分享嘉宾：周杰（星环数据 高级架构师）',
      '',
      '两阶段提交不是银弹。',
      '',
      '## 「ログ基盤の作り直し」',
      '',
      '講演者：山口 翼 さん（クラスメソッド）、Lena Fischer（クラスメソッド）',
      '',
      'Fluent Bit に移行して運用コストが半分になった。',
    );
    expect(talks.map((t) => who(t))).toEqual([
      ['周杰 @ 星环数据'],
      ['山口 翼 @ クラスメソッド', 'Lena Fischer @ クラスメソッド'],
    ]);
    expect(talks[0]?.summary).toBe('两阶段提交不是银弹。');
  });

  it('keeps a sentence after such a word a note', () => {
    const { talks } = post(
      '# DevBaikal 2025',
      '',
      '## Миграции без даунтайма — Павел Орлов (Контур)',
      '',
      'Спикер говорил быстро, но понятно.',
    );
    expect(who(talks[0])).toEqual(['Павел Орлов @ Контур']);
    expect(talks[0]?.summary).toBe('Спикер говорил быстро, но понятно.');
  });
});
