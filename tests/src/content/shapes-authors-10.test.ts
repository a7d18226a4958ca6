import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, post, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (10): each post invented for these tests. */

describe('a lone "Title — Name (Company)" heading', () => {
  it('is split: the name after the dash is a person, the parentheses their company', () => {
    const { talks } = post(
      '# DevNordeste 2024',
      '',
      '### Arquitetura hexagonal sem dogma — Rafael Albuquerque (Banco Capibaribe)',
      '',
      '- portas e adaptadores',
      '',
      '### Kotlin Multiplatform em produção, por Beatriz Lins (Frevo Apps)',
      '',
      '- [Descrição](https://example.com/kmp)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Arquitetura hexagonal sem dogma', ['Rafael Albuquerque @ Banco Capibaribe']],
      ['Kotlin Multiplatform em produção', ['Beatriz Lins @ Frevo Apps']],
    ]);
    expect(kinds(talks[1])).toEqual(['description']);
  });

  it('stays a title when the parentheses name no company: "(Part 2)"', () => {
    const { talks } = post(
      '# Conf 2024',
      '',
      '### Chaos - Breaking Things (Part 2)',
      '',
      '- game days',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([['Chaos - Breaking Things (Part 2)', []]]);
  });
});

describe('a speaker named after the notes, or as the subject of their first sentence', () => {
  const { talks } = post(
    '# KubeDays 2025',
    '',
    '## Retries considered harmful (sometimes)',
    '',
    'Ingrid Solvang (Fjordpay) opened with a story about a retry storm.',
    '',
    '## On-call for humans',
    '',
    'Amara Okonkwo from Brightline Health talked about the human side.',
    '',
    '## Query planning deep dive',
    '',
    '- cost models',
    '- join order',
    '',
    '— talk by Priya Natarajan of Lumen Analytics',
    '',
    '## Pipelines at scale',
    '',
    'Notes about pipelines.',
    '',
    'More notes.',
    '',
    'Even more notes.',
    '',
    '*(Speaker: Joost van der Berg, Rabobank)*',
    '',
    '## Streams',
    '',
    'Talk by Mei-Ling Zhou (Adyen). [Slides](https://example.com/s.pdf).',
    '',
    '## Kafka at the edge',
    '',
    'Ravi Kumar (our CTO) said we should try it. The speaker showed three demos.',
  );

  it('reads who gave each talk', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Retries considered harmful (sometimes)', ['Ingrid Solvang @ Fjordpay']],
      ['On-call for humans', ['Amara Okonkwo @ Brightline Health']],
      ['Query planning deep dive', ['Priya Natarajan @ Lumen Analytics']],
      ['Pipelines at scale', ['Joost van der Berg @ Rabobank']],
      ['Streams', ['Mei-Ling Zhou @ Adyen']],
      // No speaking verb after the name: someone the notes mention, not the speaker.
      ['Kafka at the edge', []],
    ]);
  });

  it('keeps the opening sentence as a note, and leaves the trailing line out of the summary', () => {
    expect(talks[0]?.summary).toMatch(/^Ingrid Solvang \(Fjordpay\) opened with/);
    expect(talks[2]?.summary).toBe('cost models. join order.');
    expect(talks[3]?.summary).not.toMatch(/Speaker/);
    expect(kinds(talks[4])).toEqual(['slides']);
  });
});

describe('the facts of a session on a line of their own', () => {
  it('"(Lightning talk, 5 min)" under the heading is its kind, not its summary', () => {
    const { talks } = post(
      '# KubeDays 2025',
      '',
      '## Wasm on the edge',
      'Speaker: Mia Tanaka (Fermyon)',
      '',
      '(Lightning talk, 5 min)',
      '',
      '- spin up in 1 ms',
    );
    expect(talks[0]?.kind).toBe('Lightning talk');
    expect(talks[0]?.summary).toBe('spin up in 1 ms.');
  });
});

