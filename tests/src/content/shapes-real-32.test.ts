import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';
import { post, who } from './shape-fixture.ts';

const folder = contentFolder('qcon-real-32-');

/** Round r32: shapes of real notes posts the bot had never seen. */

describe('a talk heading with its speakers in a heading under it', () => {
  it('reads "## Title" over "### Name" as the talk and its speakers, not a talk named by a person', () => {
    const { talks } = post(
      '# Beacon Summit 2024 Day 1',
      '',
      '## Contents',
      '',
      '* [Parsing JSON in Zig](#parsing-json-in-zig)',
      '* [Mapping the Ocean Floor with Drones](#mapping-the-ocean-floor-with-drones)',
      '* [Teaching Kids to Solder](#teaching-kids-to-solder)',
      '* [What Broke When We Went Multi-Region](#what-broke-when-we-went-multi-region)',
      '',
      '## Parsing JSON in Zig',
      '### [Tomasz Wilk](https://twitter.com/@twilk)',
      '',
      '* comptime is the trick',
      '* no allocator in the hot path',
      '',
      '## Mapping the Ocean Floor with Drones',
      '### Hana Sato & Luis Ortega',
      '',
      '![the drone](pics/drone.png)',
      '',
      '* sonar every 4 metres',
      '',
      '## Teaching Kids to Solder',
      '### Greta Holm',
      '',
      '* start with a blinking LED',
      '',
      '## What Broke When We Went Multi-Region',
      '### [Omar Haddad](https://example.org/omar)',
      '',
      '* DNS, always DNS',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Parsing JSON in Zig', ['Tomasz Wilk']],
      ['Mapping the Ocean Floor with Drones', ['Hana Sato', 'Luis Ortega']],
      ['Teaching Kids to Solder', ['Greta Holm']],
      ['What Broke When We Went Multi-Region', ['Omar Haddad']],
    ]);
  });

  it('keeps a post that goes person by person: "## Name" over "### Their talk"', () => {
    const { talks } = post(
      '# Beacon Summit 2024',
      '',
      '## Tomasz Wilk',
      '### Parsing JSON in Zig',
      '',
      '* comptime is the trick',
      '',
      '## Hana Sato',
      '### Mapping the Ocean Floor with Drones',
      '',
      '* sonar every 4 metres',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Parsing JSON in Zig', ['Tomasz Wilk']],
      ['Mapping the Ocean Floor with Drones', ['Hana Sato']],
    ]);
  });
});

describe('a Chinese recap: bold titles over "演讲人：" lines, under topic headings', () => {
  it('reads each bold title as a talk, its speaker and the company written before the name', () => {
    const { talks } = post(
      'Title: 架构师峰会2023见闻',
      'Date: 2023-06-02',
      '',
      '## 技术',
      '',
      '#### 数据库',
      '',
      '**分布式事务的十年演进**',
      '',
      '演讲人：蚂蚁集团 周明轩',
      '',
      '- 两阶段提交的代价',
      '',
      '------',
      '',
      '**向量检索在搜索中的落地**',
      '',
      '演讲人：字节跳动 林可、贺川',
      '',
      '- 召回率与延迟的平衡',
      '',
      '#### 运维',
      '',
      '**十万台机器的变更管理**',
      '',
      '演讲人：云帆科技联合创始人 宋嘉禾',
      '',
      '- 灰度发布是底线',
      '',
      '------',
      '',
      '**日志平台的成本治理**',
      '',
      '演讲人：美团 韩东',
      '',
      '## 感想',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['分布式事务的十年演进', ['周明轩 @ 蚂蚁集团']],
      ['向量检索在搜索中的落地', ['林可 @ 字节跳动', '贺川 @ 字节跳动']],
      ['十万台机器的变更管理', ['宋嘉禾 @ 云帆科技']],
      ['日志平台的成本治理', ['韩东 @ 美团']],
    ]);
  });
});

describe('a talk heading over an embedded recording or post only', () => {
  it('keeps "## Title - Name" over a tweet of the talk, and a title over its YouTube player', () => {
    const { talks } = post(
      '# Testfest Lisboa 2024',
      '',
      '## Mutation testing for skeptics - Rita Lobo',
      'Su twitter [@ritalobo](https://twitter.com/ritalobo), nos habló de mutantes.',
      '',
      '## Flaky tests are a product problem - Jonas Berg',
      '<center><blockquote class="twitter-tweet"><p lang="en">Jonas on flaky tests <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Ana (@ana) <a href="https://twitter.com/ana/status/1">9 de noviembre de 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></center>',
      '',
      '## Contract tests at the edge',
      '',
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc123XYZ" frameborder="0" allowfullscreen></iframe>',
      '',
      '## All the recordings',
      '',
      '<iframe src="https://www.youtube.com/embed/videoseries?list=PL123" frameborder="0"></iframe>',
    );
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind)])).toEqual([
      ['Mutation testing for skeptics', ['Rita Lobo'], ['see-also']],
      ['Flaky tests are a product problem', ['Jonas Berg'], []],
      ['Contract tests at the edge', [], ['video']],
    ]);
  });

  it("reads a docs site's <Video src> component as the talk's recording", async () => {
    const page = (title: string, who: string, id: string) =>
      [
        '---',
        'sidebar_position: 3',
        '---',
        '',
        "import Video from '@site/src/components/Video';",
        '',
        `# ${title}`,
        '',
        'Most of it was live coding.',
        '',
        `<Speaker name='${who}' position='Staff Engineer at Fila' />`,
        '',
        `<Video src="https://www.youtube.com/embed/${id}" />`,
        '',
        '## Notes',
        '',
        '* invalidate on write',
      ].join('\n');
    await folder.write({
      'hexconf2023/docs/day-one/caching.mdx': page(
        'Caching Without Tears',
        'Ana Prado',
        'q9Zt0pQ1',
      ),
      'hexconf2023/docs/day-two/queues.mdx': page('Queues at the Edge', 'Rui Costa', 'r7Yu2mW4'),
    });
    const { library } = await loadContent(folder.dir);
    const links = library.talks.map((t) => [t.title, t.links.map((l) => [l.kind, l.url])]);
    expect(links.sort()).toEqual([
      ['Caching Without Tears', [['video', 'https://www.youtube.com/watch?v=q9Zt0pQ1']]],
      ['Queues at the Edge', [['video', 'https://www.youtube.com/watch?v=r7Yu2mW4']]],
    ]);
  });
});

describe('a Japanese report naming the speaker after the sentence opens', () => {
  it('leaves the words before the topic particle out of the name: "今年はKenさんの…"', () => {
    const { talks } = post(
      '---',
      'title: "GoConf2025参加レポート"',
      '---',
      '',
      '## 印象に残ったセッション',
      '',
      '### [Generics in Practice](https://example.org/2025/talks/generics)',
      '',
      'ジェネリクスの実践的な使い方の紹介でした。',
      '',
      '### [Closing Keynote](https://example.org/2025/talks/keynote)',
      '',
      '今年はKen Moriさんのキーノートが最後でした。とても楽しかったです。',
      '',
      '### [Profiling at Scale](https://example.org/2025/talks/pprof)',
      '',
      'これまでは山本さんの発表を動画で見ていましたが、現地で聞けて良かったです。',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Generics in Practice', []],
      ['Closing Keynote', ['Ken Mori']],
      ['Profiling at Scale', ['山本']],
    ]);
  });
});
