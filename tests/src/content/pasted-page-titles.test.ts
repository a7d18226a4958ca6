import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

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

  it('reads a list of video links titled "Title by Speaker", the conference before a dash left out', () => {
    const parsed = post(
      '# Videos I liked from Fjordconf 2019',
      '',
      '* [Queues by default by Ola Nordmann](https://www.youtube.com/watch?v=q1)',
      '  * backpressure, finally explained',
      '* [Fjordconf 2019 - Caches that forget by Bo Sten - YouTube](https://www.youtube.com/watch?v=q2)',
      '  * eviction done right',
      '* [Learning by Trolling](https://www.youtube.com/watch?v=q3)',
      '  * a talk about forums',
      '* [Refactoring by Example Code](https://example.org/refactoring)',
      '  * small steps',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nordmann']],
      ['Caches that forget', ['Bo Sten']],
      ['Learning by Trolling', []],
      ['Refactoring by Example Code', []],
    ]);
  });
});
