import { describe, expect, it } from 'vitest';
import { post, shape, who } from './shape-fixture.ts';

/**
 * A file of one talk's notes titled by a link to the conference's page of that talk, the day it
 * was given and the speaker under it, its parts as `##` headings (the shape of a real QCon notes
 * repository, one file per talk). Invented talk and speaker.
 */
describe('a file titled by a link to the talk page', () => {
  const { talks } = shape('talk-page-file');

  it('is one talk, its sections the notes', () => {
    expect(talks.map((t) => t.title)).toEqual(['Paved roads at a streaming company']);
    expect(talks[0]?.summary).toContain('Breathing is an act of trust');
  });

  it('has the speaker named under the day it was given', () => {
    expect(who(talks[0])).toEqual(['Sarah Holt @ Streamly']);
  });

  it('reads a post titled by the conference page over its talks as those talks', () => {
    const { talks: many } = post(
      '# [Harbourconf 2031](https://harbourconf.example/2031)',
      '',
      '## Paved roads — Sarah Holt',
      '',
      '- Golden paths',
      '',
      '## Boring deploys — Omar Haddad',
      '',
      '- Deploy on Fridays',
    );
    expect(many.map((t) => t.title)).toEqual(['Paved roads', 'Boring deploys']);
  });
});
