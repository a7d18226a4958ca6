import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Notes written a thought a line, without stops (a real PyGotham talk page's shape), beside
 * prose hard-wrapped at a column. Invented talk.
 */
const page = (...body: string[]) =>
  post('# "Looping in Depth" by Jane Larsen', '', ...body).talks[0]?.summary ?? '';

describe('a thought a line in a talk’s notes', () => {
  it('reads each line as its sentence where it ends one and the next starts one', () => {
    const summary = page(
      'Anything that can be looped over with a `for` loop is an iterable',
      'Sequences are iterables that can be indexed by number',
      'Iterators are unidirectional and get used up',
    );
    expect(summary).toContain('with a for loop is an iterable. Sequences are');
    expect(summary).toContain('indexed by number. Iterators are');
  });

  it('joins lines that go on: a line ending in a small word, a name across the lines', () => {
    const summary = page(
      'We moved the whole pipeline to',
      'Kafka and it worked well with our talk by Jane',
      'Doe as the guide',
    );
    expect(summary).toContain('pipeline to Kafka and');
    expect(summary).toContain('by Jane Doe as the guide');
  });

  it('joins prose hard-wrapped at a column, a name after the break', () => {
    const summary = page(
      'The speaker rewrote the checkout service in a few weeks, all of it written in plain',
      'JavaScript without a framework, and showed how the team kept the old service alive',
      'while the new one took over the traffic.',
    );
    expect(summary).toContain('written in plain JavaScript without');
  });
});