describe('panelists with a company each, and one without', () => {
  it('gives no one the company of the person after them', () => {
    const { talks } = post(
      '# KubeDays 2025',
      '',
      '## Panel: multi-cluster in practice',
      '',
      'Panelists: Benjamin Carter (Ferrous Works), Ellen Whitcombe, Takeshi Mori (Lambda Forge)',
      '',
      '- fleets, not pets',
    );
    expect(who(talks[0])).toEqual([
      'Benjamin Carter @ Ferrous Works',
      'Ellen Whitcombe',
      'Takeshi Mori @ Lambda Forge',
    ]);
  });
});

describe("more of a post's own closing sections", () => {
  it('skips "Wrapping up" and the Dutch "Conclusie"', () => {
    const { talks, problems } = post(
      '# KubeDays 2025',
      '',
      '## Retries considered harmful',
      'Speaker: Ingrid Solvang',
      '',
      '- budgets',
      '',
      '## Wrapping up',
      '',
      'Great edition. Videos on the [conference channel](https://www.youtube.com/@kubedays).',
      '',
      '## Conclusie',
      '',
      'Volgend jaar weer.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Retries considered harmful']);
    expect(warnings(problems)).toHaveLength(2);
  });
});

describe('event names in more languages', () => {
  it.each([
    ['Minhas anotações do DevNordeste 2024', 'DevNordeste 2024'],
    ['Terugblik: Frontend Fryslân 2025', 'Frontend Fryslân 2025'],
    ['Mis notas de la Commit Conf 2025', 'Commit Conf 2025'],
  ])('%s → %s', (title, name) => {
    expect(conferenceName(title)).toBe(name);
  });
});

describe("the event's dates", () => {
  it('come from `dates:` at the top of the front matter, as from `event: dates:`', () => {
    const text =
      '---\ndates: 2025-04-02..2025-04-04\n---\n# KubeCon EU 2025\n\n## Day 2\n\n### Sigstore in CI\n\n- keyless signing\n';
    const { event, talks } = parseNotes(text, 'kubecon.md', 'kubecon');
    expect(event.dates).toBe('2025-04-02..2025-04-04');
    expect(talks[0]?.date).toBe('2025-04-03');
  });

  it("are not taken from the post's own `date:`, which may be days after the conference", () => {
    const text =
      '---\ndate: 2025-04-09\n---\n# KubeCon EU 2025\n\n## Day 2\n\n### Sigstore in CI\n\n- keyless signing\n';
    const { event, talks } = parseNotes(text, 'kubecon.md', 'kubecon');
    expect(event.dates).toBeUndefined();
    expect(talks[0]?.day).toBe('Day 2');
    expect(talks[0]?.date).toBeUndefined();
  });
});

describe('a post in Chinese: full-width punctuation, days and kinds', () => {
  const { talks, event } = parseNotes(
    [
      '# QCon 上海 2024 参会笔记',
      '',
      '## 第一天',
      '',
      '### 《万亿级消息队列的演进》—— 刘海波（蓝鲸支付）',
      '',
      '- 分层存储',
      '- 视频回放：https://www.bilibili.com/video/BV1xx411c7mD',
      '',
      '### 云原生可观测性实践 | 王晓雯 | 青藤科技',
      '',
      '- OpenTelemetry',
      '',
      '## 第二天',
      '',
      '### 主题演讲：大模型时代的架构',
      '',
      '**讲师**：陈志远，星河云计算 CTO',
      '',
      '- 推理成本',
      '',
      '### 圆桌讨论：开源的未来',
      '',
      '主持人：孙磊。嘉宾：赵敏、李强',
      '',
      '- 社区',
    ].join('\n'),
    'qcon-sh.md',
    'qcon-sh',
  );

  it('reads titles, speakers and companies as the same marks in English would be', () => {
    expect(event.name).toBe('QCon 上海 2024');
    expect(talks.map((t) => [t.title, who(t), t.kind ?? '', t.day])).toEqual([
      ['万亿级消息队列的演进', ['刘海波 @ 蓝鲸支付'], '', '第一天'],
      ['云原生可观测性实践', ['王晓雯 @ 青藤科技'], '', '第一天'],
      ['大模型时代的架构', ['陈志远 @ 星河云计算'], 'Keynote', '第二天'],
      ['开源的未来', ['孙磊', '赵敏', '李强'], 'Panel', '第二天'],
    ]);
    expect(kinds(talks[0])).toEqual(['video']);
  });

  it('dates 第二天 as the second day where the front matter gives the first', () => {
    const dated = parseNotes(
      '---\ndates: 2024-10-17..2024-10-19\n---\n## 第二天\n\n### 开源的未来\n\n- 社区\n',
      'qcon-sh.md',
      'qcon-sh',
    );
    expect(dated.talks[0]?.date).toBe('2024-10-18');
  });
});

