import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "# Talks I liked" over the author's picks: the bot cut "Talks" as the post's word before a
 * conference and answered that the talks were at an event called "I liked". What follows is the
 * author's own clause, naming no conference. Written with invented people.
 */
describe('a title that is the author speaking of their picks', () => {
  it('names no event "I liked"', () => {
    const { event } = parseNotes(
      [
        '# Talks I liked',
        '',
        '## Mesh networks on a budget — Ola Brandt',
        '',
        'Ola walked through cheap radios.',
      ].join('\n'),
      'picks.md',
      'picks',
    );
    expect(event.name).toBe('Talks I liked');
  });

  it.each([
    ['Talks I loved', 'Talks I loved'],
    ['Notes we took', 'Notes we took'],
    ['Talks I enjoyed at KubeCon 2025', 'KubeCon 2025'],
    ['JVM Summit 2025, the talks I liked', 'JVM Summit 2025'],
  ])('%s is read as %s', (title, name) => {
    expect(conferenceName(title)).toBe(name);
  });
});
