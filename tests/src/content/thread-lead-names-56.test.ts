import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A thread whose posts name the speaker before a colon ("4/ Seoyeon Kim: "Accessible charts".
 * …", "1/ Opening talk by Jiwoo Park: "The JavaScript of 2035". …") lost those talks: the words
 * before the colon were taken for a lead-in ("Next:") and dropped. Invented event, talks, people.
 */
const read = (...posts: string[]) =>
  parseNotes(
    ['🧵 Thread on #JSConfKR 2031, day 1 👇', '', ...posts].join('\n\n'),
    't.md',
    'x',
  ).talks.map((talk) => [talk.title, talk.speakers.map((speaker) => speaker.name)]);

describe('a thread post naming the speaker before a colon', () => {
  it('is a talk by that person', () => {
    expect(
      read(
        '1/ Opening talk by Jiwoo Park: "The JavaScript of 2035". Predicts signals in the language.',
        '2/ Next: Minjun Lee — "Hydration is a hack". Resumability demos with Qwik.',
        '3/ Seoyeon Kim: "Accessible charts". SVG and ARIA done right.',
      ),
    ).toEqual([
      ['The JavaScript of 2035', ['Jiwoo Park']],
      ['Hydration is a hack', ['Minjun Lee']],
      ['Accessible charts', ['Seoyeon Kim']],
    ]);
  });

  it('takes no capitalised lead-in for a person', () => {
    expect(
      read(
        '1/ Hot Take: "Frameworks are a tax". Someone said it at lunch and I agree.',
        '2/ Main Stage: "Coffee" was the word of the day.',
      ),
    ).toEqual([]);
  });
});
