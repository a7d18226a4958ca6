import { describe, expect, it } from 'vitest';
import { titled } from './real-13-fixture.ts';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R13b), written again with invented talks and people: speakers
 * named only by the links to their profiles, in the first lines of a talk's notes.
 */

describe('speakers named by links to their profiles', () => {
  it('are the talk’s speakers, under the heading or under its first part', () => {
    const parsed = post(
      '# Harbourdays 2026 - Feedback',
      '',
      '### Talk 1: Pairing with the pager',
      '#### Summary',
      '[Ines Moreau](https://www.linkedin.com/in/ines-moreau-1234/) and [Tom Okafor](https://www.linkedin.com/in/tomokafor/), led a session on on-call.',
      '#### Key takeaways',
      '- sleep matters',
      '',
      '### Talk 2: Budgets for errors',
      'In this talk, [Dr. Vera Holm](https://x.com/veraholm) shares how her team spends its error budget.',
      '',
      '### Talk 3: Lint your infrastructure',
      'By [Kai Brandt](https://github.com/kaibrandt) & [Lena Voss](https://hachyderm.io/@lenavoss)',
      'A tour of policy checks.',
    );
    expect(titled(parsed)).toEqual([
      ['Pairing with the pager', ['Ines Moreau', 'Tom Okafor']],
      ['Budgets for errors', ['Vera Holm']],
      ['Lint your infrastructure', ['Kai Brandt', 'Lena Voss']],
    ]);
  });

  it('leaves links to articles, repositories and sites, or to no name, alone', () => {
    const parsed = post(
      '# Harbourdays 2026',
      '',
      '### Budgets for errors',
      'As [Vera Holm](https://blog.example/vera) wrote, and see [the repo](https://github.com/acme/budgets).',
      '',
      '### Lint your infrastructure',
      'Thanks to [the organisers](https://www.linkedin.com/in/harbourdays/) for this one.',
    );
    expect(titled(parsed)).toEqual([
      ['Budgets for errors', []],
      ['Lint your infrastructure', []],
    ]);
  });
});
