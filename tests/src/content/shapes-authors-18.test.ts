import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (18): each post invented for these tests. */

describe('talks inside containers', () => {
  it('reads a talk written as a block quote as the same lines without the quote', () => {
    const { talks } = post(
      '---',
      'title: "BrickConf 2025: one quote per talk"',
      '---',
      'One block per talk, then what I thought.',
      '',
      '> **Indexes you forgot you had**',
      '> Odile Marchetti, Quarrystone',
      '>',
      '> Unused indexes still cost you on every write.',
      '>',
      '> [slides](https://speakerdeck.com/omarchetti/indexes) · [video](https://www.youtube.com/watch?v=aaaaaaaaaaa)',
      '',
      'The best talk of the morning.',
      '',
      '> "Every outage is a DNS outage until proven otherwise."',
      '',
      '> **Vacuum, explained slowly**',
      '> Tomasz Brzęk (Kilnworks)',
      '>',
      '> Autovacuum is a janitor; fund it.',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Indexes you forgot you had', ['Odile Marchetti @ Quarrystone'], ['slides', 'video']],
      ['Vacuum, explained slowly', ['Tomasz Brzęk @ Kilnworks'], []],
    ]);
    expect(talks[0]?.summary).toContain('Unused indexes still cost you');
    expect(talks[0]?.summary).toContain('The best talk of the morning.');
  });

  it('keeps a quote that is no talk a quote', () => {
    const { talks } = post(
      '# BrickConf 2025',
      '',
      '## Indexes you forgot you had — Odile Marchetti (Quarrystone)',
      '',
      '> **Note**',
      '> Check pg_stat_user_indexes before dropping anything.',
      '',
      '- Unused indexes cost writes',
    );
    expect(talks.map((t) => t.title)).toEqual(['Indexes you forgot you had']);
  });

  it('reads a definition list of talks, and not a glossary', () => {
    const { talks, problems } = post(
      '---',
      'title: FlowFest Bergen 2025',
      '---',
      'My notes as a definition list.',
      '',
      '## Day 1',
      '',
      'Backpressure for the impatient',
      ': *Ingvild Aasen, Fossekraft*',
      ': Every queue is a promise you can break.',
      ': [Slides](https://speakerdeck.com/iaasen/backpressure) · [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)',
      '',
      'Keynote: Streams all the way down',
      ': *Dr. Halvard Nygård*',
      ': The log is the database, again.',
      '',
      '## Day 2',
      '',
      'Joins that do not lie',
      ': *Mei Aoki & Rune Dahl — Strømlab*',
      ': Interval joins whenever the business allows.',
      '',
      '## Words I had to look up',
      '',
      'Watermark',
      ': A timestamp that says no older events will arrive.',
      '',
      'Savepoint',
      ': A portable snapshot of a job.',
    );
    expect(talks.map((t) => [t.title, who(t), t.day, kinds(t)])).toEqual([
      [
        'Backpressure for the impatient',
        ['Ingvild Aasen @ Fossekraft'],
        'Day 1',
        ['slides', 'video'],
      ],
      ['Streams all the way down', ['Dr. Halvard Nygård'], 'Day 1', []],
      ['Joins that do not lie', ['Mei Aoki @ Strømlab', 'Rune Dahl @ Strømlab'], 'Day 2', []],
    ]);
    expect(talks[0]?.summary).toBe('Every queue is a promise you can break.');
    expect(talks[1]?.kind).toBe('Keynote');
    expect(problems.map((p) => p.message)).toContain(
      '"Words I had to look up" skipped as not a talk: a glossary of terms, not a talk',
    );
  });
});
