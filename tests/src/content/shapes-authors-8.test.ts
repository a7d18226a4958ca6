import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
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

describe('a title that followed the kind of session and a colon', () => {
  it('starts with a capital once "Panel:" is gone, unless it is spelt so ("npm", "iOS")', () => {
    const text = [
      '# JavaFjord 2025',
      '',
      '## Panel: the future of Java tooling',
      '',
      '- build tools are boring, and that is good',
      '',
      '## Keynote: npm in anger',
      '',
      '- lockfiles matter',
      '',
      '## Lightning talk: iOS at scale',
      '',
      '- one binary, many apps',
    ].join('\n');
    const { talks } = parseNotes(text, 'fjord.md', 'fjord');
    expect(talks.map((t) => [t.title, t.kind, t.id])).toEqual([
      ['The future of Java tooling', 'Panel', 'the-future-of-java-tooling'],
      ['npm in anger', 'Keynote', 'npm-in-anger'],
      ['iOS at scale', 'Lightning talk', 'ios-at-scale'],
    ]);
  });
});
