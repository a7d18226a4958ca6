import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 29). */

describe('a list of favourite talks, each heading `Name - Title`', () => {
  it('reads every heading name first, titles that read as names too among them', () => {
    const { talks } = post(
      '# Talks I keep coming back to',
      '',
      '#### [Ada Brook - Simple Things Done Well](https://example.com/a) (LoopConf, 2011)',
      '',
      'Notes about it.',
      '',
      '#### [Tom Reyes - Choose Quiet Tools](https://example.com/b) (Velocity, 2015)',
      '',
      'Notes.',
      '',
      '#### [Lena Ortiz - The Cost of Clever](https://example.com/c) (Midwest, 2011)',
      '',
      'Notes.',
      '',
      '#### [Omar Haddad - Performance Matters](https://example.com/d) (LoopConf, 2019)',
      '',
      'Notes.',
      '',
      '#### [Greta Lund - wat](https://example.com/e) (CodeMash, 2012)',
      '',
      'Notes.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Simple Things Done Well', ['Ada Brook']],
      ['Choose Quiet Tools', ['Tom Reyes']],
      ['The Cost of Clever', ['Lena Ortiz']],
      ['Performance Matters', ['Omar Haddad']],
      ['wat', ['Greta Lund']],
    ]);
  });

  it('keeps a title-first post title first', () => {
    const { talks } = post(
      '# Notes from Harbour Dev Days',
      '',
      '## Choose Quiet Tools - Tom Reyes',
      '',
      'Notes.',
      '',
      '## The Cost of Clever - Lena Ortiz',
      '',
      'Notes.',
      '',
      '## Performance Matters - Omar Haddad',
      '',
      'Notes.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Choose Quiet Tools', ['Tom Reyes']],
      ['The Cost of Clever', ['Lena Ortiz']],
      ['Performance Matters', ['Omar Haddad']],
    ]);
  });
});

describe('a programme written as a time list under a label', () => {
  it.each(['Planning :', 'Programme', 'Agenda:', 'Schedule', 'タイムテーブル', '议程：'])(
    'reads each timed line under "%s" as a talk, the breaks aside',
    (label) => {
      const { talks } = post(
        '# PyConf Lyon 2031',
        '',
        '## Conferences',
        '',
        label,
        '',
        '* Wednesday',
        '  * 09h30 - Writing a tiny interpreter in an afternoon',
        '  * 10h45 - Continuous Testing: basics and beyond',
        '  * 12h30 - Déjeuner',
        '  * 13h50 - [poster] Packaging without tears',
        '* Thursday',
        '  * 09:20 – Lock files for everyone',
        '  * 10h30 - Coffee break',
        '  * 9h45 : Testing the tests',
        '',
        '## Sprints',
        '',
        'We hacked on the docs.',
      );
      expect(talks.map((t) => [t.title, t.time, t.day, who(t)])).toEqual([
        ['Writing a tiny interpreter in an afternoon', '09h30', 'Wednesday', []],
        ['Continuous Testing: basics and beyond', '10h45', 'Wednesday', []],
        ['Packaging without tears', '13h50', 'Wednesday', []],
        ['Lock files for everyone', '09:20', 'Thursday', []],
        ['Testing the tests', '9h45', 'Thursday', []],
      ]);
    },
  );

  it('keeps the speaker a timed line names', () => {
    const { talks } = post(
      '# DevDay Nantes 2031',
      '',
      'Programme :',
      '',
      '* 09:30 - Writing a tiny interpreter — Ada Brook (Quill Labs)',
      '* 10:30 - Pause',
      '* 11:00 - Shapes of data',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Writing a tiny interpreter', ['Ada Brook @ Quill Labs']],
      ['Shapes of data', []],
    ]);
  });

  it('reads no talks from a timed list without such a label', () => {
    const { talks } = post(
      '# A day in Lyon',
      '',
      'What we did:',
      '',
      '* 09:30 - Walked to the river',
      '* 10:45 - Bought bread at the market',
      '* 13:50 - Took the train home',
    );
    expect(talks).toEqual([]);
  });
});

describe('a Chinese byline after the title: name, company, role', () => {
  it('keeps the company and drops the role, whatever commas part them', () => {
    const { talks } = post(
      '# 2031 深圳架构峰会笔记',
      '',
      '### 《容器化持续交付的实践》-宫海，星河云，技术专家',
      '',
      '听了很多干货。',
      '',
      '### 《服务网格落地十年》-陈立，独立研究员、顾问',
      '',
      '人太多了。',
      '',
      '### 《数据湖的下一步》-王芳，蓝鲸数据，高级工程师',
      '',
      '讲得很清楚。',
      '',
      '### 《把内容做好》-郭雷，Northbyte 总编辑',
      '',
      '很受启发。',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['容器化持续交付的实践', ['宫海 @ 星河云']],
      ['服务网格落地十年', ['陈立']],
      ['数据湖的下一步', ['王芳 @ 蓝鲸数据']],
      ['把内容做好', ['郭雷 @ Northbyte']],
    ]);
  });
});

describe("the author's own talk, said so before its title", () => {
  it.each(['Shameless plug:', 'Self-promotion:', 'Eigenwerbung:', 'Autopromo :'])(
    'reads "%s Title" as the title alone',
    (plug) => {
      const { talks } = post(
        '# Talks worth watching from 2031',
        '',
        '## Kindness as Architecture - Ada Brook',
        '',
        'Watch it twice.',
        '',
        '## Quiet Tools Win - Tom Reyes',
        '',
        'A calm hour.',
        '',
        `## ${plug} Automating form building`,
        '',
        'My favourite stage this year, with a friend.',
      );
      expect(talks.map((t) => t.title)).toEqual([
        'Kindness as Architecture',
        'Quiet Tools Win',
        'Automating form building',
      ]);
    },
  );
});
