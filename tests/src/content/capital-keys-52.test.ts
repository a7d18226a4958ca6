import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post whose front matter writes its keys with a capital (`Title:`, `Date:`, as Pelican did and
 * blogs moved from it keep): the bot named the event after the file ("tm17-notes") and dated
 * nothing. Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'tm17-notes.md', 'tm17-notes');

describe('front matter keys written with a capital', () => {
  it('names the event from `Title:`', () => {
    const { event } = read(
      '---',
      'Title: "Sensorfest 2031"',
      'Date: 2031-10-20',
      'Category: general',
      '---',
      '',
      '## Mesh networks on a budget — Ola Brandt',
      '',
      'Ola walked through cheap radios and what they cannot do.',
    );
    expect(event.name).toBe('Sensorfest 2031');
  });

  it('keeps the lower-case key where both are written', () => {
    const { event } = read(
      '---',
      'title: "Sensorfest 2031"',
      'Title: "Something Else"',
      '---',
      '',
      '## Mesh networks on a budget — Ola Brandt',
      '',
      'Ola walked through cheap radios and what they cannot do.',
    );
    expect(event.name).toBe('Sensorfest 2031');
  });
});
