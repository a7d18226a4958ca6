import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A recap that sorts its talks into "The best talks", "The worst talks" and "The beautiful
 * talks", each talk a heading under them: the groups hold the talks, they are no sections of the
 * post to skip. An award's section stays the post's. Invented conference, talks and people.
 */
const titles = (lines: string[]) =>
  parseNotes(lines.join('\n\n'), 'notes/alertcon.md', 'page').talks.map((t) => t.title);

const rated = [
  '# AlertCon 2030: the good, the bad and the beautiful',
  'Every talk was interesting, but a few jumped out at me.',
  '## The best talks',
  '### Noor Haddad (@noorh) - The little dashboard that could',
  'Noor drove adoption of SLOs one team at a time.',
  '### Bram Visser (@bramv) - Sampling traces without regret',
  'Bram kept one trace in a thousand and lost nothing.',
  '## The worst talks',
  '### Ada Lind (@adal) - Logs forever',
  'Ada showed a storage bill that scared everyone.',
];

const awarded = [
  '# AlertCon 2030',
  '## Sampling traces without regret by Bram Visser',
  'Bram kept one trace in a thousand.',
  '## Best talk award',
  '### Voted by the audience',
  'Bram won, again.',
];

describe('“The best talks” over its talks', () => {
  it('is a group of talks, not a section of the post', () =>
    expect(titles(rated)).toEqual([
      'The little dashboard that could',
      'Sampling traces without regret',
      'Logs forever',
    ]));

  it('an award for the best talk stays the post’s', () =>
    expect(titles(awarded)).toEqual(['Sampling traces without regret']));
});
