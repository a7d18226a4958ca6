import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A notes repository whose pages open with their navigation ("## [Events](../README.md) >
 * [Speakers](../speakers.md)" over a rule) named the event after the file, not after the "#
 * Fjordscript" heading that follows. Invented event, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'fjordscript-talks.md', 'x');

describe("a repository's breadcrumb over the title", () => {
  it('leaves the title heading under it to name the event', () => {
    const { event, talks } = read(
      '## [Events](../README.md) > [Speakers](../speakers.md)',
      '---',
      '',
      '# Fjordscript',
      '',
      '## Fjordscript 2031 Bergen',
      '| | | |',
      '| --- | :---: | --- |',
      '| [Streams in the browser](https://example.com/v/1) | [Ada Lund](speakers/Ada%20Lund.md) | |',
      '| [Typed workers](https://example.com/v/2) | [Ola Brandt](speakers/Ola%20Brandt.md) | |',
    );
    expect(event?.name).toBe('Fjordscript');
    expect(talks.map((t) => t.title)).toEqual(['Streams in the browser', 'Typed workers']);
  });

  it('keeps a first heading of links that has notes under it', () => {
    const { talks } = read(
      '# Fjordscript 2031',
      '',
      '## [Streams](https://example.com/s) / [Workers](https://example.com/w) - Ada Lund',
      '',
      'How the two fit together.',
    );
    expect(talks).toHaveLength(1);
  });
});
