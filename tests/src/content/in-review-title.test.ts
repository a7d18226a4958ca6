import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A post titled "<Conference> <year> in Review": what the post is, not a place. Invented. */
const eventOf = (title: string) =>
  parseNotes(
    ['---', `title: "${title}"`, '---', '', '## Sharper tools', '', 'Notes.'].join('\n'),
    'post.md',
    'post',
  ).event;

describe('a post title that says the post is a review', () => {
  it('names the conference without "in Review" and gives it no place', () => {
    for (const title of [
      'Brightwater Summit 2021 in Review – Day 1',
      'Brightwater Summit 2021 in Review',
      'Brightwater Summit 2021 in Retrospect',
    ]) {
      const event = eventOf(title);
      expect(event.name, title).toBe('Brightwater Summit 2021');
      expect(event.place, title).toBeUndefined();
    }
  });

  it('still reads a city after "in"', () => {
    expect(eventOf('Brightwater Summit 2021 in Lisbon')).toMatchObject({
      name: 'Brightwater Summit 2021',
      place: 'Lisbon',
    });
  });
});
