import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A recap that lists the day's talks under "### Talks" as plain lines, "Name: Title", most with
 * no notes under them, then goes on to the author's evening and their own talk. The bot knew none
 * of the talks and offered "After the talks" as one. Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'rustish.md', 'rustish');

const RECAP = [
  '# Rustish Conf 2031',
  '',
  'Some words about the trip there.',
  '',
  '## Saturday',
  '',
  '### Talks',
  '',
  'Jane Doe and Bob Smith: Opening Keynote',
  '',
  'They went over the roadmap of the language and where it goes next.',
  '',
  'Alice Martin: Teaching the Borrow Checker',
  '',
  'Tom Green: Building a Web Framework',
  '',
  'Ines Ferreira and Paul Novak: Fast, Safe, Pure-Rust Hashing',
  '',
  '### After the talks',
  '',
  'These talks were great and afterwards we went for dinner with a group of friends.',
  '',
  '### My Talk: Shipping a Solid Crate',
  '',
  'It was about everything around the code: CI, documents, announcing it.',
];

describe('talks as "Name: Title" lines', () => {
  it('are each a talk, the colon parting the speakers from the title', () => {
    const { talks } = read(...RECAP);
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Opening Keynote', ['Jane Doe', 'Bob Smith']],
      ['Teaching the Borrow Checker', ['Alice Martin']],
      ['Building a Web Framework', ['Tom Green']],
      ['Fast, Safe, Pure-Rust Hashing', ['Ines Ferreira', 'Paul Novak']],
      ['My Talk: Shipping a Solid Crate', []],
    ]);
  });

  it("keep a question over people's answers no talk", () => {
    const { talks } = read(
      '# Panel recap: DevRel Day 2031',
      '',
      'We asked our panel a few questions.',
      '',
      '## What got you into programming?',
      '',
      'Jane Smith: My father had a computer at home',
      '',
      'Bob Jones: I started with games as a kid',
      '',
      'Maria Lopez: A teacher at school showed me Logo',
    );
    expect(talks).toEqual([]);
  });
});
