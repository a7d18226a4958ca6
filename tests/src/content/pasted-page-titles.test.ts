import { describe, expect, it } from 'vitest';
import { kinds, post } from './shape-fixture.ts';

/** A video's or a deck's page title pasted as the talk's heading, site name and all. */

describe("a page's title pasted as a talk's title", () => {
  it('leaves out the site it ends with (" - YouTube", " - Speaker Deck")', () => {
    const parsed = post(
      '# Fjordconf 2025',
      '',
      '## [The Elusive Attribute - YouTube](https://www.youtube.com/watch?v=abc123)',
      '- attributes in Rails',
      '',
      '## [Crossing the Chasm - Speaker Deck](https://speakerdeck.com/someone/crossing-the-chasm)',
      '- adoption curve',
      '',
      '## Watching YouTube',
      '- streams',
    );
    expect(parsed.talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['The Elusive Attribute', ['video']],
      ['Crossing the Chasm', ['slides']],
      ['Watching YouTube', []],
    ]);
  });
});
