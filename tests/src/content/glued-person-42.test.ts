import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A numbered list of the talks the author attended, the speaker glued on after the title with
 * their company between commas, the comment running on. Invented conference, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes/gemconf.md', 'page');
const shown = (talks: { title: string; speakers: { name?: string; company?: string }[] }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.company])]);

describe('a speaker glued on after a listed title', () => {
  it('is read where a given name and a company between commas say so', () => {
    const { talks } = read(
      '# GemConf 2033 notes',
      '',
      'Talks I attended, with some light commentary:',
      '',
      'Day 1:',
      '',
      '  1. Hiring for a small platform team Jack Lindqvist, former Parcelhub, is a calm speaker and I liked his points on rotations.',
      '  2. Faster test suites Priya Raman, at Loadwise, showed how she halved CI time.',
      '  3. Uncoupling systems',
      '  4. Streaming for Regular Developers This talk was hands-on.',
    );
    expect(shown(talks)).toEqual([
      ['Hiring for a small platform team', [['Jack Lindqvist', undefined]]],
      ['Faster test suites', [['Priya Raman', 'Loadwise']]],
      ['Uncoupling systems', []],
      ['Streaming for Regular Developers', []],
    ]);
    // "Day 1:" over the list: the day, without its colon.
    expect(talks.map((t) => t.day)).toEqual(['Day 1', 'Day 1', 'Day 1', 'Day 1']);
    expect(talks[0]?.summary).toMatch(/^Jack Lindqvist, former Parcelhub, is a calm speaker/);
  });

  it('not a name without a company between commas', () => {
    const { talks } = read(
      '# GemConf 2033 notes',
      '',
      'Talks I attended, with some light commentary:',
      '',
      '  1. An evening with Jack Lindqvist This talk was a live interview.',
      '  2. Uncoupling systems',
      '  3. Streaming for Regular Developers This talk was hands-on.',
    );
    expect(shown(talks)).toEqual([
      ['An evening with Jack Lindqvist', []],
      ['Uncoupling systems', []],
      ['Streaming for Regular Developers', []],
    ]);
  });
});
