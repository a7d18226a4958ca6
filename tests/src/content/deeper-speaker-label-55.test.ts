import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "## Typed workers" over its notes, then "### Speaker: Ada Lund" over a line about her: each
 * talk was read as a theme over a talk titled "Speaker" (or, where those were the post's talk
 * level, dropped). Invented event, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'fjordconf-2031.md', 'x');

describe('a speaker label a level below the talk and its notes', () => {
  it("is that talk's speaker", () => {
    const { talks } = read(
      '# Fjordconf 2031',
      '',
      '## Typed workers',
      '',
      'Workers with types, and why the compiler is your friend.',
      '',
      '### Speaker: Ada Lund',
      '',
      'She works at Fjordpay on payments.',
      '',
      '## Streams in the browser',
      '',
      'Backpressure explained.',
      '',
      '### Speaker: Ola Brandt',
      '',
      'Ola maintains a streams library.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.topic])).toEqual([
      ['Typed workers', ['Ada Lund'], undefined],
      ['Streams in the browser', ['Ola Brandt'], undefined],
    ]);
  });

  it('leaves a theme over several talk headings a theme', () => {
    const { talks } = read(
      '# Fjordconf 2031',
      '',
      '## Front end',
      '',
      'Two talks on the browser.',
      '',
      '### Typed workers - Ada Lund',
      '',
      'Workers with types.',
      '',
      '### Streams in the browser - Ola Brandt',
      '',
      'Backpressure explained.',
    );
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      ['Typed workers', 'Front end'],
      ['Streams in the browser', 'Front end'],
    ]);
  });
});
