import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A repository of talk notes, a file per talk, in a folder that names no conference: no title of
 * its own, a line or two of notes, the speaker's name on a line with their company under it, then
 * `##` sections that are the talk's parts (the shape of a real PyData talk-notes repository's
 * `keynote1.md`). Invented people, companies and talks.
 */
const file = (path: string, ...lines: string[]) => parseNotes(lines.join('\n'), path, 'x');

const KEYNOTE = [
  'Open source needs maintainers',
  'The foundation funds some of them',
  '',
  'Mirela Vasquez',
  'Quayside.io - Harbour logistics',
  '',
  '## Streaming at the Edge',
  '',
  'Sensors on every crane',
  '',
  '## Now what?',
  '',
  '- Get it to production',
  '',
  '## Way Back',
  '',
  '### Advantages',
  '- Fast',
  '',
  '### Disadvantages',
  '- Error prone',
];

describe('a file of one talk whose opening names its speaker', () => {
  it('is that one talk, titled by its first section, the speaker and company from the opening', () => {
    const parsed = file('harbour-meetup-talk-notes/keynote2.md', ...KEYNOTE);
    expect(parsed.talks.map((t) => t.title)).toEqual(['Streaming at the Edge']);
    const [talk] = parsed.talks;
    expect(talk?.speakers).toEqual([{ name: 'Mirela Vasquez', company: 'Quayside.io' }]);
    // Named `keynote2.md`: a keynote.
    expect(talk?.kind).toBe('Keynote');
    // Its other sections are its notes.
    expect(JSON.stringify(talk?.notes)).toMatch(/Error prone/);
  });

  it('takes the title from a file name of words, over its first section', () => {
    const parsed = file(
      'harbour-meetup-talk-notes/Cranes that learn.md',
      'Jonas Eberhardt',
      'Staff Engineer at Kranwerk',
      '',
      '## Why cranes',
      '',
      'Models run next to the crane.',
      '',
      '## Retraining',
      '',
      '- Weekly, from the crane logs',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Cranes that learn']);
    expect(parsed.talks[0]?.speakers).toEqual([{ name: 'Jonas Eberhardt', company: 'Kranwerk' }]);
  });

  it('stays a post of talks where its headings name their own speakers', () => {
    const parsed = file(
      'harbour-meetup-talk-notes/evening.md',
      'Mirela Vasquez',
      'Quayside.io - Harbour logistics',
      '',
      '## Streaming at the Edge — Tobias Lind',
      '',
      'Sensors on every crane.',
      '',
      '## Cranes that learn — Jonas Eberhardt',
      '',
      'Models run next to the crane.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Streaming at the Edge',
      'Cranes that learn',
    ]);
  });

  it('stays a post where the file is named as one (a year, "notes")', () => {
    const parsed = file('blog/harbour-2031-notes.md', ...KEYNOTE);
    expect(parsed.talks.length).toBeGreaterThan(1);
  });
});

describe("a post's byline over its talks", () => {
  it('stays a post where the opening names the conference', () => {
    const parsed = file(
      'blog/my-experience-at-harbourconf.md',
      'Harbourconf Oslo 2031',
      '',
      'Mirela Vasquez',
      'Quayside Product Blog',
      '',
      '## Streaming at the Edge',
      '',
      'Sensors on every crane.',
      '',
      '## Cranes that learn',
      '',
      'Models run next to the crane.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Streaming at the Edge',
      'Cranes that learn',
    ]);
  });
});
