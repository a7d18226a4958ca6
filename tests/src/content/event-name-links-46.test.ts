import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A repository's README of a conference's talks, titled "<Conference> talk links and notes", a
 * quoted title and "by" per heading over its links (the shape of a real PyGotham notes README).
 * Invented conference, people and talks.
 */
const readme = (title: string) =>
  post(
    `# ${title}`,
    '',
    '## "Ferries at Scale" by Jonas Berg',
    '',
    '* [Abstract](https://example.org/talks/ferries-at-scale/)',
    '* Slides (TBD)',
    '',
    '## "Dataclasses are here! Now what?" by Mia Lund',
    '',
    '* [Abstract](https://example.org/talks/dataclasses/)',
  );

describe('a README titled with what it holds after the conference', () => {
  it('names the conference without "talk links and notes"', () => {
    expect(readme('HarbourConf 2031 talk links and notes').event.name).toBe('HarbourConf 2031');
    expect(readme('HarbourConf 2031 slides and videos').event.name).toBe('HarbourConf 2031');
    expect(readme('HarbourConf 2031 notes and slides').event.name).toBe('HarbourConf 2031');
  });
});
