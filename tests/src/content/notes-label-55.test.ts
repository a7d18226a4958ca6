import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post whose talks are paragraphs (`"**TITLE**" - [Jane Doe](…)`) with, in each one's notes,
 * "Teasers:" over a list of links the speaker showed (`- [Kibana](…) - for dashboards`): each link
 * was read as a talk of its own. Invented event, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'fjordconf-2031.md', 'x');

describe("a labelled list of links in a talk's notes", () => {
  it("stays that talk's notes", () => {
    const { talks } = read(
      '---',
      'title: Impressions from Fjordconf',
      '---',
      'Here is a summary of each talk I attended.',
      '',
      '"**FROM ZERO TO HERO WITH CONTAINERS**" - [Ada Lund](https://example.com/ada)',
      '',
      'The weakest talk for me, though the idea is great.',
      '',
      'Teasers:',
      '',
      '- [Shipyard 1.0](https://example.com/shipyard) - a container that manages containers',
      '- [Lookout](https://example.com/lookout) - for dashboards',
      '',
      '"**FROM LEGACY TO EVENTS**" - [Ola Brandt](https://example.com/ola)',
      '',
      'A hit, every seat was taken.',
      '',
      'Short notes:',
      '',
      '- [Ledger](https://example.com/ledger) (reload & apply)',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'FROM ZERO TO HERO WITH CONTAINERS',
      'FROM LEGACY TO EVENTS',
    ]);
    expect(JSON.stringify(talks[0]?.notes)).toContain('Shipyard 1.0');
  });

  it('still reads a list a label says is talks', () => {
    const { talks } = read(
      '---',
      'title: Impressions from Fjordconf',
      '---',
      '"**FROM ZERO TO HERO WITH CONTAINERS**" - [Ada Lund](https://example.com/ada)',
      '',
      'The weakest talk for me, though the idea is great.',
      '',
      'Other talks I liked:',
      '',
      '- [Typed workers](https://example.com/v/1) by Ola Brandt - workers with types',
      '- [Streams in the browser](https://example.com/v/2) by Kari Dahl - backpressure',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'FROM ZERO TO HERO WITH CONTAINERS',
      'Typed workers',
      'Streams in the browser',
    ]);
  });
});
