import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

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
      '演讲人：美团点评 韩东',
      '',
      '## 感想',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['分布式事务的十年演进', ['周明轩 @ 蚂蚁集团']],
      ['向量检索在搜索中的落地', ['林可 @ 字节跳动', '贺川 @ 字节跳动']],
      ['十万台机器的变更管理', ['宋嘉禾 @ 云帆科技']],
      ['日志平台的成本治理', ['韩东 @ 美团点评']],
    ]);
  });
});
