import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A meetup's notes written per presenter: the person's heading, then a list whose first item is
 * the talk's labelled title ("* Talk: …") and the next its description. Invented meetup.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'meetup.md', 'meetup').talks;

describe('a presenter’s heading over a list that labels the talk', () => {
  it('is the talk of that title by that person, its labelled points its notes', () => {
    const talks = read(
      '# Rust Meetup Oslo, March 2024',
      '',
      '## Presenters',
      '',
      '### Ana Souza (Remote)',
      '* Talk: Async closures in practice',
      '* Description: How the new async closures change everyday code.',
      '* Slides: [async.pdf](./async.pdf)',
      '',
      '### Tomas Berg',
      '* Talk: Embedded Rust on a $2 chip',
      '* Description: A tour of Embassy on tiny boards.',
    );
    expect(
      talks.map((t) => [t.title, t.speakers.map((s) => s.name ?? s.company), t.topic ?? '-']),
    ).toEqual([
      ['Async closures in practice', ['Ana Souza'], '-'],
      ['Embedded Rust on a $2 chip', ['Tomas Berg'], '-'],
    ]);
    expect(talks.map((t) => t.summary)).toEqual([
      'How the new async closures change everyday code.',
      'A tour of Embassy on tiny boards.',
    ]);
    expect(talks[0]?.links.map((l) => l.kind)).toEqual(['slides']);
  });

  it('keeps a list that labels no title as the notes of the heading above', () => {
    const talks = read(
      '# Rust Meetup Oslo, March 2024',
      '',
      '## Async closures in practice by Ana Souza',
      '',
      '* Description: How the new async closures change everyday code.',
      '* Closures can borrow across awaits now',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Async closures in practice', ['Ana Souza']],
    ]);
    expect(talks[0]?.summary).toMatch(/^How the new async closures change everyday code\./);
  });
});
