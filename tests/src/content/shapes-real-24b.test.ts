import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * More shapes of real notes (session 24), written again with invented talks and people: a
 * recap of one talk whose opening labels its speaker ("**演讲嘉宾**：…", "**Speaker:** …"), a
 * team's recap naming each talk's speaker in parentheses and its writer after "par", a closing
 * "Merci" and a Bilibili recording.
 */

const read = (parsed: ReturnType<typeof post>) => parsed.talks.map((t) => [t.title, who(t)]);

describe('a recap of one talk, its speaker labelled in the opening', () => {
  it('is that one talk, titled by the front matter, its numbered sections its parts', () => {
    const parsed = post(
      '---',
      'title: "边缘集群的 GPU 共享实践"',
      'date: 2026-05-02',
      '---',
      '',
      '本文为社区 Meetup 杭州站回顾系列第一篇。',
      '',
      '**演讲嘉宾**：周静怡（云栖算力）',
      '',
      '## 视频回放及 PPT 下载',
      '',
      '- **B 站**：[边缘集群的 GPU 共享实践](https://www.bilibili.com/video/BV1xx411c7mD/)',
      '- **下载 PPT**：[slides.pdf](https://example.org/gpu-sharing.pdf)',
      '',
      '## 一、为什么要共享',
      '',
      '一张卡绑给一个 Pod，用不完也不能给别人。',
      '',
      '## 二、调度策略',
      '',
      '### 1. 拓扑感知',
      '',
      '自动识别卡间拓扑。',
    );
    expect(read(parsed)).toEqual([['边缘集群的 GPU 共享实践', ['周静怡 @ 云栖算力']]]);
    expect(parsed.talks[0]?.links.map((l) => l.kind)).toContain('video');
  });

  it('reads "**Speaker:** Name (Company)" the same way in English', () => {
    const parsed = post(
      '---',
      'title: "Sharing GPUs at the edge"',
      '---',
      '',
      'A recap of the second talk of our meetup.',
      '',
      '**Speaker:** Ines Vogt (Edgeloop)',
      '',
      '## 1. Why share',
      '',
      'Idle cards cost money.',
      '',
      '## 2. Scheduling',
      '',
      'Topology first.',
    );
    expect(read(parsed)).toEqual([['Sharing GPUs at the edge', ['Ines Vogt @ Edgeloop']]]);
  });

  it('keeps the talks of a post whose headings name their speakers', () => {
    const parsed = post(
      '---',
      'title: "Meetup notes"',
      '---',
      '',
      '**Speaker:** Ines Vogt (Edgeloop)',
      '',
      '## Sharing GPUs by Ines Vogt',
      '',
      'Idle cards.',
      '',
      '## Scheduling by Per Aune',
      '',
      'Topology.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Sharing GPUs', 'Scheduling']);
  });
});

describe("a team's recap: the talk's speaker in parentheses, its writer after par", () => {
  it('names the speaker in parentheses, not the writer', () => {
    const parsed = post(
      '# Retour sur le DevFest',
      '',
      '## Retour sur les conférences',
      '',
      '### Tester sans douter (Hélène Marchal) par Paul Girard',
      '',
      'Je tiens à faire un retour sur la conférence.',
      '',
      '### Accessibilité pour tous (Mathieu Roux) par Anna Lind',
      '',
      'Une personne sur six.',
      '',
      '## Merci',
      '',
      'Merci aux organisateurs.',
    );
    expect(read(parsed)).toEqual([
      ['Tester sans douter', ['Hélène Marchal']],
      ['Accessibilité pour tous', ['Mathieu Roux']],
    ]);
  });

  it('keeps "Title (Part 2) by Jane Doe" and a company in parentheses as they were', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Streams in depth (Part 2) by Kari Holm',
      '',
      'Notes.',
      '',
      '## Caches (Fjordpay) by Per Aune',
      '',
      'Notes.',
    );
    expect(read(parsed)[0]).toEqual(['Streams in depth (Part 2)', ['Kari Holm']]);
    expect(parsed.talks[1]?.speakers.map((s) => s.name)).toEqual(['Per Aune']);
  });
});
