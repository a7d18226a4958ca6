import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A plain-text recap naming each talk without quotes or marks. Invented post. */
const RECAP = [
  '# Lakeshore C++ Day 1',
  '',
  'The morning started with a walk to the venue and good pastries.',
  '',
  'After the opening, I attended "Templates as a Compiler" by Ana Kovač. She outlined every slide.',
  '',
  'Then I watched Beginner’s Mind, Expert’s Mind by Tomas Lind. He showed how experts chunk what',
  'they know and why beginners ask the questions experts forget.',
  '',
  'After lunch we caught Memory Safety in Practice by Priya Raman from Fjordsoft, which covered',
  'bounds checks and what the committee is doing.',
  '',
  'I also saw a lot of friends by the coffee machine.',
  '',
  'The team attended Kafka Basics by Jo Park last year, and liked it.',
].join('\n');

const talks = () => parseNotes(RECAP, 'blog/lakeshore-day-1.md', 'lakeshore').talks;

describe('talks a plain-text recap names without marks', () => {
  it('reads "I watched Title In Title Case by Name" as a talk with its speaker and notes', () => {
    const found = talks().map((t) => [t.title, t.speakers.map((s) => [s.name, s.company])]);
    expect(found).toEqual([
      ['Templates as a Compiler', [['Ana Kovač', undefined]]],
      ['Beginner’s Mind, Expert’s Mind', [['Tomas Lind', undefined]]],
      ['Memory Safety in Practice', [['Priya Raman', 'Fjordsoft']]],
    ]);
    expect(talks()[1]?.summary).toContain('experts chunk');
  });

  it('makes no talk of lower-case words or of a sentence whose author saw nothing', () => {
    const titles = talks().map((t) => t.title);
    expect(titles).not.toContain('a lot of friends');
    expect(titles).not.toContain('Kafka Basics');
  });
});
