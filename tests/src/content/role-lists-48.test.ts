import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Headings of a conference day written "Title - Name, what they do": jobs joined by commas and
 * "and", or a job "at" the company (the shape of a real Web Directions Respond 2016 notes file).
 * Invented people and companies.
 */
const DAY = [
  '## Harbourconf 2031 - Day One',
  '',
  '### Laziness in the Time of Layouts - Maren Aasen, Web Designer, Web Developer, and writer',
  '',
  'Intelligent laziness could be a virtue.',
  '',
  '### SVG + CSS: A designer’s delight - Kelvin Osei, Freelance Front-end Web Developer and SVG advocate',
  '',
  'SVG extends what CSS can do.',
  '',
  '### Designing secure experiences - Ingrid Solberg, UX Designer at Ferrygram',
  '',
  'Users are the weakest link. Are they really?',
  '',
  '### Farewell Photoshop - Tomas Lindqvist, Creative Developer at Pinelog Media',
  '',
  'Gradients and blend modes.',
];

describe('a speaker’s jobs after the name', () => {
  it('are no company; the company after "at" a designer’s job is', () => {
    expect(post(...DAY).talks.map((t) => who(t)?.join(', '))).toEqual([
      'Maren Aasen',
      'Kelvin Osei',
      'Ingrid Solberg @ Ferrygram',
      'Tomas Lindqvist @ Pinelog Media',
    ]);
  });
});
