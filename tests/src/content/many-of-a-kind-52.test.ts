import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "## Pre-conference Workshops" over "Monday morning I attended the Linked Data Workshop by …":
 * the bot answered it as one talk of that title. Many sessions of a kind, told together in
 * prose, are no talk; a heading over a list of talks still groups them, and "Lightning talks"
 * stays one session of short talks. Written in those shapes with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'fest.md', 'fest');

describe('a heading over many sessions of one kind', () => {
  it('is no talk over the author’s prose', () => {
    const { talks } = read(
      '# Sensorfest 2031',
      '',
      '## Pre-conference Workshops',
      '',
      'Monday morning I went to a mesh radio workshop. Very hands-on, and the kits worked.',
      '',
      '## Afternoon tutorials',
      '',
      'Two tutorials after lunch, both on radios; I liked the second one more.',
    );
    expect(talks.map((t) => t.title)).toEqual([]);
  });

  it('still groups the talks listed under it', () => {
    const { talks } = read(
      '# Sensorfest 2031',
      '',
      '## Lightning talks',
      '',
      '- Mesh networks on a budget — Ola Brandt',
      '- Sharding without tears — Pia Lund',
      '- Queues all the way down — Marc Dubois',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Mesh networks on a budget', ['Ola Brandt']],
      ['Sharding without tears', ['Pia Lund']],
      ['Queues all the way down', ['Marc Dubois']],
    ]);
  });
});
