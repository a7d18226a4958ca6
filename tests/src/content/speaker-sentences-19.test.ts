import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/**
 * How notes name a talk's speaker in a sentence or on the first line of a paragraph, in English
 * and in Japanese: the person and their company, never the notes' words as a company or a name.
 */

/** One talk whose notes start with `opening`, and a second talk after it. */
const talkWith = (...opening: string[]) =>
  post(
    '# Harbor Conf 2026',
    '',
    '## Scaling the widget pipeline',
    '',
    ...opening,
    '',
    'Queues in front of every stage kept the tail latency flat.',
    '',
    '## Fast builds for everyone',
    '',
    'Remote caching halved the build times.',
  ).talks[0];

describe('a speaker named in a sentence opening the notes', () => {
  it.each([
    ['This is a talk by Kenji Sato of Buildly.'],
    ['A talk by Kenji Sato (Buildly).'],
    ['This talk was given by Kenji Sato from Buildly.'],
    ['This session was presented by Kenji Sato from Buildly. The room was full.'],
  ])('"%s" names the speaker and the company', (line) => {
    expect(who(talkWith(line))).toEqual(['Kenji Sato @ Buildly']);
  });

  it.each([
    ['Kenji Sato of Buildly talked about pipelines.'],
    ['Kenji Sato from Buildly gave this talk.'],
  ])('"%s" does not take the rest of the sentence as the company', (line) => {
    expect(who(talkWith(line))).toEqual(['Kenji Sato @ Buildly']);
  });

  it('keeps a team as a company ("Go team")', () => {
    expect(who(talkWith('*Ana Pereira, Go team*'))).toEqual(['Ana Pereira @ Go team']);
  });

  it('names nobody where a sentence only starts with "by"', () => {
    expect(who(talkWith('By the end of the day everyone was tired.'))).toEqual([]);
  });
});

describe("a speaker on a paragraph's first line, the notes on the lines under it", () => {
  it.each([
    ['Talk by Kenji Sato from Buildly.', ['Kenji Sato @ Buildly']],
    ['Speaker: Kenji Sato', ['Kenji Sato']],
    ['Jane Smith, VP Engineering at Acme Corp', ['Jane Smith @ Acme Corp']],
  ])('"%s" is the speaker and the next line is a note', (line, speakers) => {
    const talk = talkWith(line, 'Builds got fast after the switch.');
    expect(who(talk)).toEqual(speakers);
    expect(talk?.summary).toMatch(/^Builds got fast after the switch\./);
  });

  it('takes no phrase of the notes for a person ("Service Mesh, Istio")', () => {
    const talk = talkWith('Service Mesh, Istio', 'Sidecars everywhere.');
    expect(who(talk)).toEqual([]);
    expect(talk?.summary).toMatch(/^Service Mesh, Istio/);
  });
});

describe('Japanese notes', () => {
  /** A post of one talk under a heading, as a Japanese blog writes it. */
  const japanese = (title: string, ...body: string[]) =>
    post(
      '---',
      'title: "ハーバー会議 2026参加レポート #harborconf"',
      '---',
      '',
      `## ${title}`,
      '',
      ...body,
      '',
      '## 高速ビルド',
      '',
      'リモートキャッシュでビルド時間が半分になりました。',
    );

  it.each([
    [
      'こちらは株式会社ビルドリーの[佐藤健二](https://x.example/kenji)さんによる発表です。',
      '佐藤健二 @ 株式会社ビルドリー',
    ],
    ['こちらはSTORES株式会社のwattanxさんによる発表です。', 'wattanx @ STORES株式会社'],
    ['佐藤健二さん（株式会社ビルドリー）の講演です。', '佐藤健二 @ 株式会社ビルドリー'],
    ['ビルドリーの佐藤さんが登壇されました。', '佐藤 @ ビルドリー'],
    ['佐藤健二さんの発表です。パイプラインの話でした。', '佐藤健二'],
  ])('"%s" names the speaker', (line, speaker) => {
    const { talks } = japanese('パイプラインの拡張', line, 'キューで遅延が安定しました。');
    expect(who(talks[0])).toEqual([speaker]);
  });

  it('names nobody in a sentence about the talk without a person', () => {
    const { talks } = japanese(
      'パイプラインの拡張',
      'この発表では、ビルドの高速化について話されました。',
    );
    expect(who(talks[0])).toEqual([]);
  });

  it('drops "参加レポート" and the hashtag from the event name', () => {
    const { event } = japanese('パイプラインの拡張', 'メモです。');
    expect(event.name).toBe('ハーバー会議 2026');
  });

  it('keeps the full-width marks of a title that names no one', () => {
    const { talks } = japanese(
      '移行戦略：手動 Codemod から『生成 AI 活用』への進化、その先',
      'メモです。',
    );
    expect(talks[0]?.title).toBe('移行戦略：手動 Codemod から『生成 AI 活用』への進化、その先');
  });

  it('reads a "発表資料" sub-section as the talk\'s slides', () => {
    const { talks } = japanese(
      'パイプラインの拡張',
      'メモです。',
      '',
      '### 発表資料',
      '',
      'https://speakerdeck.com/kenji/pipelines',
    );
    expect(kinds(talks[0])).toEqual(['slides']);
  });
});

describe('a sub-section named "Slides" or "Video"', () => {
  it("makes the bare addresses under it the talk's slides and recording", () => {
    const talk = talkWith(
      'Notes.',
      '',
      '### Slides',
      '',
      'https://speakerdeck.com/kenji/pipelines',
      '',
      '### Video',
      '',
      'https://media.example.org/harbor/pipelines',
    );
    expect(talk?.links.map((l) => [l.kind, l.url])).toEqual([
      ['slides', 'https://speakerdeck.com/kenji/pipelines'],
      ['video', 'https://media.example.org/harbor/pipelines'],
    ]);
  });

  it('leaves a longer list of references under "Resources" as see-also', () => {
    const talk = talkWith('Notes.', '', '### Resources', '', '- https://slides.com/kenji/builds');
    expect(kinds(talk)).toEqual(['see-also']);
  });
});
