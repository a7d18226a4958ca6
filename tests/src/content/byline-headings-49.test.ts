import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A list of talks worth watching, each title a heading and its speaker a smaller heading right
 * under it ("## So You Want to Start Refactoring?" over "### by [@j3foley](…)", the shape of a
 * real RailsConf post). Invented titles and people.
 */
const WATCH = [
  '# Talks you should watch',
  '',
  'Some of the ones worth watching.',
  '',
  '## So You Want to Start Refactoring?',
  '',
  '### by [@jfoley](https://twitter.com/jfoley)',
  '',
  'In this talk, Jill Foley talks about refactoring.',
  '',
  '## Nothing is Something',
  '',
  '### by [@sandimetz](https://twitter.com/sandimetz)',
  '',
  'Null objects beat conditionals.',
  '',
  '## Boring deploys',
  '',
  '### by Omar Haddad',
  '',
  'Deploy on Fridays.',
];

describe('a byline as a heading right under the title', () => {
  it('is the speaker of the talk above, not a talk titled "by …"', () => {
    const { talks } = post(...WATCH);
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      // The notes name the handle's person in full: that name (see handle-names-51).
      ['So You Want to Start Refactoring?', ['Jill Foley']],
      ['Nothing is Something', ['@sandimetz']],
      ['Boring deploys', ['Omar Haddad']],
    ]);
  });

  it('keeps a talk heading that opens with "By" and says more', () => {
    const { talks } = post(
      '# Notes',
      '',
      '## Day 1',
      '',
      '### By the numbers: a year of incidents — Sarah Holt',
      '',
      '- mean time to recover fell',
      '',
      '### Boring deploys — Omar Haddad',
      '',
      '- deploy on Fridays',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'By the numbers: a year of incidents',
      'Boring deploys',
    ]);
  });
});
