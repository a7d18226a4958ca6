import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21b): titles in CJK brackets. */

describe('titles in 「」, 『』 and 《》', () => {
  it('reads the bracketed title as written, without a count before it', () => {
    const { talks } = post(
      '---',
      'title: "Kotlin Fest 2025 参加レポート"',
      '---',
      '## セッション1：「コルーチン、完全に理解した」',
      '',
      '講演者：森 光（ヤプリ）',
      '',
      'キャンセルは協調的。',
      '',
      '## 『Compose で作る社内ツール』— 石井 美穂（カウシェ）',
      '',
      'ホットリロードが便利。',
      '',
      '## 세션 2. 「코틀린 멀티플랫폼, 2년 후」',
      '',
      '발표자: 한지민 님 (뱅크샐러드)',
      '',
      '공유 코드가 70%.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['コルーチン、完全に理解した', ['森 光 @ ヤプリ']],
      ['Compose で作る社内ツール', ['石井 美穂 @ カウシェ']],
      ['코틀린 멀티플랫폼, 2년 후', ['한지민 @ 뱅크샐러드']],
    ]);
  });

  it('keeps a full-width colon inside 《》 and reads the kind after a Chinese ordinal', () => {
    const { talks } = post(
      '# 2025 前端技术大会 笔记',
      '',
      '## 一、主题演讲：《前端十年：从框架到平台》',
      '',
      '讲师：吴迪（字节跳动）',
      '',
      '平台化是下一步。',
      '',
      '## 二、《构建工具的下一代》',
      '',
      '讲师：郑洁（阿里巴巴）',
      '',
      'Rust 写的工具越来越多。',
    );
    expect(talks.map((t) => [t.title, t.kind])).toEqual([
      ['前端十年：从框架到平台', 'Keynote'],
      ['构建工具的下一代', undefined],
    ]);
  });

  it('reads a list of 「Title」— Name under LT大会 as lightning talks', () => {
    const { talks } = post(
      '# Kotlin Fest 2025',
      '',
      '## 「Gradle の設定を減らす」',
      '',
      '講演者：森 光（ヤプリ）',
      '',
      'Version catalog を使う。',
      '',
      '## LT大会',
      '',
      '- 「detekt のカスタムルール」— 大野 蓮',
      '- 「Kotlin で書く CLI」— 川口 ゆい（個人）',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Gradle の設定を減らす', ['森 光 @ ヤプリ'], undefined],
      ['detekt のカスタムルール', ['大野 蓮'], 'Lightning talk'],
      ['Kotlin で書く CLI', ['川口 ゆい'], 'Lightning talk'],
    ]);
  });
});
