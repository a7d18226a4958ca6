import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "- [Document Writing in CI](talks/redpen.md)"-style lists: each talk's title links the notes
 * repository's own page of it, by a path, not an address. The bot read such a list as no talks
 * at all (the same list linking `https://…` was read). A bullet's title linked to a path on the
 * post's site is its title; a paragraph of such links, or a list naming nobody, stays as before.
 * Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'fest.md', 'fest');

describe('a list of talks linking the site’s own pages', () => {
  it('reads each item as a talk and its speaker', () => {
    const { talks } = read(
      '# Sensorfest 2031',
      '',
      '## Ignite talks',
      '',
      '- [Ola Brandt - Mesh networks on a budget](talks/mesh.md)',
      '- [Pia Lund (Shardly) - Sharding without tears](talks/sharding.md)',
      '- [Queues all the way down](/talks/queues) — Marc Dubois',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Mesh networks on a budget', ['Ola Brandt']],
      ['Sharding without tears', ['Pia Lund']],
      ['Queues all the way down', ['Marc Dubois']],
    ]);
  });

  it('reads no talk from a list of the blog’s own posts', () => {
    const { talks } = read(
      '# Sensorfest 2031',
      '',
      '- [Day 1](/2031/sensorfest-day-1)',
      '- [Day 2](/2031/sensorfest-day-2)',
      '- [Travel tips](/2031/travel)',
      '',
      '## Mesh networks on a budget — Ola Brandt',
      '',
      'Ola walked through cheap radios.',
      '',
      '## Related posts',
      '',
      '- [Why I like radios](/posts/radios)',
      '- [Packing list for conferences](/posts/packing)',
    );
    expect(talks.map((t) => t.title)).toEqual(['Mesh networks on a budget']);
  });
});
