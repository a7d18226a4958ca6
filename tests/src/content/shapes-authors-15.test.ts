import { describe, expect, it } from 'vitest';
import { conferenceName, conferencePlace } from '../../../src/content/event-name.ts';
import { headingName, isPostSection } from '../../../src/content/section-names.ts';
import { kinds, post, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (15): each post invented for these tests. */

describe('the conference in a title that says more than the post', () => {
  it.each([
    [
      'Awesome FjordCon EU 2025 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)',
      'FjordCon EU 2025',
    ],
    ['Awesome FjordCon EU 2025 Awesome', 'FjordCon EU 2025'],
    ['Announcing the BergenConf Tromsø 2025 programme', 'BergenConf Tromsø 2025'],
    ['Announcing: the LakeDays 2026 line-up', 'LakeDays 2026'],
    ['[Recap] PyFjord 2025 — what I saw (long post, sorry)', 'PyFjord 2025'],
    ['[Trip report] Devoxx Poland 2025', 'Devoxx Poland 2025'],
    ['HANSCON 2025 참관 후기', 'HANSCON 2025'],
    ['HANSCON 2025 참가기', 'HANSCON 2025'],
    ['Prairie-ish: my day-by-day at Plains DevFest 2025', 'Plains DevFest 2025'],
    [
      'Three days, two coffees and one outage from the Nordic Rust Summit 2025',
      'Nordic Rust Summit 2025',
    ],
    ['ClusterCon EU 2025 (Leeds, 1–4 April): what our team learned', 'ClusterCon EU 2025'],
    ['Conference attendance report — Q3 budget (StreamWeek Bremen 2025)', 'StreamWeek Bremen 2025'],
    ['Conference attendance report: OpsCon Asia/Pacific 2025', 'OpsCon Asia/Pacific 2025'],
    ['Trip report: Craft Budapest 2025', 'Craft Budapest 2025'],
  ])('%s → %s', (title, name) => {
    expect(conferenceName(title)).toBe(name);
  });

  it.each([
    'Awesome Go',
    'Change log',
    'Part 2: the hard parts',
    'Cloud Native at Scale 2024',
    'Running Kafka at Scale 2024',
    '[WIP] Rust for the impatient',
    'Hidden agenda',
    'Introducing the Rust 2024 edition',
    'Notes (Berlin)',
  ])('keeps "%s" as it is', (title) => {
    expect(conferenceName(title)).toBe(title);
  });

  it('reads the place from "(Leeds, 1–4 April)" after the year', () => {
    expect(conferencePlace('ClusterCon EU 2025 (Leeds, 1–4 April): what our team learned')).toBe(
      'Leeds',
    );
    const { event } = post(
      '---',
      'title: "ClusterCon EU 2025 (Leeds, 1–4 April): what our team learned"',
      '---',
      '',
      '## Gateway API is boring now — Kenji Mori (Tidewell)',
      '',
      '- and boring is good',
    );
    expect([event.name, event.place]).toEqual(['ClusterCon EU 2025', 'Leeds']);
  });
});

describe('sections of the post in other languages, and an organiser’s sections', () => {
  it.each([
    'Review process & statistics',
    'Call for volunteers',
    'Programme committee',
    '四、午餐和展区',
    '（二）茶歇',
    '第三部分：闭幕式',
    '3. 점심 및 부스 투어',
    '마치며',
    '들어가며',
    '휴식 시간',
    'ランチ・ブース巡り',
    '懇親会',
    'まとめ',
    '总结',
    'Обед и стенды',
    'Итоги',
    'Вместо заключения',
  ])('"%s" is a section of the post', (heading) => {
    expect(isPostSection(headingName(heading))).toBe(true);
  });

  it.each([
    '一、大模型推理服务的弹性伸缩实践',
    '부스에서 만난 사람들',
    '休息 없는 배포',
    'Review of the keynote',
    'Обед с CTO',
  ])('"%s" may be a talk', (heading) => {
    expect(isPostSection(headingName(heading))).toBe(false);
  });

  it('reads a Chinese post’s talks, and not its lunch and expo', () => {
    const { talks, problems } = post(
      '# 云栖 2025 参会笔记',
      '',
      '## 一、大模型推理服务的弹性伸缩实践',
      '',
      '讲师：李明（星河云科技）',
      '',
      '- 冷启动是最大的问题',
      '',
      '## 二、从单体到微服务',
      '',
      '讲师：张伟（北辰数据）',
      '',
      '- 先拆数据，再拆服务',
      '',
      '## 三、午餐和展区',
      '',
      '展区有很多数据库厂商。',
      '',
      '## 总结',
      '',
      '收获很大。',
    );
    expect(talks).toHaveLength(2);
    const skipped = warnings(problems).join('\n');
    expect(skipped).toContain('午餐和展区');
  });

  it('reads a Korean post’s talks, and not its lunch, booth tour and closing words', () => {
    const { talks, event } = post(
      '---',
      'title: "HANSCON 2025 참관 후기"',
      '---',
      '',
      '## 1. 대규모 트래픽을 견디는 결제 시스템 설계',
      '',
      '발표자: 김서연 (한빛페이)',
      '',
      '- 멱등성 키가 핵심',
      '',
      '## 2. 점심 및 부스 투어',
      '',
      '부스가 많았다.',
      '',
      '## 마치며',
      '',
      '내년에도 가고 싶다.',
    );
    expect(event.name).toBe('HANSCON 2025');
    expect(talks.map((t) => t.title)).toEqual(['대규모 트래픽을 견디는 결제 시스템 설계']);
  });

  it('reads a call for papers’ accepted talks, not its review process or call for volunteers', () => {
    const { talks, event } = post(
      '---',
      'title: "Announcing the BergenConf Tromsø 2025 programme"',
      '---',
      '',
      '## Accepted talks',
      '',
      '- **The queue is the product** — Ingrid Holm (Fjordpay)',
      '- **Error budgets for data pipelines** — Ola Berg (Nordlys)',
      '',
      '## Review process & statistics',
      '',
      '- 212 submissions, 14 accepted',
      '- Every proposal reviewed by three people',
      '',
      '## Call for volunteers',
      '',
      '- We need 30 volunteers — [sign up](https://example.org/volunteer)',
    );
    expect(event.name).toBe('BergenConf Tromsø 2025');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['The queue is the product', ['Ingrid Holm @ Fjordpay']],
      ['Error budgets for data pipelines', ['Ola Berg @ Nordlys']],
    ]);
  });
});

