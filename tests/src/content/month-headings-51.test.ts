import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A page of conference talks the author watched, grouped by the month they watched them in:
 * "## February 2020" over one linked talk, "## January 2020" over several. Each month was taken
 * for a conference (the bot listed "February 2020" and "January 2020" as events) and a month over
 * one talk became that talk's title. Written in that shape with invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'watching.md', 'watching');

const PAGE = [
  '---',
  'title: Recommended Conference Talks',
  '---',
  '',
  "A list of conference talks I've watched, and liked!",
  '',
  '## Février 2031',
  '',
  '- [Stateless Things](https://www.youtube.com/watch?v=aaa) by Guy Rauchfeld. Debunking myths about lambdas.',
  '',
  '## January 2031',
  '',
  '- [Write Less](https://www.youtube.com/watch?v=bbb) by Richard Harrow. The one intro you need.',
  '',
  '- [Polly wants an object](https://www.youtube.com/watch?v=ccc) by Sandra Mertz. Objects done right.',
];

describe('a month over the talks watched in it', () => {
  it('is no conference', () => {
    const { event, more } = read(...PAGE);
    expect(event.name).toBe('Recommended Conference Talks');
    expect(more).toBeUndefined();
  });

  it('is no talk title over one talk', () => {
    const { talks } = read(...PAGE);
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Stateless Things', ['Guy Rauchfeld']],
      ['Write Less', ['Richard Harrow']],
      ['Polly wants an object', ['Sandra Mertz']],
    ]);
  });

  it('leaves a conference with its year a conference', () => {
    const { event, more } = read(
      '# My two conferences',
      '',
      '## Jfokus 2031',
      '',
      '- [Write Less](https://www.youtube.com/watch?v=bbb) by Richard Harrow. The one intro you need.',
      '- [Loom in anger](https://www.youtube.com/watch?v=ddd) by Mia Jansen. Threads at last.',
      '',
      '## Devoxx 2031',
      '',
      '- [Polly wants an object](https://www.youtube.com/watch?v=ccc) by Sandra Mertz. Objects done right.',
      '- [Valhalla now](https://www.youtube.com/watch?v=eee) by Tom Berg. Value types.',
    );
    expect([event.name, ...(more ?? []).map((e) => e.name)]).toEqual([
      'Jfokus 2031',
      'Devoxx 2031',
    ]);
  });
});
