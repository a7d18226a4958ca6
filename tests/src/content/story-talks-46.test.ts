import { describe, expect, it } from 'vitest';
import {
  facts,
  titlesAndSpeakers as pairs,
  post,
  postSpeakers as talksOf,
} from './shape-fixture.ts';

/**
 * A day at a conference told as a story, no headings for its talks and no title marked: the talks
 * named in its running text (the shape of a real GopherCon day-one post). Invented conference,
 * people and talks.
 */
const DAY = [
  '# Harbourconf Day 1',
  '',
  'Harbourconf 2031 day 1 has concluded. The talks were good. The hallway track was great.',
  '',
  'The day started off with the keynote by Ingrid Solberg. From there, Tomas Lindqvist provided a look at the future of the language. After the break the day resumed with an attempt to see Maren Aasen’s talk on Memory Arenas. I say an attempt because the rooms were full.',
  '',
  'At 2PM Kelvin Osei spoke about self deploying services on Kubernetes. This talk was informative and entertaining. I question the practicality in production.',
  '',
  'That concluded the talks I attended for the day.',
];

describe('a day told as a story', () => {
  it('reads the talks its sentences name plainly, each with its speaker', () => {
    const parsed = post(...DAY);
    expect(facts(parsed.talks).map(({ title, speakers }) => ({ title, speakers }))).toEqual([
      { title: 'Keynote', speakers: ['Ingrid Solberg'] },
      { title: 'Memory Arenas', speakers: ['Maren Aasen'] },
      { title: 'Self deploying services on Kubernetes', speakers: ['Kelvin Osei'] },
    ]);
    // The sentences that go on about a talk are its notes; the next thing is not.
    const memory = JSON.stringify(parsed.talks[1]?.notes);
    expect(memory).toMatch(/rooms were full/);
    expect(JSON.stringify(parsed.talks[0]?.notes)).not.toMatch(/Tomas Lindqvist/);
  });

  it('reads no talk where a person only spoke, and no sentence says it was a talk', () => {
    expect(
      talksOf(
        '# Harbourconf Day 1',
        '',
        'At the dinner Kelvin Osei spoke about his garden. We laughed a lot.',
        '',
        'Later Maren Aasen talked about her cat. It sleeps all day.',
      ),
    ).toEqual([]);
  });

  it('reads no talk from one mention in a post that names no conference', () => {
    expect(
      talksOf(
        '# Why I like arenas',
        '',
        'I first understood arenas from Maren Aasen’s talk on Memory Arenas, years ago.',
        '',
        'Since then I use them everywhere.',
      ),
    ).toEqual([]);
  });

  it('reads a title the sentence gives before "by", and people from their company', () => {
    const parsed = post(
      '# Harbourconf 2031 - Second Day',
      '',
      'Then came the day’s first keynote by Lena Brandt & Wei Zhou from Ferrygram. It was about moving to Python 3.',
      '',
      'After that I went to my first talk of the day which was Tracing in Rust 1.9: Better, Faster by Oskar Lind who works on the compiler. Next up was Static Types for Ferries by Ana Lima and Jonas Berg from the Harbour team.',
      '',
      'Later I listened to Ingrid Solberg’s talk, titled A Kotlin and Rust love story, which was wonderful.',
    );
    expect(pairs(parsed.talks)).toEqual([
      ['Keynote', 'Lena Brandt & Wei Zhou'],
      ['Tracing in Rust 1.9: Better, Faster', 'Oskar Lind'],
      ['Static Types for Ferries', 'Ana Lima & Jonas Berg'],
      ['A Kotlin and Rust love story', 'Ingrid Solberg'],
    ]);
    expect(parsed.talks[0]?.speakers[0]?.company).toBe('Ferrygram');
    expect(parsed.talks[2]?.speakers[1]?.company).toBe('Harbour');
  });

  it('reads each talk of a sentence that names several, not those it gives no title', () => {
    expect(
      talksOf(
        'Harbourconf Roundup',
        '',
        'The rest of the day was a blur, but I enjoyed Jonas Berg’s talk, the sponsors’ panel, Maren Aasen’s talk on database scalability, and Oskar Lind’s keynote.',
      ),
    ).toEqual([
      ['Database scalability', 'Maren Aasen'],
      ['Keynote', 'Oskar Lind'],
    ]);
  });
});
