import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A recap without headings: each talk's title alone on a line over its notes, days as labels
 * ("First day:"), as a blog exported to Markdown keeps its headings (real Strange Loop 2023
 * recaps' shape). Invented conference and notes.
 */
const RECAP = [
  '# Lakeside Loop 2031',
  '',
  "I've been following the Lakeside Loop conference for years, and this was the last edition.",
  '',
  'Below are my notes from the talks I attended. These are mostly raw notes.',
  '',
  'First day:',
  '',
  'How to have a meaningful career',
  '',
  'Nice talk. I like talks that inspire you more than teach you one or two tricks.',
  '',
  '- Everyone is an expert in something.',
  '- Give yourself grace, even in hard moments.',
  '',
  'Playing with Engineering',
  '',
  'Another inspiring talk, especially for people who have kids.',
  '',
  '- Build things with your kids',
  '',
  'Second day:',
  '',
  'Is my Large Language Model a Strange Loop?',
  '',
  'Topic: some unexpected things we observe in language models.',
  '',
  'Final thoughts',
  '',
  'It was a great conference and I will miss it.',
];

describe('talk titles alone on their lines in a post without headings', () => {
  it('are the talks, each with the notes under it', () => {
    const { talks } = post(...RECAP);
    expect(talks.map((t) => t.title)).toEqual([
      'How to have a meaningful career',
      'Playing with Engineering',
      'Is my Large Language Model a Strange Loop?',
    ]);
    expect(talks[0]?.summary).toMatch(/Give yourself grace/);
    expect(talks[1]?.summary).toMatch(/Build things with your kids/);
    // "Final thoughts" is the post's, not the last talk's.
    expect(talks[2]?.summary).not.toMatch(/miss it/);
  });

  it('are none where the post never says its notes are of talks', () => {
    const lines = RECAP.filter((line) => !/talks I attended|^(?:First|Second) day:$/.test(line));
    expect(post(...lines).talks).toEqual([]);
  });

  it('are none where only one line stands so', () => {
    const lines = RECAP.slice(0, 14);
    expect(post(...lines).talks).toEqual([]);
  });

  it('reads a first line that speaks of the talks as the post’s title, no talk', () => {
    const { talks } = post(
      'Notes on Every Lakeside Loop 2031 Talk I Attended',
      '',
      'This is my writeup of the talks I saw, written on the train ride back.',
      '',
      'How to build a meaningful career',
      '',
      'Topic: how to define what success means to you in your career.',
      '',
      'Playing with Engineering',
      '',
      'Topic: the value of play in engineering.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'How to build a meaningful career',
      'Playing with Engineering',
    ]);
  });
});
