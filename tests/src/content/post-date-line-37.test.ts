import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * An organiser's wrap-up, published a week after its conference: under the title a line of the
 * event's dates, then the post's own date alone on its line, then the talks. Invented talks and
 * people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/fjordux.md', 'fjordux');

const post = (dateLine: string) =>
  read(
    '# FjordUX 2026 Wrap Up: Talks Day Notes',
    '',
    'FjordUX: Design in Bergen · 10 to 13 June 2026 · Bergen, Norway',
    '',
    dateLine,
    '',
    'The last day was talks day. Click a title to jump to its session.',
    '',
    '- [Quiet Research: Interviews That Listen - Sarah Lindqvist](#quiet)',
    '- [The Crooked Table - Doug Fairweather](#crooked)',
    '',
    '## Thanks',
    '',
    'See you next year.',
  );

describe('a date alone on its line, outside the event’s dates', () => {
  it('is the post’s date, no day of its talks', () => {
    const { talks, event } = post('20 June 2026');
    expect(event.name).toBe('FjordUX 2026');
    expect(talks.map((t) => [t.title, t.day, t.date])).toEqual([
      ['Quiet Research: Interviews That Listen', undefined, undefined],
      ['The Crooked Table', undefined, undefined],
    ]);
  });

  it('is the day of the talks after it when it falls within them', () => {
    const { talks } = post('13 June 2026');
    expect(talks.map((t) => [t.title, t.date])).toEqual([
      ['Quiet Research: Interviews That Listen', '2026-06-13'],
      ['The Crooked Table', '2026-06-13'],
    ]);
  });
});
