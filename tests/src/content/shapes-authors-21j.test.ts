import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21j): takeaways, each citing the talk it came from. */

describe('a "top takeaways" post whose headings are lessons and whose text names the talk', () => {
  it('reads "Name (Co) in **Title**" as that talk, the lesson its topic', () => {
    const { talks } = post(
      '---',
      'title: "5 lessons from KubeHuddle Glasgow 2025"',
      '---',
      '## 1. Upgrades are a habit',
      '',
      'Straight from Morag Fraser (Skyscanner) in **"Upgrade every week"**. Small steps, no drama.',
      '',
      '## 2. Quotas protect the platform',
      '',
      'As Callum Reid said in *Quotas are kindness*, a limit is a conversation starter.',
      '',
      '## 3. Policies need owners',
      '',
      'From **"Policy as product"** by Ailsa Munro (Baillie Gifford).',
    );
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Upgrade every week', ['Morag Fraser @ Skyscanner'], 'Upgrades are a habit'],
      ['Quotas are kindness', ['Callum Reid'], 'Quotas protect the platform'],
      ['Policy as product', ['Ailsa Munro @ Baillie Gifford'], 'Policies need owners'],
    ]);
  });

  it('reads "Name in **Place**" as no talk', () => {
    const { talks } = post(
      '# KubeHuddle Glasgow 2025',
      '',
      '## Upgrade every week — Morag Fraser (Skyscanner)',
      '',
      'Morag Fraser in **Glasgow** again, after last year.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Upgrade every week']);
  });
});
