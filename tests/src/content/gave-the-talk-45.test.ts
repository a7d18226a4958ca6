import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A recap whose talks' titles stand alone on a line, with no speaker line, the notes saying in
 * passing who gave the talk (the shape of a real Strange Loop 2023 recap). Invented people.
 */
const RECAP = [
  'Notes on Every Harbourconf 2031 Talk I Attended',
  '',
  'This is my writeup of all the talks I saw, written on the train ride back.',
  '',
  'Is my Compiler a Strange Loop?',
  '',
  '(Disclosure: I watched Oskar Lindqvist-Moe rehearse it and gave feedback.)',
  '',
  'Topic: compilers that compile themselves, and what they see.',
  '',
  'Oskar was asked to give the talk at the last minute, after a cancellation.',
  '',
  'Playing with Engineering',
  '',
  'Topic: the value of play in engineering.',
  '',
  'Maren Solheim gave this talk with a lot of props.',
  '',
  'The Quiet Pager',
  '',
  'Topic: on-call without heroes. Tove asked the room who had been paged this week.',
];

describe('a title-line talk whose notes say who gave it', () => {
  it('takes that person as the speaker, named in full where the notes say so', () => {
    const parsed = post(...RECAP);
    expect(parsed.talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Is my Compiler a Strange Loop?', ['Oskar Lindqvist-Moe']],
      ['Playing with Engineering', ['Maren Solheim']],
      // A first name the notes never complete, and no one said to give the talk: no speaker.
      ['The Quiet Pager', []],
    ]);
  });

  it('names no one from "she gave the talk" or a first name never given in full', () => {
    const parsed = post(
      ...RECAP.slice(0, 8),
      'Ines was asked to give the talk at the last minute. She gave the talk well.',
      '',
      'The Quiet Pager',
      '',
      'Topic: on-call without heroes.',
    );
    expect(parsed.talks.map((t) => t.speakers.length)).toEqual([0, 0]);
  });
});
