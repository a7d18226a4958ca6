import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "All the talks were recorded and will be on YouTube next week." said in passing in a talk's
 * notes cut that talk's notes there: what the speaker showed next was lost. Only the post's
 * closing (paragraphs of thanks after the last talk) is cut now. Invented event, talks, people.
 */
const notesOf = (...lines: string[]) =>
  parseNotes(
    [
      '# Rust Days 2031',
      '',
      '## Async traits at last',
      '',
      'Speaker: Nils Brandt',
      '',
      ...lines,
    ].join('\n'),
    'rust-days.md',
    'x',
  ).talks[0]?.notes.map((note) => note.text) ?? [];

/** The talk's first note, then the word on the recordings. */
const TURN = [
  'Async fn in traits is stable.',
  '',
  'All the talks were recorded and will be on YouTube next week.',
  '',
];

describe('a word on the recordings in a talk’s notes', () => {
  it('keeps the notes after it, bullets among them', () => {
    expect(
      notesOf(
        ...TURN,
        'Then a codemod that migrates from the async-trait crate.',
        '',
        '- boxing is still needed for dyn',
      ),
    ).toContain('boxing is still needed for dyn');
  });

  it('keeps a paragraph that goes on about the speaker', () => {
    expect(notesOf(...TURN, 'She then showed how to migrate, with a codemod.')).toContain(
      'She then showed how to migrate, with a codemod.',
    );
  });

  it('still ends the last talk at the post’s closing', () => {
    expect(notesOf(...TURN, 'Thanks to my employer for sending me. See you next year!')).toEqual([
      'Async fn in traits is stable.',
    ]);
  });
});
