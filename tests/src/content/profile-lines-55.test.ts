import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A line that only says where to find the speaker ("Su twitter @x", "LinkedIn: …") was a talk's
 * summary, or opened it, in posts that start each talk so. Invented event, people and notes.
 */
const summaries = (...lines: string[]) =>
  Object.fromEntries(
    parseNotes(['# Prøvefest 2031', '', ...lines].join('\n'), 'notes.md', 'provefest').talks.map(
      (talk) => [talk.title, talk.summary],
    ),
  );

describe("the speaker's profile in a talk's notes", () => {
  it('is no summary on its own', () => {
    expect(
      summaries(
        '## Flaky tests are a product problem - Jonas Berg',
        'Su twitter [@jberg](https://twitter.com/jberg)',
        '',
        '## Contracts at the edge - Dee Ng',
        '',
        'LinkedIn: https://www.linkedin.com/in/dee-ng/',
      ),
    ).toEqual({ 'Flaky tests are a product problem': '', 'Contracts at the edge': '' });
  });

  it('is cut from the notes that follow it, and other notes stay', () => {
    expect(
      summaries(
        '## Mutation testing for skeptics - Rita Lobo',
        'Su twitter [@ritalobo](https://twitter.com/ritalobo), nos habló de mutantes.',
        '',
        '## Mobbing at scale - Bo Berg',
        '',
        'Follow him on Mastodon: @bo@hachyderm.io. He mobbed with forty people.',
        '',
        '## Platform teams - Cy Dahl',
        '',
        '- Twitter: @cydahl',
        '- Platforms are products with users.',
      ),
    ).toEqual({
      'Mutation testing for skeptics': 'Nos habló de mutantes.',
      'Mobbing at scale': 'He mobbed with forty people.',
      'Platform teams': 'Platforms are products with users.',
    });
  });

  it('leaves notes about the platforms themselves', () => {
    expect(
      summaries(
        '## Moderation at scale - Ed Fox',
        '',
        'Twitter is a mess; she said so. GitHub Actions run everywhere.',
        '',
        '## Code hosting - Flo Gee',
        '',
        'GitHub: the platform for code, and how it scales.',
      ),
    ).toEqual({
      'Moderation at scale': 'Twitter is a mess; she said so. GitHub Actions run everywhere.',
      'Code hosting': 'GitHub: the platform for code, and how it scales.',
    });
  });
});
