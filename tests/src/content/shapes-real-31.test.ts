import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 31). */

describe('an index of talk pages whose people are CJK names with their Latin names', () => {
  it('reads a capitalised word after a CJK name as the person’s name where the list writes them so', () => {
    const { talks } = post(
      '---',
      'title: "第三屆 Logging Day 日誌技術日"',
      '---',
      '',
      '## 議程列表',
      '',
      '- [結構化日誌的十個習慣 - 陳冠宇 (Oscar)](./habits.md)',
      '- [日誌管線的背壓處理 - 林佳穎 (Wendy)](./backpressure.md)',
      '- [從 syslog 到 OpenTelemetry - 蔡承翰 (Dorian)](./otel.md)',
      '- [邊緣節點的日誌收集 - 吳建宏 (Acme Cloud)](./edge.md)',
    );
    expect(talks.map(who)).toEqual([
      ['陳冠宇 (Oscar)'],
      ['林佳穎 (Wendy)'],
      ['蔡承翰 (Dorian)'],
      ['吳建宏 @ Acme Cloud'],
    ]);
  });
});
