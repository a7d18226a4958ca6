import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A post's title that names the conference, then from where the author saw it ("… through a
 * DevOps lens", a real DevNation recap's title). Invented conferences.
 */
const titled = (title: string) =>
  post(
    `# ${title}`,
    '',
    'The individual tracks came to a close, and I wanted to share the key takeaways.',
    '',
    'Agile architecture and design with Neal Ford',
    '',
    'One of the most compelling presentations of the day.',
  ).event.name;

describe('a post title that says from where the author saw the conference', () => {
  it('names the conference without the author’s viewpoint', () => {
    expect(titled('Day One at HarbourNation through a DevOps lens')).toBe('HarbourNation');
    expect(titled('FjordNation through a DevOps lens')).toBe('FjordNation');
    expect(titled('Lakeside Summit 2031 from a tester’s perspective')).toBe('Lakeside Summit 2031');
    expect(titled('Notes from Quill Days as a first-timer')).toBe('Quill Days');
    expect(titled('DeltaConf through the eyes of a junior developer')).toBe('DeltaConf');
  });

  it('keeps a title that names no conference', () => {
    expect(titled('Rust through a DevOps lens')).toBe('Rust through a DevOps lens');
    expect(titled('Testing from a tester’s perspective')).toBe(
      'Testing from a tester’s perspective',
    );
  });
});
