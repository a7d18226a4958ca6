import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Bullets of a post's takeaways, "Topic: opinion", and talks listed "Title - Name: comment" whose
 * name is the author's initials: neither topic nor initials is a speaker. Invented posts.
 */
describe('a topic before a colon in a bullet', () => {
  it('is no speaker where its words are common words, not a name', () => {
    const { talks } = post(
      '# Things I took home from ArchConf 2032',
      '',
      '- Event Sourcing: worth it, but only for the audit-heavy parts',
      '- Service Meshes: mostly overkill for teams under fifty engineers',
      '- Feature Flags: clean them up or they rot',
      '- Platform Teams: product thinking or bust',
    );
    expect(talks.flatMap((t) => who(t))).toEqual([]);
    expect(talks.map((t) => t.title)).not.toContain(
      'mostly overkill for teams under fifty engineers',
    );
  });

  it('still reads a person before the colon', () => {
    const { talks } = post(
      '# ArchConf 2032',
      '',
      '- Priya Raman: Designing for failure',
      '- Tomas Berg: The cost of waiting',
      '- Rich Hickey: Simple made easy',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Designing for failure', ['Priya Raman']],
      ['The cost of waiting', ['Tomas Berg']],
      ['Simple made easy', ['Rich Hickey']],
    ]);
  });
});

describe('capitals or initials after a dash', () => {
  it('are no speaker where they run together or sign a comment', () => {
    const { talks } = post(
      '# QCon London 2032',
      '',
      '- Building Resilient Systems - Marta Lind: good war stories',
      '- Observability For Everyone - DWG: solid intro, nothing new. Worth a watch.',
      '- Data Contracts At Scale - Tomas Berg',
      '- Cell-Based Architecture - D.W.G.: the best of the day',
      '- Platform Engineering Done Right - Ana Ruiz',
      '- Testing In Production - Priya Raman',
    );
    const speakers = talks.flatMap((t) => who(t) ?? []);
    expect(speakers).toEqual(['Marta Lind', 'Tomas Berg', 'Ana Ruiz', 'Priya Raman']);
    expect(talks.map((t) => t.title)).toContain('Building Resilient Systems');
  });

  it('still reads initials set apart by periods as a speaker', () => {
    const { talks } = post(
      '# Brown-bag talks',
      '',
      'Speakers asked to be named by initials.',
      '',
      '## Our Terraform state, untangled — P. L.',
      '',
      'One state per team.',
      '',
      '## Flaky tests are a product problem — K.',
      '',
      'Quarantine first.',
      '',
      '## Serverless patterns — AWS',
      '',
      'Cold starts are fine.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Our Terraform state, untangled', ['P. L.']],
      ['Flaky tests are a product problem', ['K.']],
      ['Serverless patterns — AWS', []],
    ]);
  });
});