describe('a group of workshops and talks', () => {
  it('reads the talks under "Workshops and talks", a workshop as its kind, without the attendees', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## Workshops and talks',
      '',
      '### Workshop: Building a Crossplane composition',
      '',
      'By Ana Lima',
      '',
      '- compositions',
      '',
      '### Cilium deep dive',
      '',
      'Attended by: Marek, Ola',
      '',
      'Cilium replaces kube-proxy.',
    );
    expect(talks.map((t) => [t.title, t.kind ?? '', who(t)])).toEqual([
      ['Building a Crossplane composition', 'Workshop', ['Ana Lima']],
      ['Cilium deep dive', '', []],
    ]);
    expect(talks[1]?.summary).toBe('Cilium replaces kube-proxy.');
  });
});

describe('track headings over talks whose titles read like a name and a company', () => {
  it('keeps the track a group: "### Multi-tenant Kubernetes, honestly" over "*Name, Company*" is a talk', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## Track: Platform',
      '',
      '### Multi-tenant Kubernetes, honestly',
      '*Omar Siddiqui & Lea Novak, Cloudberry*',
      '',
      'Namespaces are not a security boundary.',
      '',
      '### Internal developer portals: year two',
      '*Rafaela Costa, Tangerine Bank*',
      '',
      'Year one was about building the catalog.',
    );
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      [
        'Multi-tenant Kubernetes, honestly',
        ['Omar Siddiqui @ Cloudberry', 'Lea Novak @ Cloudberry'],
        'Platform',
      ],
      ['Internal developer portals: year two', ['Rafaela Costa @ Tangerine Bank'], 'Platform'],
    ]);
  });
});

describe('newsletters, Medium footers and company blogs: their own sections', () => {
  it('skips the sponsor, the reading list, hiring, numbered breaks and the footer', () => {
    const { talks, problems } = post(
      '# The Backend Bulletin #47',
      '',
      '## Postgres is all you need (until it isn’t)',
      'Speaker: Ana Lima',
      '',
      '- one database',
      '',
      '## 💸 A word from this week’s sponsor',
      '',
      'Buy things.',
      '',
      '## 📚 Links I’m reading this week',
      '',
      '- [a](https://example.com/a)',
      '',
      '## We’re hiring!',
      '',
      'Join us.',
      '',
      '## 4. Lunch & expo',
      '',
      'Tacos.',
      '',
      '## Written by Lena Hartwig',
      '',
      'Lena writes.',
      '',
      '## Inhaltsverzeichnis',
      '',
      '- [Postgres](#postgres)',
      '',
      '## 🎉 That’s all for this week',
      '',
      '— Karl.',
    );
    // A phrase in lower case in parentheses is part of the title, not a company.
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Postgres is all you need (until it isn’t)', ['Ana Lima']],
    ]);
    // The table of contents is read for its links, not warned about.
    expect(warnings(problems).map((w) => w.replace(/ skipped.*/, ''))).toEqual([
      '8: "💸 A word from this week’s sponsor"',
      '12: "📚 Links I’m reading this week"',
      '16: "We’re hiring!"',
      '20: "4. Lunch & expo"',
      '24: "Written by Lena Hartwig"',
      '32: "🎉 That’s all for this week"',
    ]);
  });
});

