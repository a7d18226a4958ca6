import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A conference recap, a `## Title by Jane Doe` heading per talk, then the author's afterword
 * under headings of its own: a sponsor's brunch, the city. Invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'posts/infraconf-31.md', 'page');

const talks = [
  '## Modules that last by [Petra Novak](https://twitter.com/pnovak)',
  '',
  'Petra showed how to version modules without pain.',
  '',
  '## Secrets, kept by Omar Haddad',
  '',
  'Omar walked through secret rotation.',
  '',
  '## Gossip for health checks by Lena Fischer',
  '',
  'Lena closed day 1 with failure detectors.',
  '',
];

describe('headings after the last talk of a post whose talks all name their speaker', () => {
  it('are the author’s afterword, no talks', () => {
    const { talks: read1 } = read(
      ...talks,
      '## Cloudy Brunch',
      '',
      'On Thursday morning I went to a brunch a sponsor gave.',
      '',
      '## Porto, Portugal',
      '',
      'I stayed two more nights to see the city.',
    );
    expect(read1.map((t) => t.title)).toEqual([
      'Modules that last',
      'Secrets, kept',
      'Gossip for health checks',
    ]);
  });

  it('keeps a last talk that links its slides, and unnamed talks among the named', () => {
    const { talks: read2 } = read(
      ...talks,
      '## Logs without fear',
      '',
      'My own talk: [slides](https://example.org/logs.pdf).',
    );
    expect(read2.map((t) => t.title).at(-1)).toBe('Logs without fear');
    const { talks: read3 } = read(
      '## Quiet talk',
      '',
      'Nobody was named here.',
      '',
      ...talks,
      '## Porto, Portugal',
      '',
      'I stayed two more nights to see the city.',
    );
    expect(read3).toHaveLength(5);
  });
});