describe('a table of accepted sessions with a Format column and an open slot', () => {
  const { talks } = post(
    '# LakeOps Summit 2025 — accepted sessions',
    '',
    '| # | Title | Speaker(s) | Format | Level |',
    '|---|-------|------------|--------|-------|',
    '| 1 | dbt at 2,000 models | Magda Wróbel (Wawel Analytics) | Talk (40 min) | Advanced |',
    '| 2 | Iceberg for the impatient | Oksana Melnyk | Workshop (2h) | Beginner |',
    '| 3 | SQL linting in CI | Tomasz Krawiec | Lightning (10 min) | All |',
    '| 4 | The state of the lake | Ewa Lis | Keynote | All |',
    '| 5 | TBA | TBA | Keynote | — |',
    '| 6 | To be confirmed | | Talk | — |',
    '| 7 | ? | | Talk | — |',
  );

  it('reads the kind from the Format column, and no talk from a slot still to be announced', () => {
    expect(talks.map((t) => [t.title, t.kind])).toEqual([
      ['dbt at 2,000 models', undefined],
      ['Iceberg for the impatient', 'Workshop'],
      ['SQL linting in CI', 'Lightning talk'],
      ['The state of the lake', 'Keynote'],
    ]);
  });
});

describe('links labelled in Chinese, Japanese, Korean and Russian', () => {
  it.each([
    ['PPT 下载：[链接](https://qcon.example.cn/p/6123)', 'slides'],
    ['幻灯片：[点击这里](https://example.cn/deck)', 'slides'],
    ['[PPT 下载](https://example.cn/deck.pptx)', 'slides'],
    ['视频：https://www.bilibili.com/video/BV1xx411c7mD', 'video'],
    ['スライド：[こちら](https://example.jp/deck)', 'slides'],
    ['資料: https://example.jp/deck', 'slides'],
    ['動画: https://example.jp/watch/1', 'video'],
    ['[録画](https://example.jp/archive/1)', 'video'],
    ['슬라이드: [링크](https://example.kr/deck)', 'slides'],
    ['영상: https://tv.naver.com/v/12345678', 'video'],
    ['Видео: [тут](https://example.ru/v/1)', 'video'],
    ['Слайды: https://example.ru/deck', 'slides'],
    ['Презентация: https://example.ru/deck', 'slides'],
    ['[Презентация](https://example.ru/deck)', 'slides'],
  ])('%s → %s', (line, kind) => {
    const { talks } = post(
      '# DevFjord 2025',
      '',
      '## Streaming joins without tears — Hanna Voss (Kafkaesque)',
      '',
      '- interval joins are cheaper',
      `- ${line}`,
    );
    expect(kinds(talks[0])).toEqual([kind]);
  });
});
