import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A post's dashed headings name speakers only where most split so, as a dash may part a title from
 * a subtitle. "The future of async — panel" counted as one that did not, so beside it
 * "Zero-cost abstractions in practice — Dan Brown" kept the name in its title and had no speaker.
 * A dash that parts only the kind of session says nothing of how the post names people.
 * Invented people and talks.
 */
describe('a heading whose dash parts only its kind of session', () => {
  const { talks } = post(
    '# RustFjord 2031',
    '',
    '## The future of async — panel',
    '',
    'Moderated by Tom Berg.',
    '',
    '## Zero-cost abstractions in practice — Dan Brown',
    '',
    'Iterator chains compiled to tight loops.',
  );

  it('leaves the other headings’ speakers after their dash', () => {
    expect(talks.map((talk) => talk.title)).toEqual([
      'The future of async',
      'Zero-cost abstractions in practice',
    ]);
    expect(talks.map(who)).toEqual([['Tom Berg'], ['Dan Brown']]);
    expect(talks[0]?.kind).toBe('Panel');
  });

  it('is still no speaker where the other dashes part subtitles', () => {
    const other = post(
      '# RustFjord 2031',
      '',
      '## The future of async — panel',
      '',
      'Notes.',
      '',
      '## Chaos engineering — breaking things safely',
      '',
      'Notes.',
    );
    expect(other.talks.map((talk) => talk.title)).toEqual([
      'The future of async',
      'Chaos engineering — breaking things safely',
    ]);
    expect(other.talks.map(who)).toEqual([[], []]);
  });
});
