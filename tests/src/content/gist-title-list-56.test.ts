import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A gist whose one heading is its title, written a level down and in lower case ("## notes -
 * frontend day utrecht 2031"), over a list of talks with their notes nested: one talk titled
 * by the gist's heading, the real talks its notes. Invented event, talks and people.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'gist.md', 'x').talks.map((talk) => [
    talk.title,
    talk.speakers.map((speaker) => speaker.name),
  ]);

describe('a lone heading of a year over a list of talks', () => {
  it('titles the post, and each item is a talk', () => {
    expect(
      read(
        '## notes - frontend day utrecht 2031',
        '',
        '* Container queries in the wild - Femke Jansen (Bol)',
        '  * they replaced 40% of their media queries',
        '* View transitions - Ruud van Dam',
        '  * cross-document transitions in Chrome only',
        '',
        'random: the venue wifi was awful',
      ),
    ).toEqual([
      ['Container queries in the wild', ['Femke Jansen']],
      ['View transitions', ['Ruud van Dam']],
    ]);
  });

  it('stays one talk over a list of its notes', () => {
    expect(
      read(
        '## Platform engineering in 2031',
        '',
        'Speaker: Ada Lind',
        '',
        '- Golden paths - paved roads for teams',
        '- Backstage - the portal, still heavy',
      ),
    ).toEqual([['Platform engineering in 2031', ['Ada Lind']]]);
  });
});
