import { describe, expect, it } from 'vitest';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (8): each fixture invented for these tests. */

describe('a post of sketchnotes: a talk heading over a picture', () => {
  const { talks, problems } = shape('sketchnotes');

  it('keeps each talk whose heading names its speaker, and skips the gallery', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Container queries in practice', ['Miren Suárez']],
      ['The new colour spaces', ['Adam Arkwright']],
      ['Scroll-driven animations', ['Bram Van Dale']],
    ]);
    expect(warnings(problems)).toEqual([
      '18: "Gallery" skipped as not a talk: a section of the post, not a talk',
    ]);
  });

  it("reads a label on the line under the picture as the talk's link", () => {
    expect(kinds(talks[2])).toEqual(['slides']);
    expect(talks[2]?.summary).not.toMatch(/Slides/);
  });
});
