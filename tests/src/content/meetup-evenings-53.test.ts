import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A student's summary of the meetups they went to: "### Meetup #1, March 5" over the story of
 * the evening (who came, what was chatted about, a video linked in passing). Each evening was read
 * as a talk titled "Meetup #1, March 5". Written with invented meetups and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'meetups.md', 'meetups');

describe("a meetup's numbered evening", () => {
  it('is no talk where it is told as a story', () => {
    const { talks } = read(
      '# Meetups this spring',
      '',
      '### Meetup #1, March 5',
      '',
      'Last night I went to my first meetup, a project night. We worked on our projects and chatted.',
      '',
      '### Fjord Beers #2 (2031-03-06)',
      '',
      'Mostly backend people. We chatted about [self-driving ferries](https://www.youtube.com/watch?v=abc123).',
    );
    expect(talks).toEqual([]);
  });

  it('still groups the talks under it, and a numbered talk stays a talk', () => {
    const { talks } = read(
      '# Fjord Rust',
      '',
      '## Fjord Rust Meetup #12',
      '',
      '### Async without tears - Ada Lund',
      '',
      'Pinning explained with boxes.',
      '',
      '## #13 - Embedded on a budget - Ola Brandt',
      '',
      'A board for five euros.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Async without tears', ['Ada Lund']],
      ['Embedded on a budget', ['Ola Brandt']],
    ]);
  });
});
