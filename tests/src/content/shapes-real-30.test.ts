import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 30). */

describe('an index of talk pages, each item `[Title - Speaker](page)`', () => {
  it('reads each link as a talk and its speaker, not a reading list of `[Topic - Subtitle](…)`', () => {
    const { talks } = post(
      '---',
      'title: "Second Tracing Day"',
      '---',
      '',
      '> 2025-05-02 09:00 - 17:00 @ Harbour Hall',
      '',
      '## Sessions',
      '',
      '- [Sampling without tears: tail sampling at scale - Jane Doe](./sampling.md)',
      '- [Logs are events too - Tomas Berg (Nordlog)](./logs.md)',
      '- [Trace context across queues - Marta Quist](https://tracing.example/queues)',
      '',
      '## Further reading',
      '',
      '- [Kubernetes - The Hard Way](https://example.com/k8s)',
      '- [Rust - Getting Started](https://example.com/rust)',
      '- [Postgres - Internals Explained](https://example.com/pg)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Sampling without tears: tail sampling at scale', ['Jane Doe']],
      ['Logs are events too', ['Tomas Berg @ Nordlog']],
      ['Trace context across queues', ['Marta Quist']],
    ]);
  });

  it('keeps a Chinese name with its Latin name, handle or honorific as one name', () => {
    const { talks } = post(
      '---',
      'title: "第二屆 Tracing Day 追蹤技術日"',
      '---',
      '',
      '## 議程列表',
      '',
      '- [採樣的藝術：大規模尾部採樣 - 陳美玲](./sampling.md)',
      '- [Logs are events too - 林志豪 (Kevin)](./logs.md)',
      '- [跨佇列的追蹤上下文 - 張書維 (swchang)](./queues.md)',
      '- [可觀測性的成本治理 - 黃雅婷 (Tina 老師)](./cost.md)',
      '- [邊緣節點的日誌管線 - 吳建宏 (Acme Cloud)](./edge.md)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['採樣的藝術：大規模尾部採樣', ['陳美玲']],
      ['Logs are events too', ['林志豪 (Kevin)']],
      ['跨佇列的追蹤上下文', ['張書維 (swchang)']],
      ['可觀測性的成本治理', ['黃雅婷 (Tina 老師)']],
      ['邊緣節點的日誌管線', ['吳建宏 @ Acme Cloud']],
    ]);
    // "議程列表" (the agenda's list) is no topic of theirs.
    expect(talks.map((t) => t.topic)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