describe('the author’s rating and the words for a link', () => {
  it('leaves "★★★★★ —" out of the summary, and reads "Slides are [here](…)" as the slides', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## The talks',
      '',
      '1. **Platform teams are product teams** — Nadia Kovac (Riverbyte) — ★★★★★ — must watch. The clearest talk of the day.',
      '',
      '## Postgres is all you need',
      'Speaker: Ana Lima',
      '',
      'Slides are [here](https://example.com/decks/pg.pdf). The recording is [on YouTube](https://example.com/watch/pg).',
    );
    expect(talks[0]?.summary).toBe('must watch. The clearest talk of the day.');
    expect(talks[1]?.links.map((l) => [l.kind, l.url])).toEqual([
      ['slides', 'https://example.com/decks/pg.pdf'],
      ['video', 'https://example.com/watch/pg'],
    ]);
  });
});

describe('a bold title, its speakers in parentheses and the notes on one line', () => {
  it('is a talk each: "**Title** (Jane Doe, Acme) — notes", two speakers or a "Dr." too', () => {
    const { talks } = post(
      '# PyNorth 2024',
      '',
      '## The talks',
      '',
      '**Gradual typing in a Django monolith** (Lucy Fern, Almond Tech) — Lucy told how they introduced mypy.',
      '',
      '**Polars for pandas people** (Andrew Gill, Datalia) — Use the lazy API. [Slides](https://example.com/polars.pdf)',
      '',
      '**Async in the real world** (Javier Moreno and Elena Castro, Pagofacil) — Where asyncio helped.',
      '',
      '**Keynote: Python in open science** (Dr. Carmen Vidal, University of Tarragona) — A history of reproducible science.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Gradual typing in a Django monolith',
        ['Lucy Fern @ Almond Tech'],
        'Lucy told how they introduced mypy.',
      ],
      ['Polars for pandas people', ['Andrew Gill @ Datalia'], 'Use the lazy API.'],
      [
        'Async in the real world',
        ['Javier Moreno @ Pagofacil', 'Elena Castro @ Pagofacil'],
        'Where asyncio helped.',
      ],
      [
        'Python in open science',
        ['Dr. Carmen Vidal @ University of Tarragona'],
        'A history of reproducible science.',
      ],
    ]);
    expect(kinds(talks[1])).toEqual(['slides']);
  });
});

describe('Medium: a bold line for each talk, the speaker after a dash inside it', () => {
  it('splits "**1. Title — Name, Company**" where the name has a company', () => {
    const { talks } = post(
      '# Five talks from PlatformCon 2024',
      '',
      '**1. Paved Roads, Not Walled Gardens — Sofia Lindqvist, Brightpath**',
      '',
      'Sofia argued for paved roads.',
      '',
      '**2. Observability on a budget — Priya Raman, Ondula**',
      '',
      'Sampling first.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Paved Roads, Not Walled Gardens',
        ['Sofia Lindqvist @ Brightpath'],
        'Sofia argued for paved roads.',
      ],
      ['Observability on a budget', ['Priya Raman @ Ondula'], 'Sampling first.'],
    ]);
  });
});

describe('a link still to come', () => {
  it('"Slides: not published yet" is no note and no summary', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## CI at scale',
      'Speaker: Ana Lima',
      '',
      '- treat every runner as cattle',
      '- **Slides:** not published yet',
      '- Video: TBA',
    );
    expect(talks[0]?.summary).toBe('treat every runner as cattle.');
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['treat every runner as cattle']);
  });
});
