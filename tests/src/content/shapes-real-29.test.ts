import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 29). */

describe('a list of favourite talks, each heading `Name - Title`', () => {
  it('reads every heading name first, titles that read as names too among them', () => {
    const { talks } = post(
      '# Talks I keep coming back to',
      '',
      '#### [Ada Brook - Simple Things Done Well](https://example.com/a) (LoopConf, 2011)',
      '',
      'Notes about it.',
      '',
      '#### [Tom Reyes - Choose Quiet Tools](https://example.com/b) (Velocity, 2015)',
      '',
      'Notes.',
      '',
      '#### [Lena Ortiz - The Cost of Clever](https://example.com/c) (Midwest, 2011)',
      '',
      'Notes.',
      '',
      '#### [Omar Haddad - Performance Matters](https://example.com/d) (LoopConf, 2019)',
      '',
      'Notes.',
      '',
      '#### [Greta Lund - wat](https://example.com/e) (CodeMash, 2012)',
      '',
      'Notes.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Simple Things Done Well', ['Ada Brook']],
      ['Choose Quiet Tools', ['Tom Reyes']],
      ['The Cost of Clever', ['Lena Ortiz']],
      ['Performance Matters', ['Omar Haddad']],
      ['wat', ['Greta Lund']],
    ]);
  });

  it('keeps a title-first post title first', () => {
    const { talks } = post(
      '# Notes from Harbour Dev Days',
      '',
      '## Choose Quiet Tools - Tom Reyes',
      '',
      'Notes.',
      '',
      '## The Cost of Clever - Lena Ortiz',
      '',
      'Notes.',
      '',
      '## Performance Matters - Omar Haddad',
      '',
      'Notes.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Choose Quiet Tools', ['Tom Reyes']],
      ['The Cost of Clever', ['Lena Ortiz']],
      ['Performance Matters', ['Omar Haddad']],
    ]);
  });
});
