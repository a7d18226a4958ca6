import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post titled "Typed workers: notes", about one talk told in its parts: the event was named
 * "Typed workers:", the colon before the post's word left behind. Invented talk and people.
 */
describe("a title ending with the post's word after a colon", () => {
  it('names the event without the colon', () => {
    const { event } = parseNotes(
      [
        '---',
        'title: "Typed workers: notes"',
        '---',
        '',
        '## Part one',
        '',
        'In the first part of the talk Ada explained why workers need types.',
        '',
        '## Part two',
        '',
        'In the second part she showed the compiler catching a race.',
      ].join('\n'),
      'typed-workers.md',
      'x',
    );
    expect(event?.name).toBe('Typed workers');
  });
});
