import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A day recap whose talk's notes open with a person's deed in full name, then have them speak by
 * their given name alone (a real Strange Loop day recap's shape). Invented conference and people.
 */
const day = (second: string) =>
  post(
    '# Lakeside Loop 2031, Day 2',
    '',
    '## A Long Lakeside Loop',
    '',
    'Maria Lindqvist created Lakeside Loop in 2019. She named it after a book on her nightstand.',
    '',
    second,
    '',
    '## Making Hard Things Easy',
    '',
    'Julia Evans cheered us up with her drawings.',
    '',
    'She showed how she learns hard things, one comic at a time.',
  ).talks;

describe('a talk whose notes name a person, then have them speak by their given name', () => {
  it('is that person’s talk', () => {
    const talks = day('Maria talked about the origins of the conference and its numbers.');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['A Long Lakeside Loop', ['Maria Lindqvist']],
      ['Making Hard Things Easy', ['Julia Evans']],
    ]);
  });

  it('has no speaker where that person never speaks', () => {
    const talks = day('The talk went through the origins of the conference and its numbers.');
    expect(who(talks[0])).toEqual([]);
  });
});
