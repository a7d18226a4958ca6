import { describe, expect, it } from 'vitest';
import { fileLanguage } from '../../../src/content/event-facts.ts';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post } from './shape-fixture.ts';

/**
 * The event a post is about, from titles that name it among the post's own words in forms the
 * title readings did not know, or that name none at all. Invented posts.
 */
describe('the conference inside the post’s words', () => {
  it('keeps the name in Latin letters before Japanese, Chinese or Korean words of the post', () => {
    expect(conferenceName('Lantern Summit 2019に参加しました')).toBe('Lantern Summit 2019');
    expect(conferenceName('KiteConf 2018 北京 参会笔记')).toBe('KiteConf 2018');
    expect(conferenceName('【参加レポート】Harbor I/O 2021')).toBe('Harbor I/O 2021');
    expect(conferenceName('FjordKaigiに行ってきました')).toBe('FjordKaigi');
    expect(conferenceName('KiteConf 深圳 2024 参会笔记')).toBe('KiteConf 深圳 2024');
  });

  it('leaves a title about a subject, in those scripts, as it is', () => {
    expect(conferenceName('React Native 入門')).toBe('React Native 入門');
    expect(conferenceName('Go言語の話')).toBe('Go言語の話');
    expect(conferenceName('【メモ】React Native')).toBe('【メモ】React Native');
  });

  it('reads the author’s pick of a conference’s talks', () => {
    expect(conferenceName('Some of my favourite PebbleCon UK talks')).toBe('PebbleCon UK');
    expect(conferenceName('My top 5 QuillConf talks')).toBe('QuillConf');
    expect(conferenceName('The best Harbor Summit 2022 sessions')).toBe('Harbor Summit 2022');
    expect(conferenceName('My favourite talks')).toBe('My favourite talks');
    expect(conferenceName('My top 5 Rust talks')).toBe('My top 5 Rust talks');
    expect(conferenceName('Some of my favourite JavaScript talks')).toBe(
      'Some of my favourite JavaScript talks',
    );
  });

  it('drops "Retro" after the conference, and leaves a team’s or a sprint’s retro', () => {
    expect(conferenceName('PebbleCon UK Retro')).toBe('PebbleCon UK');
    expect(conferenceName('KiteConf 2019 Retrospective')).toBe('KiteConf 2019');
    expect(conferenceName('Team Retro')).toBe('Team Retro');
    expect(conferenceName('Sprint Review')).toBe('Sprint Review');
    expect(conferenceName('Weekly Notes')).toBe('Weekly Notes');
  });

  it('reads the author’s part in it, and how it went, in several languages', () => {
    expect(conferenceName('Speaking at KiteConf 2023')).toBe('KiteConf 2023');
    expect(conferenceName('Presenting at Harbor Summit 2024')).toBe('Harbor Summit 2024');
    expect(conferenceName('Como foi participar do PHP Lagoa 2018')).toBe('PHP Lagoa 2018');
    expect(conferenceName('Cómo fue mi paso por la PyConMar 2019')).toBe('PyConMar 2019');
    expect(conferenceName('Ma participation au BreizhKite 2019')).toBe('BreizhKite 2019');
    expect(conferenceName('Mein Besuch auf der JavaFjord 2024')).toBe('JavaFjord 2024');
    expect(conferenceName('Speaking at scale')).toBe('Speaking at scale');
  });

  it('reads "After" a conference, not "After" anything', () => {
    expect(conferenceName('After Lantern Trends conference…')).toBe('Lantern Trends');
    expect(conferenceName('After KiteConf EU 2019')).toBe('KiteConf EU 2019');
    expect(conferenceName('After Dark')).toBe('After Dark');
    expect(conferenceName('After the storm')).toBe('After the storm');
  });
});

describe('a title that names no event', () => {
  const talk = ['', '## Tracing without tears', '', 'Ana Lobo showed spans end to end.'];

  it('does not make a date the event: the opening’s conference, or the file, names it', () => {
    expect(
      post('# Wednesday, 24 July 2024', '', 'Breakfast, then the venue.', ...talk).event.name,
    ).toBe('post');
    expect(post('# Feb 9 2017', '', 'Our monthly meetup.', ...talk).event.name).toBe('post');
    expect(
      post('# Thursday, 25 July 2024', '', 'Day two of Maple Summit 2024 began early.', ...talk)
        .event.name,
    ).toBe('Maple Summit 2024');
  });

  it('names the event its description or opening names when the title is the post’s own words', () => {
    const accepted = post(
      '---',
      'title: Accepted Talks',
      'description: Accepted talks for PyBayou 2024.',
      '---',
      ...talk,
    );
    expect(accepted.event.name).toBe('PyBayou 2024');
    expect(
      post('# Recommended Conference Talks', '', 'Talks I watched and liked.', ...talk).event.name,
    ).toBe('Recommended Conference Talks');
  });
});

describe('the language of notes that write names and titles in Latin letters', () => {
  it('tells Japanese notes by their kana though most letters are Latin', () => {
    const notes = [
      '+++',
      'title = "Harbor I/O 2021に参加しました"',
      '+++',
      '',
      '## Building Apps with Compose',
      '',
      '- Compose Multiplatform の紹介。Android と iOS で UI を共有できるようになった。',
      '- LazyColumn のパフォーマンス改善について説明があった。',
      '',
      '## What’s new in Kotlin Coroutines',
      '',
      '- Flow と StateFlow の使い分け、structured concurrency の話。',
      '- Dispatchers.IO を使うべき場面と、使ってはいけない場面のデモ。',
      '',
      '## Material Design Update',
      '',
      '- Material You の dynamic color をアプリに取り入れる方法。',
    ].join('\n');
    expect(fileLanguage(notes)).toBe('ja');
  });

  it('leaves English notes that quote a Japanese title in English', () => {
    const notes = [
      '# Harbor I/O 2021',
      '',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `## Talk ${i + 1}\n\nThe speaker walked us through the design of the system and the trade-offs they made along the way, with a demo.`,
      ),
      '',
      '## 「Compose で作る UI」',
      '',
      'A talk given in Japanese, with English slides.',
    ].join('\n');
    expect(fileLanguage(notes)).toBe('en');
  });
});

describe('links a blog engine writes', () => {
  it('gives an embedded player’s video as its page, from where it started', () => {
    const { talks } = post(
      '# Maple Summit 2024',
      '',
      '## Tracing without tears',
      '',
      '<iframe width="480" height="270" src="https://www.youtube.com/embed/ab12CD34ef?start=4636&feature=oembed" frameborder="0"></iframe>',
      '',
      '## Queues at the edge',
      '',
      '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640"></iframe>',
    );
    expect(talks.map((t) => [t.title, t.links.map((l) => [l.kind, l.url])])).toEqual([
      ['Tracing without tears', [['video', 'https://www.youtube.com/watch?v=ab12CD34ef&t=4636s']]],
      ['Queues at the edge', [['video', 'https://vimeo.com/76979871']]],
    ]);
  });

  it('does not take a glossary page the blog linked a word to for the talk’s page', () => {
    const { talks } = post(
      '# Harbor I/O 2021',
      '',
      '## [keynote](http://d.hatena.ne.jp/keyword/keynote)',
      '',
      '- 新しいデバイスの発表があった。',
      '- [Android](http://d.hatena.ne.jp/keyword/Android) の新機能のデモ。',
    );
    expect(talks.map((t) => [t.title, t.links])).toEqual([['keynote', []]]);
  });
});
