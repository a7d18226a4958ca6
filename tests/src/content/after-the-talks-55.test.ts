import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post whose last section tells what the day held once the talks were over ("### 化学実験"
 * over "すべての発表が終わったあとは，実験室に移動して…"): it was read as a talk. Invented event,
 * talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'fjordconf-ja.md', 'x');

describe('a section on what followed the talks', () => {
  it('is no talk, in Japanese', () => {
    const { talks } = read(
      '# フィヨルドカンファレンス 2031 に参加しました',
      '',
      '### 型のある世界',
      '',
      '登壇者: 山田花子',
      '',
      '型でバグを減らす話でした．',
      '',
      '### 化学実験',
      '',
      '(写真: 友人)',
      '',
      'スペシャル企画！すべての発表が終わったあとは，講堂から実験室に移動して，実験を楽しみました！',
      '',
      '### 自分の Lightning Talks',
      '',
      '「小さな愛」というテーマでお話しました．',
    );
    expect(talks.map((t) => t.title)).not.toContain('化学実験');
    expect(talks.map((t) => t.title)).toContain('型のある世界');
  });

  /** A day with one talk, then the section whose heading and first line are given. */
  const day = (heading: string, line: string) =>
    read(
      '# Fjordconf 2031',
      '',
      '## Typed workers',
      '',
      'Speaker: Ada Lund',
      '',
      'Workers with types, and why it matters.',
      '',
      heading,
      '',
      line,
    ).talks.map((t) => t.title);

  it('is no talk, in English', () => {
    expect(
      day(
        '## The glassworks',
        'After all the talks were over we walked to the old glassworks and blew a bottle each.',
      ),
    ).toEqual(['Typed workers']);
  });

  it('keeps a talk whose notes open after the other talks', () => {
    expect(
      day(
        '## Closing keynote: The glassworks - Ola Brandt',
        'After all the talks were over, Ola closed the day with glass and software.',
      ),
    ).toEqual(['Typed workers', 'The glassworks']);
  });
});
