import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A page of songs to code to, each a line over its video, or a linked title alone in its
 * paragraph: the bot read the songs as talks ("Imagine" by John Lennon), and one song as the
 * speaker of the one before it. Nothing on the page speaks of talks. Written in that shape.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'songs.md', 'songs');

describe('a playlist of songs', () => {
  it('as lines over their videos is no list of talks', () => {
    const { talks } = read(
      '# Songs for coding',
      '',
      'My playlist for long evenings of refactoring.',
      '',
      'Bohemian Rhapsody by Freddie Mercury',
      'https://www.youtube.com/watch?v=aaaaaaaaaa1',
      '',
      'Hotel California by Don Henley',
      'https://www.youtube.com/watch?v=aaaaaaaaaa2',
      '',
      'Imagine by John Lennon',
      'https://www.youtube.com/watch?v=aaaaaaaaaa3',
    );
    expect(talks).toEqual([]);
  });

  it('as linked titles alone gives no song as the speaker of another', () => {
    const { talks } = read(
      '# Songs for coding',
      '',
      'My playlist for long evenings of refactoring.',
      '',
      '[Bohemian Rhapsody](https://www.youtube.com/watch?v=aaaaaaaaaa1)',
      '',
      '[Hotel California](https://www.youtube.com/watch?v=aaaaaaaaaa2)',
      '',
      '[Imagine](https://www.youtube.com/watch?v=aaaaaaaaaa3)',
    );
    expect(talks.flatMap((t) => t.speakers)).toEqual([]);
  });
});
