import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "### [Title](youtube link) – video": the author says after a dash what the heading's link is.
 * The bot showed "Program Synthesis for Buildings – video" as the title, and a search for the
 * title's words ranked it below talks that only mentioned video. Written in that shape with
 * invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'loop.md', 'loop');

describe('the kind of a heading’s link after a dash', () => {
  it('is no part of the title', () => {
    const { talks } = read(
      '# Strange Loop 2031',
      '',
      'Each talk title links to its video.',
      '',
      '### [Program Synthesis for Buildings](https://www.youtube.com/watch?v=abc) – video',
      '',
      'This was a talk about architecture. Like buildings.',
      '',
      '### [Types for Spreadsheets](https://www.youtube.com/watch?v=def) - slides & video',
      '',
      'Spreadsheets are the most used functional language.',
      '',
      '### [The Last Video](https://www.youtube.com/watch?v=ghi)',
      '',
      'A talk about video codecs.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Program Synthesis for Buildings',
      'Types for Spreadsheets',
      'The Last Video',
    ]);
  });
});
