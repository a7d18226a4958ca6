import { describe, expect, it } from 'vitest';
import { post, postSpeakers } from './shape-fixture.ts';

/**
 * A "top moments" post: numbered lines naming a person (or a person and the title), a paragraph
 * about the talk under each (the shape of a real TED 2010 "top 10" post). Invented people.
 */
const TOP = [
  '# What the world needs is these Fjordtalks',
  '',
  'These are my top moments of the week:',
  '',
  '1. Sir Kelvin Osei',
  '',
  'KO spoke of how schools kill curiosity. I can’t wait until this video comes out.',
  '',
  '2. Ingrid Solberg',
  '',
  'Solberg spoke of a world without lawyers, or rather one where we need them less.',
  '',
  '3. Maren Aasen: Play as work',
  '',
  'I am a fan of Maren’s work and her talk was more awesome than ever.',
];

describe('a numbered list of people, each over a paragraph', () => {
  it('is a talk per person, titled by the title given or the name, the paragraph its notes', () => {
    expect(postSpeakers(...TOP)).toEqual([
      ['Sir Kelvin Osei', 'Sir Kelvin Osei'],
      ['Ingrid Solberg', 'Ingrid Solberg'],
      ['Play as work', 'Maren Aasen'],
    ]);
    const talks = post(...TOP).talks;
    expect(JSON.stringify(talks[1]?.notes)).toMatch(/world without lawyers/);
    expect(talks[2]?.summary).toMatch(/more awesome than ever/);
  });

  it('is read so with the paragraphs indented under the numbers too', () => {
    const indented = TOP.map((line) =>
      /^[A-Z]/.test(line) && !line.startsWith('These') ? `   ${line}` : line,
    );
    expect(postSpeakers(...indented).map(([title]) => title)).toEqual([
      'Sir Kelvin Osei',
      'Ingrid Solberg',
      'Play as work',
    ]);
  });

  it('is no list of talks where the lines name things the notes speak of as things', () => {
    expect(
      postSpeakers(
        '# Lessons from Fjordtalks 2031',
        '',
        '1. Observability Matters',
        '',
        '   Observability came up in every talk.',
        '',
        '2. Team Topologies',
        '',
        '   Team Topologies is the book everyone cites.',
      ),
    ).toEqual([]);
  });

  it('is no list of talks where the lines read as names but nothing bears them out', () => {
    expect(
      postSpeakers(
        '# Fjordtalks 2031',
        '',
        'Things I liked:',
        '',
        '1. Field Museum',
        '',
        'Amazing inside and out, it reminded me of a film.',
        '',
        '2. Harbour Hall',
        '',
        'Fish soup and a brass band.',
      ),
    ).toEqual([]);
  });
});
