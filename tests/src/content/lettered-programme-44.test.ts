import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A README of notes per conference: days as headings, talks counted with letters, a `speaker:`
 * bullet typed in lower case, some titles pasted from the video page with the conference's name
 * (a real SciPy notes file's shape). Invented talks and people.
 */
const notes = () =>
  post(
    '# DataFjord 2031',
    '',
    '## Day 1',
    '',
    '### A. Keynote - The Right Tool for the Job',
    '',
    '* speaker: Ada Lindqvist',
    '* learn one language well first',
    '',
    '### B. Streaming joins without tears',
    '',
    '* speakers: rick olsen, vera ramasubramanian',
    '* watermarks are a contract',
    '',
    '### C. Wasm for spatial data: Universal analysis in the browser. DataFjord 2031',
    '',
    '* speaker: matt carlsen (Kartverk)',
    '* runs in a sandbox',
    '',
    '## Day 2',
    '',
    '### A. Keynote',
    '',
    '* "call deep learning non-linear regression and people relax"',
    '',
    '### B. Arrow everywhere | DataFjord 2031',
    '',
    '* speaker: Dewey Holm',
  ).talks;

describe('a notes file counting its talks with letters, names typed in lower case', () => {
  it('reads the kind the letter stood before, and the keynote alone as a keynote', () => {
    const talks = notes();
    expect(talks.map((t) => [t.title, t.kind])).toEqual([
      ['The Right Tool for the Job', 'Keynote'],
      ['Streaming joins without tears', undefined],
      ['Wasm for spatial data: Universal analysis in the browser', undefined],
      ['Keynote', 'Keynote'],
      ['Arrow everywhere', undefined],
    ]);
  });

  it('reads each lower-case person after the label, with a company in parentheses', () => {
    const talks = notes();
    expect(who(talks[1])).toEqual(['rick olsen', 'vera ramasubramanian']);
    expect(who(talks[2])).toEqual(['matt carlsen @ Kartverk']);
  });

  it('keeps a title ending in a word of the conference’s name', () => {
    const talks = post(
      '# Rust Nation 2031',
      '',
      '## Why we moved to Rust',
      '',
      '* speaker: Ada Lindqvist',
      '',
      '## Async in Rust Nation - wide codebases',
      '',
      '* speaker: Bo Ek',
    ).talks;
    expect(talks.map((t) => t.title)).toEqual([
      'Why we moved to Rust',
      'Async in Rust Nation - wide codebases',
    ]);
  });
});
