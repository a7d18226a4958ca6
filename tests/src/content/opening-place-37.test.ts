import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Where an event was, as a post's opening says it without a `Location:` label: a header line of
 * dotted parts, or the sentence saying where the authors attended. Invented posts.
 */
const placeOf = (...opening: string[]) =>
  parseNotes(
    [
      '# The Best Talks from HarbourPy 2025',
      '',
      ...opening,
      '',
      '## Packaging Without Tears – Oskar Vik',
      '',
      '- Wheels everywhere',
    ].join('\n'),
    'blog/harbourpy.md',
    'harbourpy',
  ).event.place;

describe('the place in a post’s opening', () => {
  it('is the last part of a dotted header line with the dates', () => {
    expect(placeOf('HarbourPy: Python by the Sea · 3 to 5 May 2025 · Bergen, Norway')).toBe(
      'Bergen, Norway',
    );
  });

  it('is the town the authors say they attended it in', () => {
    expect(
      placeOf(
        'From May 3 through May 5, 2025, we attended our second HarbourPy. This year we attended the European edition in Kristiansand Sør, Agder.',
      ),
    ).toBe('Kristiansand Sør, Agder');
  });

  it('is no month, nor a header line without dates', () => {
    expect(placeOf('We attended the whole conference in May, with friends.')).toBeUndefined();
    expect(placeOf('HarbourPy · Python by the Sea · Bergen')).toBeUndefined();
  });
});
