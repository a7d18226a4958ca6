import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (25): notes in shapes nobody here wrote. */

describe('a bold title alone, its speaker in italics in the next paragraph', () => {
  it('reads the italic line as the speaker and company, not as the first note', () => {
    const { talks } = post(
      '# Notes from Gopher Fjord 2026',
      '',
      'In the order I saw them:',
      '',
      '**Escape analysis for mortals**',
      '',
      '_Ilka Brandvold, Tindra Systems_',
      '',
      'Most allocations we blamed on interfaces were slices. [Slides](https://speakerdeck.com/ib/escape)',
      '',
      '**Tiny services on tiny boards**',
      '',
      '*Oona Lahti & Kaspar Viik, Mikrolab*',
      '',
      'A BLE stack in 90 KB.',
      '',
      '**Drinks**',
      '',
      '_Sponsored by Pinebrook_',
      '',
      'Free cider until ten.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Escape analysis for mortals', ['Ilka Brandvold @ Tindra Systems']],
      ['Tiny services on tiny boards', ['Oona Lahti @ Mikrolab', 'Kaspar Viik @ Mikrolab']],
    ]);
    expect(talks[0]?.summary).toMatch(/^Most allocations we blamed/);
    expect(kinds(talks[0])).toEqual(['slides']);
  });

  it('keeps a bold line over an italic sentence as prose', () => {
    const { talks } = post(
      '# Notes from Gopher Fjord 2026',
      '',
      '## Escape analysis for mortals by Ilka Brandvold',
      '',
      '**Why it matters**',
      '',
      '_Every allocation you avoid is one the collector never sees._',
      '',
      'Notes.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Escape analysis for mortals', ['Ilka Brandvold']],
    ]);
    expect(talks[0]?.summary).toMatch(/collector never sees/);
  });
});
