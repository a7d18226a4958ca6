import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of notes as tools and platforms export them, and as teams write them (20): each post
 * invented for these tests.
 */

describe('a file of one talk with the author’s own part', () => {
  it.each(['## My take', '## My two cents', '## Personal notes', '## Would I recommend it?'])(
    'is that talk, "%s" a part of its notes',
    (part) => {
      const { talks } = post(
        '# Fearless database migrations',
        '',
        '**Speaker:** Oda Brekke (Laksebank)',
        '**Video:** https://www.youtube.com/watch?v=fdm2025x',
        '',
        '[← Back to index](README.md) | [Next →](04-queues.md)',
        '',
        '## Notes',
        '',
        '- Expand, migrate, contract',
        '- Never rename a column in one deploy',
        '',
        part,
        '',
        'Solid, practical, slightly too long.',
      );
      expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind)])).toEqual([
        ['Fearless database migrations', ['Oda Brekke @ Laksebank'], ['video']],
      ]);
      expect(talks[0]?.summary).toContain('Expand, migrate, contract');
    },
  );

  it('keeps a talk titled with the word in a post of several talks', () => {
    const { talks } = post(
      '# RiverConf 2025',
      '',
      '## Take the pager by Ida Holm',
      '',
      '- on-call for everyone',
      '',
      '## Queues by Per Lund',
      '',
      '- use them',
    );
    expect(talks.map((t) => t.title)).toEqual(['Take the pager', 'Queues']);
  });
});
