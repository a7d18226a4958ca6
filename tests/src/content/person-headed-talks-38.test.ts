import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { facts } from './shape-fixture.ts';

/**
 * A post that heads each talk with its speaker's full name alone, grouped under "Morning talks",
 * and tells the talk in prose. Invented posts.
 */
const talksOf = (markdown: string) =>
  facts(parseNotes(markdown, 'blog/tidewater.md', 'tidewater-2020').talks);

describe('people’s headings over their talks', () => {
  it('are talks of the group above them, each by its person', () => {
    const talks = talksOf(
      [
        '# Tidewater 2020',
        '',
        '## Morning talks',
        '',
        '### Saoirse Dunleavy',
        '',
        'Dunleavy walked us through compiler metadata and what it cannot encode.',
        '',
        '### Tomasz Wierzbicki',
        '',
        'Tomasz presented a small socket library and its testing story.',
        '',
        '### Halvard Eikrem',
        '',
        'Eikrem presented [Grammars for the working programmer](https://example.org/talks/grammars). Great talk all around.',
      ].join('\n'),
    );
    expect(talks).toEqual([
      // "Morning talks" is a part of the day that groups them, no topic (post-outline-l38).
      { title: 'Saoirse Dunleavy', speakers: ['Saoirse Dunleavy'] },
      { title: 'Tomasz Wierzbicki', speakers: ['Tomasz Wierzbicki'] },
      { title: 'Grammars for the working programmer', speakers: ['Halvard Eikrem'] },
    ]);
  });

  it('leave a lone name heading whose notes never name the person', () => {
    const talks = talksOf(
      [
        '# Tidewater 2020',
        '',
        '## Grace Hopper',
        '',
        'A talk about the history of compilers.',
        '',
        '## Sand Castles',
        '',
        'Building things that wash away.',
      ].join('\n'),
    );
    expect(talks.map((t) => t.speakers)).toEqual([[], []]);
  });
});
