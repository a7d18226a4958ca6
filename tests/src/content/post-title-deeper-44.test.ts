import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A README of talk notes whose title is written a level down — "## Pixel Days 2031" over its
 * dates and the author's opening, then each talk as "# Name: Title" — gave the title as a talk
 * and named the event after the file. Invented conference and people.
 */
describe('a post titled one level below its talks', () => {
  const notes = (title: string) =>
    post(
      title,
      '### May 24 - 26, Gdańsk',
      'My notes on the conference. Any mistakes are mine.',
      '',
      '* [Ola Nowak: Legends of the old web](#ola)',
      '* [Piet Smit: The power of CSS](#piet)',
      '',
      '# Ola Nowak: Legends of the old web',
      '',
      'What has been will be again.',
      '',
      '# Piet Smit: The power of CSS',
      '',
      'Filters edit photos in the browser.',
    );

  it('is the event’s name, and no talk', () => {
    const { talks, event } = notes('## Pixel Days 2031');
    expect(event.name).toBe('Pixel Days 2031');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Legends of the old web', ['Ola Nowak']],
      ['The power of CSS', ['Piet Smit']],
    ]);
  });
});
