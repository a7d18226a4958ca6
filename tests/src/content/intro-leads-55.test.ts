import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A thread of numbered posts, each opening by naming the talk ("First up: “Typing at scale” by
 * Dee Ng.", "After lunch: “Packaging in 2031” by Flo Gee — uv everywhere"): the card's summary
 * said the title and the speaker a third time. Invented event, people and notes.
 */
const summaries = (...lines: string[]) =>
  parseNotes(['# PyFjord 2031', '', ...lines].join('\n'), 'notes.md', 'pyfjord').talks.map(
    (talk) => [talk.title, talk.summary],
  );

describe('an opening that only names the talk, left out of the summary', () => {
  it('after lead words and before a full stop, a dash or a colon', () => {
    expect(
      summaries(
        '1/ First up: "Typing at scale" by Dee Ng. Gradual typing in a 2M-line codebase.',
        '',
        '2/ Next up, "Async pitfalls" by Ed Fox: never block the loop.',
        '',
        '3/ After lunch: "Packaging in 2031" by Flo Gee — uv everywhere, lockfiles at last.',
      ),
    ).toEqual([
      ['Typing at scale', 'Gradual typing in a 2M-line codebase.'],
      ['Async pitfalls', 'never block the loop.'],
      ['Packaging in 2031', 'uv everywhere, lockfiles at last.'],
    ]);
  });

  it('keeps an opening that says more than who gave the talk', () => {
    expect(
      summaries(
        '1/ First up: "Typing at scale" by Dee Ng showed three rules: annotate the edges first.',
        '',
        '2/ "Async pitfalls" by Ed Fox was the best of the day. Never block the loop.',
      ),
    ).toEqual([
      [
        'Typing at scale',
        'First up: "Typing at scale" by Dee Ng showed three rules: annotate the edges first.',
      ],
      [
        'Async pitfalls',
        '"Async pitfalls" by Ed Fox was the best of the day. Never block the loop.',
      ],
    ]);
  });
});
