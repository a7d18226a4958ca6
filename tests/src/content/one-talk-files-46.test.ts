import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A repository of talk notes, a file per talk (the shape of a real PyData talk-notes
 * repository): each file is one talk, and every heading in it is a part of that talk, whatever
 * its words. Invented people, companies and talks.
 */
const file = (path: string, ...lines: string[]) => parseNotes(lines.join('\n'), path, 'x');
const LOOPS = ['# Loop Better by Ann Berg', '', '## for loops', '', '- Iterables everywhere', ''];
const notesOf = (parsed: ReturnType<typeof file>) => JSON.stringify(parsed.talks[0]?.notes);

describe('a heading inside a file of one talk', () => {
  it('is a part of the talk even where its words would name a post’s own section', () => {
    const parsed = file(
      'harbour-meetup-talk-notes/keynote3.md',
      'Models need owners',
      'Nobody owns them yet',
      '',
      'Mirela Vasquez',
      'Quayside.io - Harbour logistics',
      '',
      '## Learning Cranes',
      '',
      'Sensors on every crane',
      '',
      '## Ranking and Relevance',
      '',
      '- Berth matching as a stable marriage problem',
      '- Gradient boosted trees',
      '',
      '## Community',
      '',
      '- A meetup in every port',
      '',
      '## Now what?',
      '',
      '- Get it to production',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Learning Cranes']);
    expect(notesOf(parsed)).toMatch(/Ranking and Relevance.*stable marriage problem/);
    expect(notesOf(parsed)).toMatch(/A meetup in every port/);
    expect(parsed.problems.filter((p) => /skipped/.test(p.message))).toEqual([]);
  });

  it('is a part under a title that names the speaker too', () => {
    const parsed = file(
      'notes/loops.md',
      ...LOOPS,
      '## Costs',
      '',
      '- Every loop allocates an iterator',
      '',
      '## Iterators',
      '',
      '- Lazy by default',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Loop Better']);
    expect(notesOf(parsed)).toMatch(/Every loop allocates an iterator/);
  });

  it('still leaves out the post’s own sections its notes end with', () => {
    const parsed = file(
      'notes/loops.md',
      ...LOOPS,
      '## Iterators',
      '',
      '- Lazy by default',
      '',
      '## Related posts',
      '',
      '- [My notes from last year](https://example.com/last-year)',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Loop Better']);
    expect(notesOf(parsed)).not.toMatch(/last year/);
  });
});
