import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post whose slides sit beside it: `[sur ce lien](Talk%20title.pdf)`, `[slides](tracing.pdf)`,
 * a deck file by a relative address. It is the talk's slides; a relative page is still no link.
 * Invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'posts/loggers/index.md', 'page');

describe('a deck file linked by a relative address', () => {
  it('is the talk’s slides, whatever the link’s words', () => {
    const { talks } = read(
      '# Notes from Loggers Day 2031',
      '',
      '## Reading logs without fear',
      '',
      'Speaker: Camille Moreau',
      '',
      '> NB : les slides sont disponibles [sur ce lien](Loggers%20Day%20-%20reading%20logs.pdf).',
      '',
      '- Logs are a product, not a by-product.',
      '',
      '## Tracing for small teams',
      '',
      'Speaker: Julien Perrin',
      '',
      '- [slides](decks/tracing.pdf) and [my other post](../tracing/)',
      '- Sampling is a budget decision.',
    );
    expect(talks.map((t) => t.links)).toEqual([
      [{ kind: 'slides', url: 'Loggers%20Day%20-%20reading%20logs.pdf', text: 'sur ce lien' }],
      [{ kind: 'slides', url: 'decks/tracing.pdf', text: 'slides' }],
    ]);
  });
});
