import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21i): speakers named by their initials only. */

describe('a speaker named by initials after the dash', () => {
  it('reads "— T.", "— M. K." and "— J. & R." as the speakers, not as words of the title', () => {
    const { talks } = post(
      '# Brown-bag talks, autumn 2025',
      '',
      'Speakers asked to be named by initials.',
      '',
      '## Flaky tests are a product problem — K.',
      '',
      'Quarantine first, fix later.',
      '',
      '## Our Terraform state, untangled — P. L.',
      '',
      'One state per team.',
      '',
      '## Pairing across time zones — S. & D.',
      '',
      'Overlap two hours, no more.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Flaky tests are a product problem', ['K.']],
      ['Our Terraform state, untangled', ['P. L.']],
      ['Pairing across time zones', ['S.', 'D.']],
    ]);
  });

  it('keeps a heading whose dash is a subtitle whole where the post does not name people so', () => {
    const { talks } = post(
      '# Brown-bag talks, autumn 2025',
      '',
      '## Chaos engineering - Breaking things safely',
      '',
      'Game days monthly.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Chaos engineering - Breaking things safely', []],
    ]);
  });
});
